package org.bcbm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bcbm.common.event.v1.CohortProfileRequested;
import org.bcbm.gateway.repository.CohortRepository;
import org.bcbm.gateway.repository.CohortRepository.Job;
import org.bcbm.gateway.repository.CohortRepository.NewAnswer;
import org.bcbm.testsupport.Contracts;
import org.bcbm.testsupport.Topics;
import org.junit.jupiter.api.Test;

/** Cohort jobs at the gateway: upload validation, ownership, and the NDJSON answers in order, resumable. */
@QuarkusTest
class CohortResourceTest {

    static final String PARTNER = "local-partner-key";
    static final String PARTNER_NAME = "local partner";
    static final String NDJSON = "application/x-ndjson";
    static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    CohortRepository repository;

    @Test
    void aBodyWithoutAProfilesArrayIsA400NamingProfiles() {
        for (String body : List.of("{\"profiles\":{\"sex\":\"female\"}}", "{\"profiles\":[]}", "{}")) {
            given().header("X-API-Key", PARTNER).contentType(ContentType.JSON).body(body).post("/api/v1/cohorts")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("profiles"));
        }
    }

    @Test
    void withoutAKeyThereIsNoUpload() {
        given().contentType(ContentType.JSON).body("{\"profiles\":[{}]}").post("/api/v1/cohorts").then()
                .statusCode(401);
    }

    @Test
    void anUploadIsQueuedProfileByProfileAndAcceptedWithItsLocation() {
        Response accepted = given().header("X-API-Key", PARTNER).contentType(ContentType.JSON)
                .body("{\"profiles\":[" + GatewayRecommendationTest.PROFILE + ",{\"sex\":\"unknown\"}]}")
                .post("/api/v1/cohorts");
        accepted.then().statusCode(202).body("total", equalTo(2)).body("status", equalTo("running"))
                .header("Location", startsWith("/api/v1/cohorts/"));
        String jobId = accepted.jsonPath().getString("jobId");
        assertEquals("/api/v1/cohorts/" + jobId, accepted.header("Location"));

        given().header("X-API-Key", PARTNER).get("/api/v1/cohorts/" + jobId).then().statusCode(200)
                .body("total", equalTo(2)).body("status", equalTo("running")).body("etaSeconds", nullValue());
        List<ConsumerRecord<String, String>> queued = new ArrayList<>();
        for (ConsumerRecord<String, String> r : Topics.readToEnd("test.cohort.requests", Duration.ofSeconds(20))) {
            if (r.key().startsWith(jobId + ":")) {
                queued.add(r);
            }
        }
        assertEquals(2, queued.size());
        for (ConsumerRecord<String, String> r : queued) {
            JsonNode payload = read(r.value()).get("payload");
            // producer side of the contract: what the gateway queues is a valid CohortProfileRequested
            assertEquals(List.of(), Contracts.violations(CohortProfileRequested.TYPE, payload), payload::toString);
            assertEquals(jobId + ":" + payload.get("index").asInt(), r.key());
        }
    }

    @Test
    void ndjsonUploadsAreAcceptedToo() {
        given().header("X-API-Key", PARTNER).contentType(NDJSON)
                .body((GatewayRecommendationTest.PROFILE.replace("\n", "") + "\n{\"sex\":\"female\"}\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/cohorts").then().statusCode(202).body("total", equalTo(2));
    }

    @Test
    void anUnknownJobOrAnotherPartnersJobIsA404() {
        UUID theirs = UUID.randomUUID();
        repository.insertJob(new Job(theirs, "another partner", 3, Instant.now()));

        for (String id : List.of(UUID.randomUUID().toString(), theirs.toString(), "not-a-uuid")) {
            given().header("X-API-Key", PARTNER).get("/api/v1/cohorts/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
            given().header("X-API-Key", PARTNER).get("/api/v1/cohorts/" + id + "/answers").then().statusCode(404);
        }
    }

    @Test
    void answersStreamInInputOrderOnlyAsFarAsTheyAreDoneAndResume() {
        UUID job = UUID.randomUUID();
        repository.insertJob(new Job(job, PARTNER_NAME, 5, Instant.now().minusSeconds(10)));
        // stored out of order, index 2 not yet answered
        repository.insertIfAbsent(List.of(answer(job, 3, "b"), answer(job, 0, "a"), answer(job, 1, "b")));

        Response running = answers(job, null);
        assertEquals("false", running.header("X-Cohort-Complete"));
        assertEquals(List.of(0, 1), indexes(running));
        given().header("X-API-Key", PARTNER).get("/api/v1/cohorts/" + job).then()
                .body("done", equalTo(3)).body("status", equalTo("running")).body("answeredBy.a", equalTo(1))
                .body("answeredBy.b", equalTo(2));

        repository.insertIfAbsent(List.of(rejected(job, 2, "a"), answer(job, 4, "a"),
                answer(job, 0, "somebody else, later")));

        Response complete = answers(job, null);
        assertEquals("true", complete.header("X-Cohort-Complete"));
        assertEquals(List.of(0, 1, 2, 3, 4), indexes(complete));
        String[] lines = complete.asString().split("\n");
        assertEquals("HR+/HER2-", read(lines[0]).at("/recommendation/subtype").asText());
        assertEquals("profiles[2].sex", read(lines[2]).at("/problem/violations/0/field").asText());
        assertEquals(List.of(3, 4), indexes(answers(job, "3")));
        given().header("X-API-Key", PARTNER).get("/api/v1/cohorts/" + job).then()
                .body("done", equalTo(5)).body("rejected", equalTo(1)).body("status", equalTo("complete"))
                .body("etaSeconds", equalTo(0)).body("answeredBy.a", equalTo(3));
        given().header("X-API-Key", PARTNER).get("/api/v1/cohorts/" + job + "/answers?from=-1").then().statusCode(400)
                .body("violations.field", hasItem("from"));
    }

    private static Response answers(UUID job, String from) {
        Response r = given().header("X-API-Key", PARTNER)
                .get("/api/v1/cohorts/" + job + "/answers" + (from == null ? "" : "?from=" + from));
        r.then().statusCode(200).contentType(startsWith(NDJSON));
        return r;
    }

    private static List<Integer> indexes(Response r) {
        List<Integer> indexes = new ArrayList<>();
        for (String line : r.asString().split("\n")) {
            if (!line.isBlank()) {
                indexes.add(read(line).get("index").asInt());
            }
        }
        return indexes;
    }

    private static NewAnswer answer(UUID job, int index, String by) {
        return NewAnswer.of(job, index, "{\"requestId\":\"" + UUID.randomUUID() + "\",\"subtype\":\"HR+/HER2-\"}",
                false, by);
    }

    private static NewAnswer rejected(UUID job, int index, String by) {
        return NewAnswer.of(job, index, "{\"status\":400,\"violations\":[{\"field\":\"profiles[" + index
                + "].sex\",\"message\":\"must not be null\"}]}", true, by);
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
