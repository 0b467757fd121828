package org.bcbm.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bcbm.gateway.DownstreamStubs;
import org.bcbm.gateway.service.ApiKeys;
import org.junit.jupiter.api.Test;

/**
 * Ops issues, lists, changes and revokes partner keys; keys leave with the Secret that listed them; a key's quota
 * shows in RateLimit headers and ends in a 429 problem.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class PartnerKeyResourceTest {

    private static final String OPS = "test-ops-key-0123456789";
    private static final String SECRET = "ops team|ops|" + OPS;
    private static final String KEYS = "/api/v1/admin/partner-keys";

    @Inject
    ApiKeys apiKeys;
    @Inject
    AgroalDataSource dataSource;

    private static JsonPath issue(String name, String role, int perMinute) {
        return given().header("X-API-Key", OPS).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"requestsPerMinute\":" + perMinute + "}")
                .post(KEYS).then().statusCode(201).header("Location", containsString(KEYS + "/"))
                .extract().jsonPath();
    }

    /** A call only an ops key may make: 200 while the key works, 401 once it does not. */
    private static boolean works(String key) {
        return given().header("X-API-Key", key).get(KEYS).statusCode() == 200;
    }

    @Test
    void opsIssuesAKeyThatIsShownOnceAndListedOnlyByFingerprint() {
        String name = "issued " + UUID.randomUUID();
        JsonPath issued = issue(name, "ops", 1000);
        String key = issued.getString("key");
        String fingerprint = issued.getString("partnerKey.fingerprint");
        assertEquals(ApiKeys.fingerprint(ApiKeys.hash(key)), fingerprint);
        assertTrue(works(key));
        String list = given().header("X-API-Key", OPS).get(KEYS).then().statusCode(200)
                .body("find { it.fingerprint == '" + fingerprint + "' }.name", equalTo(name))
                .body("find { it.fingerprint == '" + fingerprint + "' }.source", equalTo("admin"))
                .body("find { it.fingerprint == '" + fingerprint + "' }.requestsPerMinute", equalTo(1000))
                .body("find { it.fingerprint == '" + fingerprint + "' }.createdAt", notNullValue())
                .body("find { it.fingerprint == '" + fingerprint + "' }.revokedAt", nullValue())
                .extract().asString();
        assertFalse(list.contains(key), "the list never shows a key");
        assertFalse(list.contains(ApiKeys.hash(key)), "nor its whole hash");
        given().header("X-API-Key", OPS).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"role\":\"partner\"}").post(KEYS)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("name"));
    }

    @Test
    void revokingAKeyStopsItAtOnceOnThisReplica() {
        JsonPath issued = issue("revoked " + UUID.randomUUID(), "ops", 1000);
        String key = issued.getString("key");
        String fingerprint = issued.getString("partnerKey.fingerprint");
        assertTrue(works(key)); // now cached as valid
        given().header("X-API-Key", OPS).delete(KEYS + "/" + fingerprint).then().statusCode(204);
        given().header("X-API-Key", key).get(KEYS).then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", OPS).delete(KEYS + "/" + fingerprint).then().statusCode(204);
        given().header("X-API-Key", OPS).get(KEYS + "/" + fingerprint).then().statusCode(200)
                .body("revokedAt", notNullValue());
    }

    @Test
    void opsChangesRoleAndQuotaOfItsOwnKeysButNotOfTheSecretsOnes() {
        JsonPath issued = issue("changed " + UUID.randomUUID(), "partner", 600);
        String fingerprint = issued.getString("partnerKey.fingerprint");
        given().header("X-API-Key", OPS).contentType(ContentType.JSON).body("{\"requestsPerMinute\":5,\"role\":\"ops\"}")
                .patch(KEYS + "/" + fingerprint).then().statusCode(200)
                .body("requestsPerMinute", equalTo(5)).body("role", equalTo("ops"));
        assertTrue(works(issued.getString("key")), "the new role holds at once on this replica");
        String secretKey = ApiKeys.fingerprint(ApiKeys.hash(OPS));
        given().header("X-API-Key", OPS).contentType(ContentType.JSON).body("{\"requestsPerMinute\":5}")
                .patch(KEYS + "/" + secretKey).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Secret"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        given().header("X-API-Key", OPS).contentType(ContentType.JSON).body("{\"name\":\"x\",\"role\":\"admin\"}")
                .post(KEYS).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("role"));
        given().header("X-API-Key", OPS).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"role\":\"partner\",\"requestsPerMinute\":0}")
                .post(KEYS).then().statusCode(400).body("violations.field", hasItem("requestsPerMinute"));
        given().header("X-API-Key", OPS).delete(KEYS + "/not-a-fingerprint").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("fingerprint"));
        given().header("X-API-Key", OPS).get(KEYS + "/000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aKeyRemovedFromTheSecretIsRevokedAtTheNextStartAndOnlyOpsRevocationsSurviveARelisting() {
        String stays = "stays-" + UUID.randomUUID();
        String leaves = "leaves-" + UUID.randomUUID();
        String revokedByOps = "revoked-by-ops-" + UUID.randomUUID();
        try {
            apiKeys.syncConfiguredKeys(SECRET + ",stays|ops|" + stays + ",leaves|ops|" + leaves + ",r|ops|" + revokedByOps);
            assertTrue(works(stays) && works(leaves) && works(revokedByOps));
            given().header("X-API-Key", OPS).delete(KEYS + "/" + ApiKeys.fingerprint(ApiKeys.hash(revokedByOps)))
                    .then().statusCode(204);

            apiKeys.syncConfiguredKeys(SECRET + ",stays|ops|" + stays + ",r|ops|" + revokedByOps);
            assertTrue(works(stays));
            assertFalse(works(leaves), "no longer listed: revoked");
            assertFalse(works(revokedByOps), "revoked by ops: listing it again does not bring it back");
            given().header("X-API-Key", OPS).get(KEYS + "/" + ApiKeys.fingerprint(ApiKeys.hash(leaves)))
                    .then().statusCode(200).body("revokedAt", notNullValue()).body("source", equalTo("secret"));

            apiKeys.syncConfiguredKeys(SECRET + ",stays|ops|" + stays + ",leaves|ops|" + leaves);
            assertTrue(works(leaves), "listed again after its removal: back");
        } finally {
            apiKeys.syncConfiguredKeys(SECRET);
        }
        assertTrue(works(OPS));
        assertFalse(works(stays));
    }

    /** Another replica inserts the same new key and commits while this one starts: this start still succeeds. */
    @Test
    void replicasStartingTogetherBothTakeTheSecretsNewKeys() throws Exception {
        String fresh = "together-" + UUID.randomUUID();
        ExecutorService replica = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("INSERT INTO partner_key (key_hash, name, role, "
                    + "source) VALUES (?, 'together', 'ops', 'secret')")) {
                insert.setString(1, ApiKeys.hash(fresh));
                insert.executeUpdate();
            }
            Future<?> start = replica.submit(() -> apiKeys.syncConfiguredKeys(SECRET + ",together|ops|" + fresh));
            Thread.sleep(500); // this start now waits on the other's uncommitted row
            other.commit();
            start.get(30, TimeUnit.SECONDS); // a start whose insert collided would throw here
            assertTrue(works(fresh));
        } finally {
            replica.shutdownNow();
            apiKeys.syncConfiguredKeys(SECRET);
        }
    }

    @Test
    void localKeysExistOnlyWhileTurnedOn() {
        try {
            apiKeys.syncLocalKeys(false);
            given().header("X-API-Key", "local-ops-key").get(KEYS).then().statusCode(401);
        } finally {
            apiKeys.syncLocalKeys(true);
        }
        given().header("X-API-Key", "local-ops-key").get(KEYS).then().statusCode(200);
    }

    @Test
    void everyAnswerUnderTheQuotaCarriesRateLimitHeadersAndTheFirstOverItIsA429Problem() {
        String key = issue("quota " + UUID.randomUUID(), "ops", 3).getString("key");
        for (int remaining = 2; remaining >= 0; remaining--) {
            Response r = given().header("X-API-Key", key).get(KEYS);
            assertEquals(200, r.statusCode());
            assertEquals("3", r.header("RateLimit-Limit"));
            assertEquals(String.valueOf(remaining), r.header("RateLimit-Remaining"));
            long reset = Long.parseLong(r.header("RateLimit-Reset"));
            assertTrue(reset >= 1 && reset <= 60, "reset " + reset);
        }
        // an answer that is not a 2xx is governed too
        given().header("X-API-Key", OPS).get(KEYS + "/000000000000").then().statusCode(404)
                .header("RateLimit-Limit", notNullValue());
        Response refused = given().header("X-API-Key", key).get(KEYS);
        assertEquals(429, refused.statusCode());
        assertEquals("application/problem+json", refused.contentType().split(";")[0]);
        assertEquals("0", refused.header("RateLimit-Remaining"));
        assertEquals("3", refused.header("RateLimit-Limit"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60);
        assertEquals(refused.header("Retry-After"), refused.header("RateLimit-Reset"));
        assertTrue(refused.jsonPath().getString("detail").contains("3 requests per minute"));
        // outside /api nothing is governed
        given().get("/q/openapi").then().header("RateLimit-Limit", nullValue());
    }
}
