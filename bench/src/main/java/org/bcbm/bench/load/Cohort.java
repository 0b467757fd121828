package org.bcbm.bench.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cohort of copies of a profile through the batch endpoint, timed from first byte sent to last received: the first
 * call, then (after untimed warm-up calls) three timed calls, of which the median is the figure.
 */
public final class Cohort {

    private static final int MEASURED = 3;

    // usage: Cohort NAME BATCH_URL PROFILE_FILE SIZE WARMUP_CALLS [Header: value]...
    public static void main(String[] args) throws Exception {
        String name = args[0];
        URI uri = URI.create(args[1]);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode profile = mapper.readTree(Path.of(args[2]).toFile());
        int size = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);

        ObjectNode body = mapper.createObjectNode();
        ArrayNode profiles = body.putArray("profiles");
        for (int i = 0; i < size; i++) {
            profiles.add(((ObjectNode) profile.deepCopy()).put("patientRef", "bench-cohort-" + i));
        }
        byte[] bytes = mapper.writeValueAsBytes(body);

        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        for (int i = 5; i < args.length; i++) {
            int colon = args[i].indexOf(':');
            builder.header(args[i].substring(0, colon).trim(), args[i].substring(colon + 1).trim());
        }
        HttpRequest request = builder.build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // the answer (some 22 KB a profile) goes to a file while it is timed, and is read afterwards: the client's
        // own parsing would otherwise take CPU from the services on a 2-core machine and be counted as their time
        Path answer = Files.createTempFile("bench-cohort-", ".json");
        try {
            Call first = call(client, request, answer, mapper);
            for (int i = 0; i < warmup && first.status() == 200; i++) {
                call(client, request, answer, mapper);
            }
            List<Call> measured = new ArrayList<>();
            for (int i = 0; i < MEASURED && first.status() == 200; i++) {
                measured.add(call(client, request, answer, mapper));
            }
            measured.sort((a, b) -> Double.compare(a.wallMs(), b.wallMs()));
            Call median = measured.isEmpty() ? first : measured.get(measured.size() / 2);
            String p = "result " + name + ".";
            System.out.println(p + "size=" + size);
            System.out.println(p + "status=" + median.status());
            System.out.println(p + "wall_ms=" + ms(median.wallMs()));
            System.out.println(p + "first_ms=" + ms(first.wallMs()));
            System.out.println(p + "warmup_calls=" + warmup);
            System.out.println(p + "answers=" + median.items().answers());
            System.out.println(p + "problems=" + median.items().problems());
            System.out.println(p + "request_mb=" + String.format(Locale.ROOT, "%.1f", bytes.length / 1e6));
            System.out.println(p + "answer_mb=" + String.format(Locale.ROOT, "%.1f", median.bytes() / 1e6));
        } finally {
            Files.deleteIfExists(answer);
        }
    }

    /** One call's status and time, and what came back: a 200 with too few answers is not taken for success. */
    record Call(int status, double wallMs, Items items, long bytes) {
    }

    /** The items an answer holds, and how many of them are a problem instead of a recommendation. */
    record Items(int answers, int problems) {
    }

    private static Call call(HttpClient client, HttpRequest request, Path answer, ObjectMapper mapper)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<Path> response = client.send(request,
                HttpResponse.BodyHandlers.ofFile(answer, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        double wallMs = (System.nanoTime() - start) / 1e6;
        Items items = response.statusCode() == 200 ? count(answer, mapper) : new Items(-1, 0);
        return new Call(response.statusCode(), wallMs, items, Files.size(answer));
    }

    private static Items count(Path answer, ObjectMapper mapper) throws IOException {
        int answers = 0;
        int problems = 0;
        // items are counted as a stream: the whole answer as a tree would take gigabytes
        try (JsonParser json = mapper.getFactory().createParser(answer.toFile())) {
            int depth = 0;
            boolean inItems = false;
            for (JsonToken t = json.nextToken(); t != null; t = json.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                    if (depth == 2 && t == JsonToken.START_ARRAY && "items".equals(json.currentName())) {
                        inItems = true;
                    } else if (inItems && depth == 3) {
                        answers++;
                    }
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    inItems = inItems && depth >= 2;
                } else if (inItems && depth == 3 && t == JsonToken.FIELD_NAME && "problem".equals(json.currentName())
                        && json.nextToken() != JsonToken.VALUE_NULL) {
                    problems++;
                    if (json.currentToken().isStructStart()) {
                        json.skipChildren();
                    }
                }
            }
        }
        return new Items(answers, problems);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f", millis);
    }
}
