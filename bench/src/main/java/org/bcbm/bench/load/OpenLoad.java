package org.bcbm.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Open-model load at a fixed rate, with p50/p99 counted from when each request was due. */
public final class OpenLoad {

    /** Beyond this many requests in flight the server is not keeping up: later ones count as dropped. */
    private static final int MAX_IN_FLIGHT = 2000;

    // usage: OpenLoad NAME URL BODY_FILE RATE_PER_S WARMUP_S MEASURE_S [Header: value]...
    // Requests leave on schedule whatever the server's pace, and latency counts from the due time, so a
    // stalled server shows in p99 instead of slowing the generator (no coordinated omission).
    public static void main(String[] args) throws Exception {
        String name = args[0];
        URI uri = URI.create(args[1]);
        byte[] body = Files.readAllBytes(Path.of(args[2]));
        double rate = Double.parseDouble(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int measure = Integer.parseInt(args[5]);

        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 6; i < args.length; i++) {
            int colon = args[i].indexOf(':');
            builder.header(args[i].substring(0, colon).trim(), args[i].substring(colon + 1).trim());
        }
        HttpRequest request = builder.build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();

        Latencies latencies = new Latencies();
        AtomicLong ok = new AtomicLong();
        AtomicLong non2xx = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);

        long intervalNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(measure);
        long sent = 0;
        for (long due = start; due < end; due += intervalNanos) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean counted = due >= measureFrom;
            if (!inFlight.tryAcquire()) {
                if (counted) {
                    dropped.incrementAndGet();
                }
                continue;
            }
            if (counted) {
                sent++;
            }
            long dueAt = due;
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                inFlight.release();
                if (!counted) {
                    return;
                }
                long micros = (System.nanoTime() - dueAt) / 1000;
                if (error != null) {
                    failed.incrementAndGet();
                } else if (response.statusCode() / 100 != 2) {
                    non2xx.incrementAndGet();
                } else {
                    ok.incrementAndGet();
                    latencies.add(micros);
                }
            });
        }
        // let the last requests finish before reading the figures
        inFlight.tryAcquire(MAX_IN_FLIGHT, 15, TimeUnit.SECONDS);

        String p = "result " + name + ".";
        System.out.println(p + "rate=" + fmt(rate));
        System.out.println(p + "sent=" + sent);
        System.out.println(p + "ok=" + ok.get());
        System.out.println(p + "non2xx=" + non2xx.get());
        System.out.println(p + "errors=" + (failed.get() + dropped.get()));
        System.out.println(p + "achieved_rps=" + fmt(ok.get() / (double) measure));
        System.out.println(p + "p50_ms=" + fmt(latencies.percentileMillis(50)));
        System.out.println(p + "p99_ms=" + fmt(latencies.percentileMillis(99)));
        System.exit(0);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
