package org.bcbm.evidence.telemetry;

import static io.restassured.RestAssured.given;
import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A back-end service's problems name the request they answer: the one the gateway forwarded, or one it made. */
@QuarkusTest
class ProblemsNameTheirRequestTest {

    @Test
    void unknownTrialProblemCarriesTheForwardedRequestId() {
        String id = UUID.randomUUID().toString();
        Response r = asGateway().header("X-Request-Id", id).get("/api/v1/trials/NO-SUCH-TRIAL");
        assertEquals(404, r.statusCode());
        assertEquals("application/problem+json", r.contentType().split(";")[0]);
        assertEquals(id, r.jsonPath().getString("requestId"));
    }

    @Test
    void missingCredentialProblemCarriesTheRequestIdItWasGiven() {
        Response r = given().get("/api/v1/trials/NO-SUCH-TRIAL");
        assertEquals(401, r.statusCode());
        String id = r.jsonPath().getString("requestId");
        assertEquals(id, UUID.fromString(id).toString());
        assertEquals(id, r.header("X-Request-Id"));
    }
}
