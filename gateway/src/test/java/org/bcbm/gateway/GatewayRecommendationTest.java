package org.bcbm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bcbm.gateway.service.ApiKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keys and roles, validation, the request id, and what a slow or dead service does to an answer. */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class GatewayRecommendationTest {

    static final String PROFILE = """
            {"patientRef":"p-1","age":58,"sex":"female","menopausalStatus":"postmenopausal",
             "tumour":{"er":"positive","pr":"positive","her2":"negative"},
             "metastases":{"sites":["bone"],"bone":{"painful":true}},"resourceSetting":{"country":"GB"}}""";

    @ConfigProperty(name = "test.stub.recommendation")
    String recommendationStub;
    @ConfigProperty(name = "test.stub.evidence")
    String evidenceStub;
    @ConfigProperty(name = "test.stub.access")
    String accessStub;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    // relative to the management root path, /q
    @TestHTTPResource(value = "/health/live", management = true)
    URL health;

    // relative to the management root path, /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @AfterEach
    void everyServiceBackToNormal() {
        for (String stub : new String[] {recommendationStub, evidenceStub, accessStub}) {
            RestAssured.given().post(stub + "/__mode/ok").then().statusCode(204);
        }
    }

    @Test
    void noKeyIsA401Problem() {
        given().contentType(ContentType.JSON).body(PROFILE).post("/api/v1/recommendations").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("X-API-Key"));
    }

    @Test
    void unknownKeyIsA401Problem() {
        given().header("X-API-Key", "not-a-key").contentType(ContentType.JSON).body(PROFILE)
                .post("/api/v1/recommendations").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void partnerKeyCannotCurate() {
        given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON).body("{\"amount\":1}")
                .put("/api/v1/countries/GB/prices/letrozole").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("curator"));
    }

    @Test
    void keysFromTheEnvironmentAuthenticateWithTheirRole() {
        given().header("X-API-Key", "test-ops-key-0123456789").contentType(ContentType.JSON)
                .body("{\"amount\":2.5,\"currency\":\"GBP\"}").put("/api/v1/countries/GB/prices/letrozole")
                .then().statusCode(200);
    }

    @Test
    void healthAndOpenApiNeedNoKeyAndHealthAndMetricsAreNotOnTheApiPort() {
        given().get(health).then().statusCode(200);
        given().get(metrics).then().statusCode(200);
        given().get("/q/health/live").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/recommendations"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown enumeration | \"her2\":\"negative\" | \"her2\":\"maybe\" | tumour.her2",
            "out of range | \"age\":58 | \"age\":130 | age",
            "wrong type | \"age\":58 | \"age\":\"old\" | age",
            "not an ISO country | \"country\":\"GB\" | \"country\":\"XX\" | resourceSetting.country",
            "missing required | \"sex\":\"female\", | '' | sex",
            "empty sites | [\"bone\"] | [] | metastases.sites"})
    void invalidProfileIsA400NamingTheField(String name, String from, String to, String field) {
        given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON).body(PROFILE.replace(from, to))
                .post("/api/v1/recommendations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void unknownEnumerationValueListsTheContractSpellings() {
        given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON)
                .body(PROFILE.replace("\"her2\":\"negative\"", "\"her2\":\"3+\""))
                .post("/api/v1/recommendations").then().statusCode(400)
                .body("violations[0].message", equalTo("'3+' is not one of [positive, low, ultralow, negative]"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON).body("{\"sex\": ")
                .post("/api/v1/recommendations").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void answerIsRecommendationServicesCompleteAnswerUnderANewRequestId() {
        String requestId = given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON).body(PROFILE)
                .post("/api/v1/recommendations").then().statusCode(200)
                .body("partial", equalTo(false)).body("degraded", empty())
                .body("options[0].evidence[0].trialName", equalTo("MONALEESA-2"))
                .body("options[0].cost.annualCost", equalTo(38501.53f))
                .body("options[0].cost.prices[0].source", equalTo("NICE TA496"))
                .body("options[0].access.available", equalTo(true))
                .body("options[0].firstAvailable", equalTo(true))
                .body("options[1].cost", nullValue())
                .extract().path("requestId");
        assertEquals(requestId, DownstreamStubs.lastRequestId.get());
        assertEquals(requestId, UUID.fromString(requestId).toString(), "the gateway makes a UUID when none is given");
    }

    @Test
    void partnersRequestIdIsTheIdempotencyKeySentDownstream() {
        String requestId = UUID.randomUUID().toString();
        given().header("X-API-Key", "local-partner-key").header("X-Request-Id", requestId)
                .contentType(ContentType.JSON).body(PROFILE).post("/api/v1/recommendations").then().statusCode(200)
                .body("requestId", equalTo(requestId));
        assertEquals(requestId, DownstreamStubs.lastRequestId.get());
        given().header("X-API-Key", "local-partner-key").header("X-Request-Id", "twice please")
                .contentType(ContentType.JSON).body(PROFILE).post("/api/v1/recommendations").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("X-Request-Id"));
    }

    @Test
    void evidenceAndAccessDownDoNotTouchTheAnswer() {
        RestAssured.given().post(evidenceStub + "/__mode/down");
        RestAssured.given().post(accessStub + "/__mode/down");
        given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON).body(PROFILE)
                .post("/api/v1/recommendations").then().statusCode(200)
                .body("partial", equalTo(false)).body("degraded", empty())
                .body("options[0].cost.annualCost", equalTo(38501.53f));
    }

    @Test
    void accessDownMakesAMergedReadPartialAndCountsItForOps() {
        double before = registry.counter("bcbm.degraded.answers", "source", "access").count();
        RestAssured.given().post(accessStub + "/__mode/down");
        given().header("X-API-Key", "local-partner-key").get("/api/v1/treatments/letrozole?country=GB")
                .then().statusCode(200).body("partial", equalTo(true)).body("degraded", hasItem("access"));
        assertEquals(before + 1, registry.counter("bcbm.degraded.answers", "source", "access").count());
    }

    @Test
    void slowRecommendationIsA503WithRetryAfterNotAnIncompleteAnswer() {
        RestAssured.given().post(recommendationStub + "/__mode/slow-forever");
        given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON).body(PROFILE)
                .post("/api/v1/recommendations").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
    }

    @Test
    void recommendationDownIsA503WithRetryAfter() {
        RestAssured.given().post(recommendationStub + "/__mode/down");
        given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON).body(PROFILE)
                .post("/api/v1/recommendations").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
    }

    @Test
    void readsOnlyOneServiceCanAnswerAre503WhenItIsDown() {
        RestAssured.given().post(accessStub + "/__mode/down");
        given().header("X-API-Key", "local-partner-key").get("/api/v1/countries/GB").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("detail", containsString("access-cost-service"));
        // the public cost lookups answer alone too: no silent empty answer when their only source is down
        given().header("X-API-Key", "local-partner-key").get("/api/v1/drugs/denosumab/availability").then()
                .statusCode(503).contentType("application/problem+json");
        given().header("X-API-Key", "local-partner-key").contentType("application/json")
                .body("{\"country\":\"GB\",\"regimens\":[]}").post("/api/v1/costs/regimens").then()
                .statusCode(503).contentType("application/problem+json");
        RestAssured.given().post(evidenceStub + "/__mode/down");
        given().header("X-API-Key", "local-partner-key").get("/api/v1/treatments/denosumab/forest-plot.svg").then()
                .statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("evidence-service"));
    }

    @Test
    void aFirstFhirExportThatLoadsTheModelStillArrivesWhileAnOrdinaryReadThatSlowIsCut() {
        // evidence-service loads its FHIR R5 model on the first export: the stand-in takes 6 s, as a busy machine can
        RestAssured.given().post(evidenceStub + "/__mode/slow-forever");
        given().header("X-API-Key", "local-partner-key").get("/api/v1/trials/MONALEESA-2/outcomes/1/fhir").then()
                .statusCode(200).body(containsString("MONALEESA-2"));
        given().header("X-API-Key", "local-partner-key").get("/api/v1/trials/MONALEESA-2").then()
                .statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("evidence-service"));
    }

    @Test
    void eachServiceCallCarriesAShortLivedCredentialWithTheCallersRoles() {
        given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON).body(PROFILE)
                .post("/api/v1/recommendations").then().statusCode(200);
        JsonNode partner = DownstreamStubs.lastCredential.get("recommendation");
        assertEquals(List.of("partner"), roles(partner));
        assertTrue(partner.path("exp").asLong() - partner.path("iat").asLong() <= 300, "at most five minutes");
        given().header("X-API-Key", "local-curator-key").contentType(ContentType.JSON)
                .body("{\"amount\":2.5,\"currency\":\"GBP\"}").put("/api/v1/countries/GB/prices/letrozole")
                .then().statusCode(200);
        JsonNode curator = DownstreamStubs.lastCredential.get("access");
        assertEquals(List.of("partner", "curator"), roles(curator));
        assertNotEquals(partner.path("sub").asText(), curator.path("sub").asText(), "the credential names the caller");
    }

    @Test
    void aServiceRefusingTheGatewaysCredentialIsA503NotThePartnersFault() {
        RestAssured.given().post(recommendationStub + "/__mode/refuse-credential");
        given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON).body(PROFILE)
                .post("/api/v1/recommendations").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
        RestAssured.given().post(accessStub + "/__mode/refuse-credential");
        given().header("X-API-Key", "local-curator-key").contentType(ContentType.JSON)
                .body("{\"amount\":2.5,\"currency\":\"GBP\"}").put("/api/v1/countries/GB/prices/letrozole")
                .then().statusCode(503).contentType("application/problem+json");
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.path("groups").forEach(g -> roles.add(g.asText()));
        return roles;
    }

    @Test
    void curatorChangePassesThroughAndDownstreamProblemsAreRelayed() {
        given().header("X-API-Key", "local-curator-key").contentType(ContentType.JSON)
                .body("{\"amount\":2.5,\"currency\":\"GBP\"}").put("/api/v1/countries/GB/prices/letrozole")
                .then().statusCode(200).body("version", equalTo(1));
        given().header("X-API-Key", "local-curator-key").contentType(ContentType.JSON)
                .body("{\"amount\":-1,\"currency\":\"GBP\"}").put("/api/v1/countries/GB/prices/letrozole")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("amount"));
    }

    @Test
    void overQuotaIsA429WithRetryAfterCountedForOpsByPartner() {
        String key = "quota-test-key-" + System.nanoTime();
        double before = registry.counter("bcbm.quota.rejections", "partner", "quota test").count();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO partner_key (key_hash, name, role, requests_per_minute, source) "
                + "VALUES (:h, 'quota test', 'partner', 2, 'admin')")
                .setParameter("h", ApiKeys.hash(key)).executeUpdate());
        for (int i = 0; i < 2; i++) {
            given().header("X-API-Key", key).get("/api/v1/countries/GB").then().statusCode(200);
        }
        given().header("X-API-Key", key).get("/api/v1/countries/GB").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
        assertEquals(before + 1, registry.counter("bcbm.quota.rejections", "partner", "quota test").count());
    }
}
