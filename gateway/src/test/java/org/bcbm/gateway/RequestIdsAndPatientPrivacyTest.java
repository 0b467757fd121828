package org.bcbm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every problem names the request it answers (the partner's X-Request-Id, or the one the gateway made), and a
 * patient's reference never reaches a log line, whatever happens to the request.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class RequestIdsAndPatientPrivacyTest {

    private static final String PATIENT_REF = "pt-ref-ZQX-8814-do-not-log";
    private static final String PROFILE = GatewayRecommendationTest.PROFILE.replace("\"p-1\"", "\"" + PATIENT_REF + "\"");

    @ConfigProperty(name = "test.stub.recommendation")
    String recommendationStub;

    @AfterEach
    void recommendationBackToNormal() {
        RestAssured.given().post(recommendationStub + "/__mode/ok").then().statusCode(204);
    }

    @Test
    void everyProblemCarriesTheRequestIdItAnswers() {
        String sent = UUID.randomUUID().toString();
        Response noKey = given().header("X-Request-Id", sent).contentType(ContentType.JSON).body(PROFILE)
                .post("/api/v1/recommendations");
        noKey.then().statusCode(401).contentType("application/problem+json").body("requestId", equalTo(sent))
                .header("X-Request-Id", sent);

        given().header("X-API-Key", "local-partner-key").header("X-Request-Id", sent).contentType(ContentType.JSON)
                .body(PROFILE.replace("\"age\":58", "\"age\":130")).post("/api/v1/recommendations").then()
                .statusCode(400).body("violations.field", hasItem("age")).body("requestId", equalTo(sent));

        // none sent, or one that is not a UUID: the gateway makes one, names it in the problem and on the response
        Response made = given().header("X-API-Key", "local-partner-key").header("X-Request-Id", "twice please")
                .contentType(ContentType.JSON).body(PROFILE).post("/api/v1/recommendations");
        made.then().statusCode(400).body("violations.field", hasItem("X-Request-Id"));
        String id = made.jsonPath().getString("requestId");
        assertEquals(id, UUID.fromString(id).toString());
        assertEquals(id, made.header("X-Request-Id"));

        Response unknownPath = given().header("X-API-Key", "local-partner-key").get("/api/v1/nowhere");
        assertEquals(unknownPath.header("X-Request-Id"), unknownPath.jsonPath().getString("requestId"));

        RestAssured.given().post(recommendationStub + "/__mode/down");
        given().header("X-API-Key", "local-partner-key").header("X-Request-Id", sent).contentType(ContentType.JSON)
                .body(PROFILE).post("/api/v1/recommendations").then().statusCode(503)
                .contentType("application/problem+json").body("requestId", equalTo(sent));
    }

    @Test
    void patientRefNeverReachesTheLogWhateverHappensToTheRequest() {
        Capture capture = new Capture();
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String failed = UUID.randomUUID().toString();
        try {
            given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON).body(PROFILE)
                    .post("/api/v1/recommendations").then().statusCode(200);
            given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON)
                    .body(PROFILE.replace("\"her2\":\"negative\"", "\"her2\":\"maybe\"")).post("/api/v1/recommendations")
                    .then().statusCode(400);
            given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON)
                    .body(PROFILE.replace("\"age\":58,", "\"age\":")).post("/api/v1/recommendations").then()
                    .statusCode(400);
            given().header("X-API-Key", "not-a-key").contentType(ContentType.JSON).body(PROFILE)
                    .post("/api/v1/recommendations").then().statusCode(401);
            RestAssured.given().post(recommendationStub + "/__mode/down");
            given().header("X-API-Key", "local-partner-key").header("X-Request-Id", failed)
                    .contentType(ContentType.JSON).body(PROFILE).post("/api/v1/recommendations").then().statusCode(503);
        } finally {
            root.removeHandler(capture);
        }
        // the capture works: the failed call's log line is there, naming the request by its id only, which its MDC
        // carries too (the requestId field of a JSON log line)
        assertTrue(capture.lines.stream().anyMatch(l -> l.contains(failed) && l.contains("requestId=" + failed)),
                "the failure is logged with its request id: " + capture.lines);
        assertFalse(capture.lines.isEmpty());
        capture.lines.forEach(line -> assertFalse(line.contains(PATIENT_REF), "patientRef logged: " + line));
    }

    /** Every record, as everything a formatter could print of it: message, parameters, MDC and the exception chain. */
    static final class Capture extends Handler {

        final List<String> lines = new CopyOnWriteArrayList<>();

        Capture() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName()).append(' ');
            if (record instanceof ExtLogRecord ext) {
                line.append(ext.getFormattedMessage()).append(' ').append(ext.getMdcCopy());
            } else {
                line.append(record.getMessage());
            }
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    line.append(' ').append(p);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(' ').append(t);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
