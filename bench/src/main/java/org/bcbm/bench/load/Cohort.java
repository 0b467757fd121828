package org.bcbm.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** One cohort of copies of a profile through the batch endpoint, timed from first byte sent to last received. */
public final class Cohort {

    // usage: Cohort NAME BATCH_URL PROFILE_FILE SIZE [Header: value]...
    public static void main(String[] args) throws Exception {
        String name = args[0];
        URI uri = URI.create(args[1]);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode profile = mapper.readTree(Path.of(args[2]).toFile());
        int size = Integer.parseInt(args[3]);

        ObjectNode body = mapper.createObjectNode();
        ArrayNode profiles = body.putArray("profiles");
        for (int i = 0; i < size; i++) {
            profiles.add(((ObjectNode) profile.deepCopy()).put("patientRef", "bench-cohort-" + i));
        }
        byte[] bytes = mapper.writeValueAsBytes(body);

        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        for (int i = 4; i < args.length; i++) {
            int colon = args[i].indexOf(':');
            builder.header(args[i].substring(0, colon).trim(), args[i].substring(colon + 1).trim());
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        double wallMs = (System.nanoTime() - start) / 1e6;

        // count what came back, so a 200 with too few answers or per-item problems is not taken for success
        int answers = -1;
        int problems = 0;
        if (response.statusCode() == 200) {
            JsonNode results = mapper.readTree(response.body());
            JsonNode items = results.isArray() ? results : firstArray(results);
            answers = items == null ? -1 : items.size();
            if (items != null) {
                for (JsonNode item : items) {
                    if (item.hasNonNull("problem")) {
                        problems++;
                    }
                }
            }
        }
        String p = "result " + name + ".";
        System.out.println(p + "size=" + size);
        System.out.println(p + "status=" + response.statusCode());
        System.out.println(p + "wall_ms=" + String.format(Locale.ROOT, "%.0f", wallMs));
        System.out.println(p + "answers=" + answers);
        System.out.println(p + "problems=" + problems);
        System.out.println(p + "request_mb=" + String.format(Locale.ROOT, "%.1f", bytes.length / 1e6));
    }

    private static JsonNode firstArray(JsonNode object) {
        for (JsonNode field : object) {
            if (field.isArray()) {
                return field;
            }
        }
        return null;
    }
}
