package org.bcbm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A national programme's cohort end to end: {@code bcbm.cohort.size} profiles (default 50,000, so the test command stays within CI's time; some invalid) in one
 * upload, answered by two recommendation-service replicas sharing the cohort topic, every index answered exactly
 * once and streamed back in order. Prints how long each phase took.
 */
class CohortIT {

    static final String PARTNER = "local-partner-key";
    static final int SIZE = Integer.getInteger("bcbm.cohort.size", 50_000);
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> COUNTRIES = List.of("GB", "US", "IN", "BR", "CN", "NG", "UZ", "NE", "DE", "FR");
    static LocalPlatform platform;
    static String secondReplica;

    @BeforeAll
    static void startPlatformWithTwoRecommendationReplicas() throws Exception {
        platform = new LocalPlatform();
        try {
            platform.start();
            secondReplica = platform.startExtraInstance("recommendation-service");
            platform.awaitReady(secondReplica, Duration.ofSeconds(120));
        } catch (Exception | AssertionError e) {
            platform.close();
            throw e;
        }
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    /** The field a deliberately invalid profile must be rejected for, or null for a valid one. */
    static String invalidField(int i) {
        if (i % 997 != 13) {
            return null;
        }
        return switch ((i / 997) % 5) {
            case 0 -> "profiles[" + i + "].age";
            case 1 -> "profiles[" + i + "].sex";
            case 2 -> "profiles[" + i + "].tumour.her2";
            case 3 -> "profiles[" + i + "].metastases.sites";
            default -> "profiles[" + i + "].resourceSetting.country";
        };
    }

    /** Varied valid profiles (subtype, menopause, sites, bone events, kidney function, country), a few invalid. */
    static String profile(int i) {
        String er = i % 3 == 2 ? "negative" : "positive";
        String her2 = i % 4 == 1 ? "positive" : "negative";
        String sex = i % 50 == 7 ? "male" : "female";
        String sites = switch (i % 5) {
            case 0 -> "\"bone\"";
            case 1 -> "\"bone\",\"liver\"";
            case 2 -> "\"bone\",\"lung\"";
            case 3 -> "\"bone\",\"brain\"";
            default -> "\"bone\",\"lymph_node\"";
        };
        int age = 30 + i % 60;
        String country = COUNTRIES.get(i % COUNTRIES.size());
        String field = invalidField(i);
        String p = "{\"patientRef\":\"programme-" + i + "\",\"age\":" + age + ",\"sex\":\"" + sex + "\","
                + "\"menopausalStatus\":\"" + (age < 50 ? "premenopausal" : "postmenopausal") + "\","
                + "\"tumour\":{\"er\":\"" + er + "\",\"pr\":\"" + er + "\",\"her2\":\"" + her2 + "\"},"
                + "\"metastases\":{\"sites\":[" + sites + "],\"bone\":{\"lesionCount\":" + (1 + i % 12)
                + ",\"painful\":" + (i % 2 == 0) + ",\"spinalCordCompression\":" + (i % 97 == 0)
                + ",\"impendingFracture\":false,\"pathologicalFracture\":" + (i % 31 == 0)
                + ",\"hypercalcaemia\":" + (i % 43 == 0) + "}},"
                + "\"clinical\":{\"ecog\":" + (i % 3) + ",\"creatinineClearanceMlMin\":" + (25 + i % 90)
                + ",\"correctedCalciumMmolL\":2.3,\"dentalStatus\":\"healthy\"},"
                + "\"resourceSetting\":{\"country\":\"" + country + "\"}}";
        if (field == null) {
            return p;
        }
        if (field.endsWith(".age")) {
            return p.replace("\"age\":" + age + ",", "\"age\":170,");
        }
        if (field.endsWith(".sex")) {
            return p.replace("\"sex\":\"" + sex + "\",", "");
        }
        if (field.endsWith(".her2")) {
            return p.replace("\"her2\":\"" + her2 + "\"", "\"her2\":\"maybe\"");
        }
        if (field.endsWith(".sites")) {
            return p.replace("\"sites\":[" + sites + "]", "\"sites\":[]");
        }
        return p.replace("\"country\":\"" + country + "\"", "\"country\":\"XX\"");
    }

    @Test
    void aHundredThousandProfilesAreAnsweredOnceEachInOrderByBothReplicas() throws Exception {
        Path upload = platform.work.resolve("cohort-upload.json");
        int invalid = 0;
        try (BufferedWriter w = Files.newBufferedWriter(upload, StandardCharsets.UTF_8)) {
            w.write("{\"profiles\":[");
            for (int i = 0; i < SIZE; i++) {
                w.write(i == 0 ? "" : ",\n");
                w.write(profile(i));
                invalid += invalidField(i) == null ? 0 : 1;
            }
            w.write("]}");
        }
        System.out.printf(Locale.ROOT, "cohort: %d profiles (%d invalid), %.1f MB%n", SIZE, invalid,
                Files.size(upload) / 1e6);

        Instant start = Instant.now();
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(platform.url("gateway")
                + "/api/v1/cohorts")).header("X-API-Key", PARTNER).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(upload)).build(),
                HttpResponse.BodyHandlers.ofString());
        Duration uploaded = Duration.between(start, Instant.now());
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonNode job = MAPPER.readTree(accepted.body());
        String jobId = job.get("jobId").asText();
        assertEquals(SIZE, job.get("total").asInt());
        assertEquals("/api/v1/cohorts/" + jobId, accepted.headers().firstValue("Location").orElse(null));
        System.out.printf(Locale.ROOT, "cohort: accepted (every profile queued) after %d s%n", uploaded.toSeconds());

        JsonNode progress = awaitComplete(jobId, Duration.ofMillis(Math.max(300_000, SIZE * 12L)));
        Duration answered = Duration.between(start, Instant.now());
        System.out.printf(Locale.ROOT, "cohort: complete after %d s (%.0f profiles/s): %s%n", answered.toSeconds(),
                SIZE * 1000.0 / Math.max(1, answered.toMillis()), progress);

        assertEquals(SIZE, progress.get("done").asInt());
        assertEquals(invalid, progress.get("rejected").asInt());
        Map<String, Long> by = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = progress.get("answeredBy").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            by.put(e.getKey(), e.getValue().asLong());
        }
        assertEquals(2, by.size(), "both replicas answered: " + by);
        by.values().forEach(n -> assertTrue(n > 0, "both replicas answered: " + by));
        assertEquals(SIZE, by.values().stream().mapToLong(Long::longValue).sum());

        Instant streamStart = Instant.now();
        HttpResponse<InputStream> stream = HTTP.send(HttpRequest.newBuilder(URI.create(platform.url("gateway")
                + "/api/v1/cohorts/" + jobId + "/answers")).header("X-API-Key", PARTNER).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertEquals("true", stream.headers().firstValue("X-Cohort-Complete").orElse(null));
        int next = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode item = MAPPER.readTree(line);
                assertEquals(next, item.get("index").asInt(), "answers in input order, each once");
                String field = invalidField(next);
                if (field == null) {
                    if (item.has("problem") || item.path("recommendation").get("requestId") == null) {
                        fail("a valid profile was not answered: " + line);
                    }
                } else {
                    List<String> fields = item.path("problem").findValuesAsText("field");
                    assertTrue(fields.contains(field), "expected " + field + " in " + line);
                }
                next++;
            }
        }
        assertEquals(SIZE, next, "every index 0.." + (SIZE - 1) + " answered");
        System.out.printf(Locale.ROOT, "cohort: %d answers streamed in order in %d s%n", next,
                Duration.between(streamStart, Instant.now()).toSeconds());

        HttpResponse<String> tail = HTTP.send(HttpRequest.newBuilder(URI.create(platform.url("gateway")
                + "/api/v1/cohorts/" + jobId + "/answers?from=" + (SIZE - 2))).header("X-API-Key", PARTNER).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        String[] resumed = tail.body().split("\n");
        assertEquals(2, resumed.length, "resumed from an index");
        assertEquals(SIZE - 1, MAPPER.readTree(resumed[1]).get("index").asInt());
        Files.deleteIfExists(upload);
    }

    private static JsonNode awaitComplete(String jobId, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        Instant lastPrint = Instant.EPOCH;
        while (true) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(platform.url("gateway")
                    + "/api/v1/cohorts/" + jobId)).header("X-API-Key", PARTNER).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            JsonNode progress = MAPPER.readTree(r.body());
            if ("complete".equals(progress.get("status").asText())) {
                return progress;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("cohort not complete after " + timeout.toSeconds() + " s: " + progress);
            }
            if (Duration.between(lastPrint, Instant.now()).toSeconds() >= 15) {
                System.out.printf(Locale.ROOT, "cohort: %s%n", progress);
                lastPrint = Instant.now();
            }
            Thread.sleep(1000);
        }
    }
}
