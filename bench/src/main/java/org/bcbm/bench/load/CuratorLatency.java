package org.bcbm.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/** How long a curator's price change, made through the gateway, takes to show in a merged recommendation. */
public final class CuratorLatency {

    private static final Duration GIVE_UP = Duration.ofSeconds(10);
    private static final long POLL_PAUSE_MS = 5;
    /**
     * Changes made before the timed ones, as the wrk paths and cohorts are timed warm: the first change after a start
     * runs code nothing else ran (the curator endpoint, the relay's wake-up, the snapshot's update) and the probe's own
     * HTTP client is cold. The first one's time is reported on its own.
     */
    private static final int WARMUP_CHANGES = 5;

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String gateway;
    private final String partnerKey;
    private final String curatorKey;
    private final byte[] profile;
    private final String country;
    private final String inn;

    private CuratorLatency(String gateway, String partnerKey, String curatorKey, byte[] profile, String country,
            String inn) {
        this.gateway = gateway;
        this.partnerKey = partnerKey;
        this.curatorKey = curatorKey;
        this.profile = profile;
        this.country = country;
        this.inn = inn;
    }

    // usage: CuratorLatency NAME GATEWAY PARTNER_KEY CURATOR_KEY PROFILE_FILE COUNTRY INN N [PACK_UNITS UNIT_MG]
    // Each change is timed from the moment its PUT leaves, since that is when the curator expects it to count.
    public static void main(String[] args) throws Exception {
        String name = args[0];
        CuratorLatency probe = new CuratorLatency(args[1], args[2], args[3], Files.readAllBytes(Path.of(args[4])),
                args[5], args[6]);
        int n = Integer.parseInt(args[7]);
        BigDecimal packUnits = args.length > 8 && !args[8].isBlank() ? new BigDecimal(args[8]) : null;
        BigDecimal unitMg = args.length > 9 && !args[9].isBlank() ? new BigDecimal(args[9]) : null;
        probe.run(name, n, packUnits, unitMg);
    }

    private void run(String name, int n, BigDecimal packUnits, BigDecimal unitMg) throws Exception {
        JsonNode listing = currentListing();
        JsonNode original = listing.path("price");
        if (!original.isObject()) {
            throw new IllegalStateException(inn + " has no price on file in " + country + " to change");
        }
        JsonNode annualCost = listing.path("annualCost");
        if (annualCost.isNumber() && (packUnits == null || unitMg == null)) {
            // the view hides pack size and strength; a change without them would erase the listing's annual cost
            throw new IllegalStateException(inn + " in " + country + " is costed per year but no pack size and "
                    + "strength were given: refusing to change it");
        }
        long version = listing.path("version").asLong();
        BigDecimal base = original.path("amount").decimalValue();
        if (!shows(base)) {
            throw new IllegalStateException("the recommendation for this profile does not show " + inn + " at " + base);
        }

        // put the original back however the run ends: normally, on failure, or when bench/load is stopped
        AtomicBoolean putBack = new AtomicBoolean();
        Runnable restore = () -> {
            if (putBack.compareAndSet(false, true)) {
                try {
                    // the version is read afresh: a change may have been in flight when the run was stopped
                    putPrice(currentListing().path("version").asLong(), base, original.path("currency").asText(),
                            original.path("per").asText(), packUnits, unitMg, original.path("source").asText(),
                            original.path("asOf").asText());
                } catch (IOException | RuntimeException e) {
                    System.err.println("could not put " + inn + "'s original price back in " + country + ": " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(restore));

        Latencies visible = new Latencies();
        // which change was slowest tells a cold first change (code the load never ran) from a tail under way
        long slowestMicros = -1;
        int slowest = 0;
        Latencies put = new Latencies();
        int notVisible = 0;
        long firstMicros = -1;
        try {
            for (int i = 1 - WARMUP_CHANGES; i <= n; i++) {
                // a cent more each time: every change is a figure no earlier answer carried
                BigDecimal amount = base.add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(i + WARMUP_CHANGES)));
                long start = System.nanoTime();
                version = putPrice(version, amount, original.path("currency").asText(), original.path("per").asText(),
                        packUnits, unitMg, "bench/load curator latency probe " + i, LocalDate.now().toString());
                if (i <= 0) {
                    boolean shown = awaitVisible(amount, start);
                    if (firstMicros < 0) {
                        firstMicros = shown ? (System.nanoTime() - start) / 1000 : GIVE_UP.toMillis() * 1000;
                    }
                    continue;
                }
                put.add((System.nanoTime() - start) / 1000);
                if (awaitVisible(amount, start)) {
                    long micros = (System.nanoTime() - start) / 1000;
                    visible.add(micros);
                    if (micros > slowestMicros) {
                        slowestMicros = micros;
                        slowest = i;
                    }
                } else {
                    notVisible++;
                }
            }
        } finally {
            restore.run();
        }
        boolean restored = currentListing().path("annualCost").equals(annualCost);
        if (!restored) {
            System.err.println("the original price went back but the annual cost reads "
                    + currentListing().path("annualCost") + ", was " + annualCost);
        }
        String p = "result " + name + ".";
        System.out.println(p + "restored=" + restored);
        System.out.println(p + "changes=" + n);
        System.out.println(p + "not_visible=" + notVisible);
        System.out.println(p + "p50_ms=" + fmt(visible.percentileMillis(50)));
        System.out.println(p + "p99_ms=" + fmt(visible.percentileMillis(99)));
        System.out.println(p + "put_p50_ms=" + fmt(put.percentileMillis(50)));
        System.out.println(p + "slowest_change=" + slowest);
        System.out.println(p + "slowest_ms=" + fmt(slowestMicros / 1000.0));
        System.out.println(p + "warmup_changes=" + WARMUP_CHANGES);
        System.out.println(p + "first_ms=" + fmt(firstMicros / 1000.0));
    }

    private JsonNode currentListing() throws IOException, InterruptedException {
        URI uri = URI.create(gateway + "/api/v1/countries/" + country);
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri)
                .header("X-API-Key", partnerKey).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        check(response, "GET country " + country);
        for (JsonNode entry : mapper.readTree(response.body()).path("formulary")) {
            if (inn.equals(entry.path("inn").asText())) {
                return entry;
            }
        }
        throw new IllegalStateException(country + " has no listing of " + inn);
    }

    /** @return the listing's new version */
    private long putPrice(long version, BigDecimal amount, String currency, String per, BigDecimal packUnits,
            BigDecimal unitMg, String source, String asOf) throws IOException, InterruptedException {
        ObjectNode body = mapper.createObjectNode().put("version", version).put("amount", amount)
                .put("currency", currency).put("per", per).put("source", source).put("asOf", asOf);
        if (packUnits != null) {
            body.put("packUnits", packUnits);
        }
        if (unitMg != null) {
            body.put("unitStrengthMg", unitMg);
        }
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                        URI.create(gateway + "/api/v1/countries/" + country + "/prices/" + inn.replace(" ", "%20")))
                .header("X-API-Key", curatorKey).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        check(response, "PUT price " + amount);
        return mapper.readTree(response.body()).path("version").asLong();
    }

    private boolean awaitVisible(BigDecimal amount, long startNanos) throws IOException, InterruptedException {
        while (System.nanoTime() - startNanos < GIVE_UP.toNanos()) {
            if (shows(amount)) {
                return true;
            }
            Thread.sleep(POLL_PAUSE_MS);
        }
        return false;
    }

    /** Does a merged recommendation for the profile show the drug at this amount? */
    private boolean shows(BigDecimal amount) throws IOException, InterruptedException {
        URI uri = URI.create(gateway + "/api/v1/recommendations");
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri)
                .header("X-API-Key", partnerKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(profile)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        check(response, "POST recommendation");
        for (JsonNode option : mapper.readTree(response.body()).path("options")) {
            for (JsonNode price : option.path("cost").path("prices")) {
                if (inn.equals(price.path("inn").asText())
                        && price.path("amount").decimalValue().compareTo(amount) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void check(HttpResponse<byte[]> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
                    + new String(response.body()).substring(0, Math.min(300, response.body().length)));
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
