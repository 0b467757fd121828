package org.bcbm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every CDS Hooks call needs a JWT of a trusted client (CDS Hooks 2.0.1, "Trusting CDS Clients"); each refusal is a 401 problem. */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class CdsJwtTest {

    private static final String DISCOVERY = CdsClients.BASE + "/cds-services";

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static void refused(RequestSpecification request, String why) {
        request.get("/cds-services").then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("detail", containsString(why))
                .body(not(containsString("at org.")));
    }

    private static String token(Instant iat, Instant exp) {
        return CdsClients.sign(CdsClients.ES, CdsClients.TEST_EHR, DISCOVERY, iat, exp, UUID.randomUUID().toString());
    }

    @Test
    void aValidEs384TokenOpensDiscovery() {
        given().header("Authorization", CdsClients.bearer(DISCOVERY)).get("/cds-services").then().statusCode(200);
    }

    @Test
    void anRs384TokenIsAcceptedToo() {
        String token = CdsClients.sign(CdsClients.RS, CdsClients.TEST_EHR, DISCOVERY, Instant.now(),
                Instant.now().plusSeconds(300), UUID.randomUUID().toString());
        bearer(token).get("/cds-services").then().statusCode(200);
    }

    @Test
    void noTokenIsRefused() {
        refused(given(), "Authorization: Bearer");
    }

    @Test
    void anApiKeyDoesNotOpenCdsEndpoints() {
        refused(given().header("X-API-Key", "local-partner-key"), "Authorization: Bearer");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        refused(bearer(CdsClients.unsigned(DISCOVERY)), "not signed");
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(bearer(token(Instant.now().minusSeconds(600), Instant.now().minusSeconds(300))), "expired");
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        refused(bearer(token(Instant.now().plusSeconds(600), Instant.now().plusSeconds(900))), "future");
    }

    @Test
    void aTokenForAnotherEndpointIsRefused() {
        String token = CdsClients.sign(CdsClients.ES, CdsClients.TEST_EHR, "https://elsewhere.example/cds-services",
                Instant.now(), Instant.now().plusSeconds(300), UUID.randomUUID().toString());
        refused(bearer(token), "aud");
    }

    @Test
    void aTokenWithAnUnknownKidIsRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("not-published").generate();
        String token = CdsClients.sign(stranger, CdsClients.TEST_EHR, DISCOVERY, Instant.now(),
                Instant.now().plusSeconds(300), UUID.randomUUID().toString());
        refused(bearer(token), "kid 'not-published'");
    }

    @Test
    void aTokenOfAForeignIssuerIsRefused() {
        String token = CdsClients.sign(CdsClients.ES, "https://foreign-ehr.example/", DISCOVERY, Instant.now(),
                Instant.now().plusSeconds(300), UUID.randomUUID().toString());
        refused(bearer(token), "not a trusted CDS client");
    }

    @Test
    void aTrustedIssuerSigningWithAnotherClientsKeyIsRefused() {
        // other-ehr's key names a kid test-ehr's set does not hold
        String token = CdsClients.sign(CdsClients.OTHER, CdsClients.TEST_EHR, DISCOVERY, Instant.now(),
                Instant.now().plusSeconds(300), UUID.randomUUID().toString());
        refused(bearer(token), "kid");
    }

    @Test
    void aReplayedJtiIsRefused() {
        String token = token(Instant.now(), Instant.now().plusSeconds(300));
        bearer(token).get("/cds-services").then().statusCode(200);
        refused(bearer(token), "jti already used");
    }

    @Test
    void aTokenLivingTooLongIsRefused() {
        refused(bearer(token(Instant.now(), Instant.now().plusSeconds(3600))), "longer than");
    }

    @Test
    void eachTrustedClientIsCheckedAgainstItsOwnKeys() {
        String token = CdsClients.sign(CdsClients.OTHER, CdsClients.OTHER_EHR, DISCOVERY, Instant.now(),
                Instant.now().plusSeconds(300), UUID.randomUUID().toString());
        bearer(token).get("/cds-services").then().statusCode(200);
    }

    @Test
    void aKeyRotatedIntoTheJwkSetIsAcceptedWithoutARestartAndTheOldOnesStillAre() {
        RSAKey next = CdsClients.rotateIn("test-rs-" + UUID.randomUUID());
        String signedWithNew = CdsClients.sign(next, CdsClients.TEST_EHR, DISCOVERY, Instant.now(),
                Instant.now().plusSeconds(300), UUID.randomUUID().toString());
        bearer(signedWithNew).get("/cds-services").then().statusCode(200);
        given().header("Authorization", CdsClients.bearer(DISCOVERY)).get("/cds-services").then().statusCode(200);
    }
}
