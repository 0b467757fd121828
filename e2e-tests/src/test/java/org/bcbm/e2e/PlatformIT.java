package org.bcbm.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bcbm.common.security.Roles;
import org.bcbm.e2e.OtlpCollector.Received;
import org.bcbm.testsupport.ServiceAccessChecks;
import org.bcbm.testsupport.TestCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The four services, a real broker and real databases, driven only through their public HTTP APIs (and the
 * databases where a test must see that nothing was lost). Tests that stop a part restart it before they end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    static final String PARTNER = "local-partner-key";
    static final String CURATOR = "local-curator-key";
    static LocalPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = new LocalPlatform();
        try {
            platform.start();
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

    /**
     * Zero trust on the running platform: every operation of each back-end service, write, admin or read, refuses a
     * call without the gateway's credential and one signed by any other key; they listen on the loopback only.
     */
    @TestFactory
    @Order(0)
    Stream<DynamicTest> backEndServicesAcceptOnlyTheGatewaysCredential() {
        return Stream.of("evidence-service", "access-cost-service", "recommendation-service")
                .flatMap(s -> ServiceAccessChecks.refusedWithoutTheGatewaysCredential(s, platform.url(s)));
    }

    static String gateway() {
        return platform.url("gateway");
    }

    static String ukProfile() {
        return """
                {"patientRef":"e2e-patient","age":64,"sex":"female","menopausalStatus":"postmenopausal",
                 "tumour":{"er":"positive","pr":"positive","her2":"negative","somaticAlterations":[],"germlineBrca":"none"},
                 "metastases":{"sites":["bone"],"bone":{"lesionCount":2,"painful":true,"spinalCordCompression":false,
                   "impendingFracture":false,"pathologicalFracture":false,"hypercalcaemia":false}},
                 "clinical":{"ecog":1,"creatinineClearanceMlMin":80,"correctedCalciumMmolL":2.3,"dentalStatus":"healthy"},
                 "resourceSetting":{"country":"GB"}}""";
    }

    static JsonPath recommend(String profile) {
        return given().header("X-API-Key", PARTNER).contentType(ContentType.JSON).body(profile)
                .post(gateway() + "/api/v1/recommendations").then().statusCode(200).extract().jsonPath();
    }

    static BigDecimal letrozoleCost(JsonPath answer) {
        Object cost = answer.get("options.find { it.id == 'letrozole' }.cost.annualCost");
        return cost == null ? null : new BigDecimal(cost.toString());
    }

    @Test
    @Order(1)
    void contractExampleRequestGetsAContractShapedAnswer() throws Exception {
        String example = Files.readString(platform.root.resolve("docs/examples/recommendation-request.json"));
        given().header("X-API-Key", PARTNER).contentType(ContentType.JSON).body(example)
                .post(gateway() + "/api/v1/recommendations").then().statusCode(200)
                .body("$", hasKey("requestId")).body("$", hasKey("generatedAt"))
                .body("knowledgeVersion.rules", notNullValue())
                .body("subtype", equalTo("HR+/HER2-")).body("endocrineSensitivity", equalTo("resistant"))
                .body("options.find { it.category == 'bone_modifying' }.rank", equalTo(1))
                .body("options.find { it.category == 'radiotherapy' }.radiotherapy.doseGy", equalTo(8))
                .body("partial", equalTo(false));
    }

    @Test
    @Order(1)
    void clientGeneratedFromTheOpenApiDocumentGetsATypedAnswer() throws Exception {
        GeneratedClientCheck.recommendsTheContractExample(gateway(), PARTNER,
                platform.root.resolve("docs/examples/recommendation-request.json"));
    }

    @Test
    @Order(1)
    void clientGeneratedFromTheOpenApiDocumentReadsTreatmentsAndTrialsTyped() throws Exception {
        GeneratedClientCheck.readsATreatmentAndItsTrialTyped(gateway(), PARTNER, "letrozole", "GB");
    }

    @Test
    @Order(2)
    void answerMergesSourcedCostAndEvidenceFromTheRealServices() {
        JsonPath answer = recommend(ukProfile());
        assertEquals(false, answer.getBoolean("partial"));
        assertEquals("MONALEESA-2", answer.getString("options[0].evidence[0].trialId"));
        assertEquals("Ribociclib as first-line therapy for HR-positive advanced breast cancer",
                answer.getString("options[0].evidence[0].trialName"));
        assertEquals("GBP", answer.getString("options.find { it.id == 'letrozole-ribociclib' }.cost.currency"));
        assertEquals(0, new BigDecimal("38501.53").compareTo(new BigDecimal(
                answer.getString("options.find { it.id == 'letrozole-ribociclib' }.cost.annualCost"))));
        // a price past half its market's maximum age is costed, and the note says it is old
        assertTrue(answer.getString("options.find { it.id == 'letrozole-ribociclib' }.cost.note").contains("is old"));
        // the 2012 UK denosumab price is past the maximum price age: withheld, and the note says so
        assertNull(answer.get("options.find { it.id == 'denosumab' }.cost.annualCost"));
        assertTrue(answer.getString("options.find { it.id == 'denosumab' }.cost.note").contains("withheld as stale"));
    }

    @Test
    @Order(2)
    void sameProfileInTheUsUzbekistanAndNigerGetsThreeSourcedPicturesAndItsOwnFirstAvailableOption() {
        String us = ukProfile().replace("\"country\":\"GB\"", "\"country\":\"US\"");
        // the read model learns the US listings from access.events; wait for it rather than assume
        LocalPlatform.await(Duration.ofSeconds(30),
                () -> Boolean.TRUE.equals(recommend(us).get("options.find { it.id == 'letrozole-ribociclib' }.access.available")),
                "US listings in the recommendation read model");

        JsonPath inUs = recommend(us);
        // FDA-registered: the CDK4/6 combination itself is the first available option
        assertEquals(true, inUs.get("options.find { it.id == 'letrozole-ribociclib' }.firstAvailable"));
        // Medicare Part B payment limit (J3489, USD 17.673 per mg): 4 mg x 365.25 / 28 a year
        assertEquals("USD", inUs.getString("options.find { it.id == 'zoledronic-acid' }.cost.currency"));
        assertEquals(0, new BigDecimal("922.15").compareTo(new BigDecimal(
                inUs.getString("options.find { it.id == 'zoledronic-acid' }.cost.annualCost"))));
        assertEquals(false, inUs.get("options.find { it.id == 'zoledronic-acid' }.cost.affordability.catastrophic"));
        assertEquals(2025, (Integer) inUs.get("options.find { it.id == 'zoledronic-acid' }.cost.affordability.gniYear"));

        JsonPath inUzbekistan = recommend(us.replace("\"country\":\"US\"", "\"country\":\"UZ\""));
        // limited tier: no source on ribociclib, and the tier rule does not expect it
        assertNull(inUzbekistan.get("options.find { it.id == 'letrozole-ribociclib' }.access.available"));
        assertEquals(false, inUzbekistan.get("options.find { it.id == 'letrozole-ribociclib' }.access.expectedAtTier"));
        // tamoxifen is sourced as free for oncology outpatients, so it, not an expectation, comes first
        assertEquals(true, inUzbekistan.get("options.find { it.id == 'tamoxifen' }.access.available"));
        assertEquals(true, inUzbekistan.get("options.find { it.id == 'tamoxifen' }.firstAvailable"));
        assertNull(inUzbekistan.get("options.find { it.id == 'zoledronic-acid' }.cost.annualCost"));

        JsonPath inNiger = recommend(us.replace("\"country\":\"US\"", "\"country\":\"NE\""));
        // basic tier, no agent-level source: only the tier rule's expectation, never shown as availability
        assertNull(inNiger.get("options.find { it.id == 'tamoxifen' }.access.available"));
        assertEquals(true, inNiger.get("options.find { it.id == 'tamoxifen' }.access.expectedAtTier"));
        assertEquals(true, inNiger.get("options.find { it.id == 'tamoxifen' }.firstAvailable"));
        assertNull(inNiger.get("options.find { it.id == 'letrozole-ribociclib' }.firstAvailable"));
        // sourced: the national cancer centre's radiotherapy
        assertEquals(true, inNiger.get("options.find { it.id == 'radiotherapy-8gy-single-fraction' }.access.available"));
    }

    @Test
    @Order(2)
    void accessLookupsGoThroughTheGateway() {
        given().header("X-API-Key", PARTNER).queryParam("incomeGroup", "low").queryParam("size", 100)
                .get(gateway() + "/api/v1/countries").then().statusCode(200)
                .body("total", equalTo(25)).body("items.code", hasItem("NE"));
        given().header("X-API-Key", PARTNER).queryParam("incomeGroup", "middle")
                .get(gateway() + "/api/v1/countries").then().statusCode(400)
                .contentType("application/problem+json");
        // one drug across countries: registered in the US, Brazil and China, priced in the UK and the US
        given().header("X-API-Key", PARTNER).get(gateway() + "/api/v1/drugs/palbociclib/availability").then()
                .statusCode(200)
                .body("US.registered", equalTo(true)).body("BR.reimbursed", equalTo(true))
                .body("CN.reimbursed", equalTo(true)).body("GB.price.currency", equalTo("GBP"))
                .body("US.price.currency", equalTo("USD"));
        given().header("X-API-Key", PARTNER).contentType(ContentType.JSON).body("""
                {"country":"US","regimens":[{"id":"zol","agents":["zoledronic acid"]},{"id":"rt","agents":[],"radiotherapy":true}]}""")
                .post(gateway() + "/api/v1/costs/regimens").then().statusCode(200)
                .body("regimens.find { it.id == 'zol' }.annualCost", equalTo(922.15f))
                .body("regimens.find { it.id == 'rt' }.available", equalTo(true));
        // the drug catalogue covers every agent the evidence service knows (radiotherapy is a country fact, not a drug)
        List<String> agents = given().header("X-API-Key", PARTNER).queryParam("size", 500)
                .get(gateway() + "/api/v1/treatments").jsonPath().getList("items.findAll { it.modality != 'radiotherapy' }.inn");
        List<String> catalogue = given().header("X-API-Key", PARTNER).get(gateway() + "/api/v1/countries/NE")
                .jsonPath().getList("formulary.inn");
        assertEquals(List.of(), agents.stream().filter(inn -> !catalogue.contains(inn)).toList());
    }

    @Test
    @Order(2)
    void evidenceReadsAndGradingGoThroughTheGateway() {
        given().header("X-API-Key", PARTNER).get(gateway() + "/api/v1/treatments/denosumab/forest-plot.svg").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.containsString("image/svg+xml"))
                .body(org.hamcrest.Matchers.containsString("data-trial=\"STOPECK-2010\""));
        given().header("X-API-Key", PARTNER).contentType(ContentType.JSON).body("""
                {"form":"2a","controlMedianMonths":41.5,"experimentalMedianMonths":53.7,"hazardRatio":0.73,
                 "ciLower":0.59,"ciUpper":0.90}""").post(gateway() + "/api/v1/mcbs/grade").then().statusCode(200)
                .body("finalGrade", equalTo(4));
        given().header("X-API-Key", PARTNER).contentType(ContentType.JSON).body("""
                {"form":"2a","controlMedianMonths":41.5,"hazardRatio":1.2,"ciLower":0.9,"ciUpper":1.5}""")
                .post(gateway() + "/api/v1/mcbs/grade").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("hazardRatio"));
        given().header("X-API-Key", PARTNER).get(gateway() + "/api/v1/treatments/ribociclib?country=GB").then()
                .statusCode(200).body("comparativeProfile.profileId", equalTo("cdk46_inhibitor"))
                .body("access.formulary.price.source", org.hamcrest.Matchers.containsString("NICE"))
                .body("partial", equalTo(false));
        given().header("X-API-Key", PARTNER).get(gateway() + "/api/v1/trials/NOT-A-TRIAL").then().statusCode(404)
                .contentType("application/problem+json");
        long outcome = given().header("X-API-Key", PARTNER).get(gateway() + "/api/v1/trials/INAVO120").jsonPath()
                .getLong("outcomes.find { it.endpoint == 'OS' }.id");
        given().header("X-API-Key", PARTNER).get(gateway() + "/api/v1/trials/INAVO120/outcomes/" + outcome + "/fhir")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("application/fhir+json"))
                .body("resourceType", equalTo("Bundle"))
                .body("entry.find { it.resource.resourceType == 'Evidence' }.resource.statistic[0].quantity.value",
                        equalTo(0.67f));
    }

    @Test
    @Order(2)
    void cohortGoesThroughTheGatewayWithPerProfileErrors() {
        String bad = ukProfile().replace("\"her2\":\"negative\"", "\"her2\":\"maybe\"");
        given().header("X-API-Key", PARTNER).contentType(ContentType.JSON)
                .body("{\"profiles\":[" + ukProfile() + "," + bad + "]}")
                .post(gateway() + "/api/v1/recommendations/batch").then().statusCode(200)
                .body("answered", equalTo(1)).body("rejected", equalTo(1))
                .body("items[0].recommendation.subtype", equalTo("HR+/HER2-"))
                .body("items[1].problem.violations[0].field", equalTo("profiles[1].tumour.her2"));
    }

    /**
     * Two gateway replicas share one key's quota: ops issues a key of 10 requests per minute on one, requests
     * alternate between both, and exactly 10 are served in all; the rest are 429 problems with Retry-After and the
     * RateLimit fields.
     */
    @Test
    @Order(3)
    void aKeysQuotaHoldsAcrossTwoGatewayReplicas() throws Exception {
        String second = platform.startExtraInstance("gateway");
        try {
            platform.awaitReady(second, Duration.ofSeconds(60));
            String key = given().header("X-API-Key", "local-ops-key").contentType(ContentType.JSON)
                    .body("{\"name\":\"e2e two replicas " + UUID.randomUUID() + "\",\"role\":\"partner\","
                            + "\"requestsPerMinute\":10}")
                    .post(gateway() + "/api/v1/admin/partner-keys").then().statusCode(201).extract().path("key");
            List<String> replicas = List.of(gateway(), platform.url(second));
            int[] servedBy = new int[2];
            int refused = 0;
            for (int i = 0; i < 30; i++) {
                Response r = given().header("X-API-Key", key)
                        .get(replicas.get(i % 2) + "/api/v1/countries/GB");
                if (r.statusCode() == 200) {
                    servedBy[i % 2]++;
                    assertEquals("10", r.header("RateLimit-Limit"));
                    assertNotNull(r.header("RateLimit-Remaining"));
                } else {
                    assertEquals(429, r.statusCode(), r.asString());
                    assertEquals("application/problem+json", r.contentType().split(";")[0]);
                    assertNotNull(r.header("Retry-After"));
                    assertEquals("0", r.header("RateLimit-Remaining"));
                    refused++;
                }
            }
            assertEquals(10, servedBy[0] + servedBy[1], "served in all, by replica: " + Arrays.toString(servedBy));
            assertTrue(servedBy[0] > 0 && servedBy[1] > 0, "both replicas served: " + Arrays.toString(servedBy));
            assertEquals(20, refused);
        } finally {
            platform.stopService(second);
        }
    }

    /**
     * One merged recommendation is one trace: the partner's trace context is joined, the gateway's server span calls
     * recommendation-service through a client span, and recommendation-service's server span is that call's child.
     */
    @Test
    @Order(2)
    void oneRecommendationIsOneTraceFromTheGatewayToRecommendationService() {
        String traceId = randomHex(16);
        String partnerSpan = randomHex(8);
        given().header("X-API-Key", PARTNER).header("traceparent", "00-" + traceId + "-" + partnerSpan + "-01")
                .contentType(ContentType.JSON).body(ukProfile()).post(gateway() + "/api/v1/recommendations").then()
                .statusCode(200);
        List<Received> trace = awaitSpan(traceId, "recommendation-service", SpanKind.SPAN_KIND_SERVER);

        Received gatewayServer = only(trace, "gateway", SpanKind.SPAN_KIND_SERVER);
        assertEquals(partnerSpan, gatewayServer.parentSpanId(), "the gateway joins the partner's trace: " + trace);
        List<Received> gatewayCalls = of(trace, "gateway", SpanKind.SPAN_KIND_CLIENT);
        assertTrue(!gatewayCalls.isEmpty(), "the gateway's call to recommendation-service is a span: " + trace);
        gatewayCalls.forEach(call -> assertTrue(descendsFrom(trace, call, gatewayServer),
                "each call is part of the partner's request: " + trace));
        Received answer = only(trace, "recommendation-service", SpanKind.SPAN_KIND_SERVER);
        assertTrue(gatewayCalls.stream().anyMatch(c -> c.spanId().equals(answer.parentSpanId())),
                "recommendation-service answers the gateway's call: " + trace);
    }

    /**
     * One curator change is one trace from the curator's request to every consumer: the gateway, the owning service,
     * its outbox relay's publish (from the trace context stored with the outbox row) and each processing of the
     * record by a recommendation-service replica.
     */
    @Test
    @Order(2)
    void oneCuratorChangeIsOneTraceThroughTheOutboxAndKafkaToEveryConsumer() {
        String traceId = randomHex(16);
        String curatorSpan = randomHex(8);
        long version = listingVersion("GB", "tamoxifen");
        given().header("X-API-Key", CURATOR).header("traceparent", "00-" + traceId + "-" + curatorSpan + "-01")
                .contentType(ContentType.JSON).body(price(version, "2.20"))
                .put(gateway() + "/api/v1/countries/GB/prices/tamoxifen").then().statusCode(200);
        List<Received> trace = awaitSpan(traceId, "recommendation-service", SpanKind.SPAN_KIND_CONSUMER);

        Received gatewayServer = only(trace, "gateway", SpanKind.SPAN_KIND_SERVER);
        assertEquals(curatorSpan, gatewayServer.parentSpanId(), trace.toString());
        Received owner = only(trace, "access-cost-service", SpanKind.SPAN_KIND_SERVER);
        assertTrue(of(trace, "gateway", SpanKind.SPAN_KIND_CLIENT).stream()
                .anyMatch(c -> c.spanId().equals(owner.parentSpanId()) && descendsFrom(trace, c, gatewayServer)),
                "access-cost-service serves the gateway's call: " + trace);
        Received publish = only(trace, "access-cost-service", SpanKind.SPAN_KIND_PRODUCER);
        assertTrue(descendsFrom(trace, publish, owner),
                "the relay publishes within the change's request, not in a trace of its own: " + trace);
        List<Received> consumed = trace.stream().filter(s -> s.kind() == SpanKind.SPAN_KIND_CONSUMER).toList();
        consumed.forEach(c -> assertEquals(publish.spanId(), c.parentSpanId(),
                "each consumer continues from the publish: " + trace));
        assertTrue(consumed.stream().anyMatch(c -> c.service().equals("recommendation-service")), trace.toString());
    }

    static List<Received> awaitSpan(String traceId, String service, SpanKind kind) {
        LocalPlatform.await(Duration.ofSeconds(20), () -> !of(platform.collector.trace(traceId), service, kind).isEmpty(),
                "a " + kind + " span of " + service + " in trace " + traceId);
        sleep(1000); // the other services' last spans of the trace, exported on their own schedules
        return platform.collector.trace(traceId);
    }

    static List<Received> of(List<Received> trace, String service, SpanKind kind) {
        return trace.stream().filter(s -> s.service().equals(service) && s.kind() == kind).toList();
    }

    static Received only(List<Received> trace, String service, SpanKind kind) {
        List<Received> found = of(trace, service, kind);
        assertEquals(1, found.size(), "one " + kind + " span of " + service + ": " + trace);
        return found.get(0);
    }

    /** Whether {@code ancestor} is {@code span} or one of its ancestors within the trace. */
    static boolean descendsFrom(List<Received> trace, Received span, Received ancestor) {
        Map<String, Received> byId = new HashMap<>();
        trace.forEach(s -> byId.put(s.spanId(), s));
        for (Received s = span; s != null; s = byId.get(s.parentSpanId())) {
            if (s.spanId().equals(ancestor.spanId())) {
                return true;
            }
        }
        return false;
    }

    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros, which W3C trace context calls invalid
        return HexFormat.of().formatHex(b);
    }

    @Test
    @Order(3)
    void curatorPriceChangeShowsInTheNextAnswersWithinSeconds() {
        BigDecimal before = letrozoleCost(recommend(ukProfile()));
        long version = listingVersion("GB", "letrozole");
        given().header("X-API-Key", CURATOR).contentType(ContentType.JSON).body(price(version, "3.04"))
                .put(gateway() + "/api/v1/countries/GB/prices/letrozole").then().statusCode(200);
        // recommendation-service can only learn the new price from access.events, over the broker
        LocalPlatform.await(Duration.ofSeconds(10), () -> {
            BigDecimal now = letrozoleCost(recommend(ukProfile()));
            return now != null && now.compareTo(before) != 0;
        }, "the new letrozole price in a recommendation");
        assertEquals(0, new BigDecimal("39.66").compareTo(letrozoleCost(recommend(ukProfile()))),
                "GBP 3.04 per 28 tablets, daily: 365.25 / 28 x 3.04");
    }

    @Test
    @Order(4)
    void trialCorrectionReachesTheRecommendationReadModel() {
        JsonPath trial = given().header("X-API-Key", PARTNER).get(gateway() + "/api/v1/trials/STOPECK-2010").then()
                .statusCode(200).extract().jsonPath();
        long outcomeId = trial.getLong("outcomes.find { it.endpoint == 'TIME_TO_FIRST_SRE' }.id");
        Map<String, Object> correction = new HashMap<>();
        correction.put("version", trial.getLong("version"));
        correction.put("endpoint", "TIME_TO_FIRST_SRE");
        correction.put("analysis", "e2e correction");
        correction.put("controlMedianMonths", 26.4);
        correction.put("hazardRatio", 0.83);
        correction.put("ciLower", 0.71);
        correction.put("ciUpper", 0.95);
        correction.put("doi", "10.1200/JCO.2010.29.7101");
        given().header("X-API-Key", CURATOR).contentType(ContentType.JSON).body(correction)
                .put(gateway() + "/api/v1/trials/STOPECK-2010/outcomes/" + outcomeId).then().statusCode(200);
        // asked directly, recommendation-service can only know this from evidence.events
        LocalPlatform.await(Duration.ofSeconds(10), () -> "e2e correction".equals(TestCredentials.as(Roles.PARTNER)
                .contentType(ContentType.JSON).body(ukProfile())
                .post(platform.url("recommendation-service") + "/api/v1/recommendations")
                .jsonPath().getString("options.find { it.id == 'denosumab' }.evidence[0].analysis")),
                "the corrected outcome in recommendation-service's read model");
    }

    @Test
    @Order(5)
    void accessServiceDownLeavesAnswersComplete() throws Exception {
        platform.stopService("access-cost-service");
        try {
            // recommendation-service answers from its snapshot of access.events: no call to access at request time
            given().header("X-API-Key", PARTNER).contentType(ContentType.JSON).body(ukProfile())
                    .post(gateway() + "/api/v1/recommendations").then().statusCode(200)
                    .body("partial", equalTo(false))
                    // costed from the snapshot (the GB denosumab price is withheld as stale, so ribociclib's is read)
                    .body("options.find { it.id == 'letrozole-ribociclib' }.cost.currency", equalTo("GBP"))
                    .body("options.find { it.id == 'denosumab' }.evidence.size()", greaterThan(0));
        } finally {
            platform.startService("access-cost-service");
            platform.awaitReady("access-cost-service", Duration.ofSeconds(90));
        }
    }

    @Test
    @Order(6)
    void brokerOutageDelaysAChangeButNeverLosesIt() throws Exception {
        platform.stopBroker();
        String source = "e2e outage price list " + System.nanoTime();
        try {
            long version = listingVersion("GB", "tamoxifen");
            Map<String, Object> body = price(version, "2.20");
            body.put("source", source);
            given().header("X-API-Key", CURATOR).contentType(ContentType.JSON).body(body)
                    .put(gateway() + "/api/v1/countries/GB/prices/tamoxifen").then().statusCode(200);
            // the broker stays down longer than the producer's delivery timeout (12 s) and the relay's wait for the
            // acknowledgement (15 s): the send fails, is recorded, and must be retried once the broker is back
            LocalPlatform.await(Duration.ofSeconds(60), () -> outboxAttempts(source) > 0,
                    "the relay to record a failed attempt while the broker is down");
            assertNull(outboxSentAt(source), "with the broker down the event must wait in the outbox");
        } finally {
            platform.startBroker(false);
        }
        LocalPlatform.await(Duration.ofSeconds(60), () -> outboxSentAt(source) != null, "the outbox row to be sent");
        // tamoxifen 20 mg daily at GBP 2.20 per 28 tablets: 365.25 / 28 x 2.20
        BigDecimal expected = new BigDecimal("28.70");
        LocalPlatform.await(Duration.ofSeconds(60), () -> knownAnnualCost("GB", "tamoxifen") != null
                && expected.compareTo(knownAnnualCost("GB", "tamoxifen")) == 0,
                "recommendation-service's snapshot to receive the change");
    }

    @Test
    @Order(7)
    void thousandCuratorChangesAcrossABrokerKillAllBecomeVisibleOnce() throws Exception {
        // 1,000 distinct listings (40 catalogue drugs in 25 countries with nothing on file), each priced once
        List<String> countries = given().header("X-API-Key", PARTNER).get(gateway() + "/api/v1/countries?size=300")
                .then().statusCode(200).extract().jsonPath().getList("items.code");
        List<String> drugs = given().header("X-API-Key", PARTNER).get(gateway() + "/api/v1/countries/GB").then()
                .statusCode(200).extract().jsonPath().getList("formulary.inn");
        List<String> targets = new ArrayList<>();
        for (String country : countries) {
            if (targets.size() == 25) {
                break;
            }
            if (knownListings(country).isEmpty() && !country.equals("GB")) {
                targets.add(country);
            }
        }
        assertEquals(25, targets.size());
        assertTrue(drugs.size() >= 40, "the catalogue holds at least 40 drugs");
        List<String[]> changes = new ArrayList<>();
        for (String country : targets) {
            for (String inn : drugs.subList(0, 40)) {
                changes.add(new String[] {country, inn});
            }
        }
        String run = "e2e-1000-" + System.nanoTime();
        ExecutorService curators = Executors.newFixedThreadPool(4);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            String[] change = changes.get(i);
            String amount = amountFor(i);
            done.add(curators.submit(() -> {
                Map<String, Object> body = price(-1, amount);
                body.remove("version");
                body.put("source", run);
                // a curator's client retries what did not answer 200; a retry of a change that did land finds the
                // listing already carrying this run's source and stops, so no change is made twice
                for (int attempt = 0; ; attempt++) {
                    int status = given().header("X-API-Key", LocalPlatform.BULK_CURATOR_KEY)
                            .contentType(ContentType.JSON).body(body)
                            .put(gateway() + "/api/v1/countries/" + change[0] + "/prices/" + change[1]).statusCode();
                    if (status == 200 || attempt > 0 && curatedBy(change[0], change[1], run)) {
                        break;
                    }
                    retries.incrementAndGet();
                    statuses.merge(status, 1, Integer::sum);
                    sleep(500);
                }
                sent.incrementAndGet();
            }));
        }
        try {
            LocalPlatform.await(Duration.ofSeconds(120), () -> sent.get() >= 300, "300 changes before the kill");
            platform.killBroker();
            LocalPlatform.await(Duration.ofSeconds(120), () -> sent.get() >= 700, "700 changes while the broker is dead");
        } finally {
            platform.startBroker(false);
        }
        try {
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            curators.shutdownNow();
            System.out.printf("1,000 curator changes: %d retries, statuses before a retry %s%n", retries.get(), statuses);
        }

        // every change visible in recommendation-service's snapshot, at the version access-cost-service gave it
        LocalPlatform.await(Duration.ofSeconds(120), () -> {
            for (String country : targets) {
                Map<String, Map<String, Object>> known = knownListings(country);
                for (String inn : drugs.subList(0, 40)) {
                    Map<String, Object> entry = known.get(inn);
                    if (entry == null || !run.equals(((Map<?, ?>) entry.get("price")).get("source"))) {
                        return false;
                    }
                }
            }
            return true;
        }, "all 1,000 changes in recommendation-service's snapshot");
        for (int i = 0; i < changes.size(); i++) {
            String[] change = changes.get(i);
            Map<?, ?> price = (Map<?, ?>) knownListings(change[0]).get(change[1]).get("price");
            assertEquals(0, new BigDecimal(amountFor(i)).compareTo(new BigDecimal(price.get("amount").toString())),
                    change[0] + " " + change[1] + " has the amount sent for it");
        }
        // each change was recorded once and published once: one outbox row each, all sent
        try (Connection c = platform.database("access-cost-service");
                var ps = c.prepareStatement("SELECT count(*), count(sent_at), count(DISTINCT aggregate_id) "
                        + "FROM outbox_event WHERE payload::text LIKE ?")) {
            ps.setString(1, "%" + run + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1000, rs.getInt(1), "one outbox row per change");
                assertEquals(1000, rs.getInt(2), "every row sent");
                assertEquals(1000, rs.getInt(3), "one row per listing");
            }
        }
        // and the consumers did not stop: a change made now is still seen
        long version = listingVersion("GB", "letrozole");
        given().header("X-API-Key", CURATOR).contentType(ContentType.JSON).body(price(version, "3.10"))
                .put(gateway() + "/api/v1/countries/GB/prices/letrozole").then().statusCode(200);
        LocalPlatform.await(Duration.ofSeconds(10), () -> letrozoleCost(recommend(ukProfile())) != null
                && new BigDecimal("40.44").compareTo(letrozoleCost(recommend(ukProfile()))) == 0,
                "a change made after the broker came back, in the next answers");
    }

    @Test
    @Order(8)
    void brokerStorageLossHealsWithoutAManualStep() throws Exception {
        int listings = listingsOnFile();
        platform.stopServices();
        platform.stopBroker();
        // a new cluster with empty storage; every database keeps its data
        platform.startBroker(true);
        platform.startServices(Duration.ofSeconds(180));
        // the owners find their topics empty and republish what their databases hold; nobody is asked to
        LocalPlatform.await(Duration.ofSeconds(120), () -> {
            Map<String, Object> summary = TestCredentials.as(Roles.OPS).get(platform.url("recommendation-service")
                    + "/api/v1/admin/knowledge").then().statusCode(200).extract().jsonPath().getMap("");
            return ((Number) summary.get("countries")).intValue() >= 249
                    && ((Number) summary.get("listings")).intValue() >= listings;
        }, "every country and listing back in recommendation-service's snapshot");
        JsonPath answer = recommend(ukProfile());
        assertEquals(false, answer.getBoolean("partial"));
        assertTrue(answer.getList("options.find { it.id == 'denosumab' }.evidence").size() > 0,
                "evidence is back on the answers");
        assertEquals("GBP", answer.getString("options.find { it.id == 'letrozole-ribociclib' }.cost.currency"));
        assertEquals(0, new BigDecimal("40.44").compareTo(letrozoleCost(answer)), "the latest curated price survived");
    }

    @Test
    @Order(9)
    void recommendationServiceDownIsA503WithRetryAfter() throws Exception {
        platform.stopService("recommendation-service");
        given().header("X-API-Key", PARTNER).contentType(ContentType.JSON).body(ukProfile())
                .post(gateway() + "/api/v1/recommendations").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
    }

    static long listingVersion(String country, String inn) {
        return given().header("X-API-Key", PARTNER).get(gateway() + "/api/v1/countries/" + country).then()
                .statusCode(200).extract().jsonPath()
                .getLong("formulary.find { it.inn == '" + inn + "' }.version");
    }

    static Map<String, Object> price(long version, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("amount", new BigDecimal(amount));
        body.put("currency", "GBP");
        body.put("per", "pack of 28 tablets");
        body.put("packUnits", 28);
        body.put("unitStrengthMg", amount.equals("2.20") ? 20 : 2.5);
        body.put("source", "e2e price list");
        body.put("asOf", LocalDate.now().toString());
        return body;
    }

    static int outboxAttempts(String source) {
        try (Connection c = platform.database("access-cost-service");
                var ps = c.prepareStatement("SELECT attempts FROM outbox_event WHERE payload::text LIKE ? ")) {
            ps.setString(1, "%" + source + "%");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String outboxSentAt(String source) {
        try (Connection c = platform.database("access-cost-service");
                var ps = c.prepareStatement("SELECT sent_at FROM outbox_event WHERE payload::text LIKE ? ")) {
            ps.setString(1, "%" + source + "%");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What recommendation-service knows of one country's listings, by INN (its ops endpoint). */
    static Map<String, Map<String, Object>> knownListings(String country) {
        return TestCredentials.as(Roles.OPS).get(platform.url("recommendation-service")
                + "/api/v1/admin/knowledge/countries/" + country
                + "/listings").then().statusCode(200).extract().jsonPath().getMap("");
    }

    static BigDecimal knownAnnualCost(String country, String inn) {
        Map<String, Object> entry = knownListings(country).get(inn);
        return entry == null || entry.get("annualCost") == null ? null : new BigDecimal(entry.get("annualCost").toString());
    }

    /** Whether access-cost-service holds the listing with this run's price source. */
    static boolean curatedBy(String country, String inn, String source) {
        try (Connection c = platform.database("access-cost-service");
                var ps = c.prepareStatement("SELECT 1 FROM listing WHERE country_code = ? AND inn = ? AND price_source = ?")) {
            ps.setString(1, country);
            ps.setString(2, inn);
            ps.setString(3, source);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int listingsOnFile() {
        try (Connection c = platform.database("access-cost-service");
                var ps = c.prepareStatement("SELECT count(*) FROM listing");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A distinct, plausible pack price for the i-th change. */
    static String amountFor(int i) {
        return new BigDecimal(1000 + i).movePointLeft(2).toPlainString();
    }

    /**
     * Every metric of the platform's own that deploy/'s alert rules and dashboard name is exported by the running
     * services, under that very name, so no alert waits on a series that never comes; on the management port only.
     */
    @Test
    @Order(2)
    void everyMetricTheAlertsAndTheDashboardReadIsExported() throws Exception {
        // a refusal for its quota, so the per-partner counter, made at the first refusal, is there to be scraped
        String key = given().header("X-API-Key", "local-ops-key").contentType(ContentType.JSON)
                .body("{\"name\":\"e2e metrics " + UUID.randomUUID() + "\",\"role\":\"partner\","
                        + "\"requestsPerMinute\":1}")
                .post(gateway() + "/api/v1/admin/partner-keys").then().statusCode(201).extract().path("key");
        given().header("X-API-Key", key).get(gateway() + "/api/v1/countries/GB").then().statusCode(200);
        given().header("X-API-Key", key).get(gateway() + "/api/v1/countries/GB").then().statusCode(429);
        Path monitoring = platform.root.resolve("deploy/components/monitoring");
        String rules = Files.readString(monitoring.resolve("alerts.yaml"))
                + Files.readString(monitoring.resolve("dashboard.json"));
        Set<String> named = new TreeSet<>();
        Matcher m = Pattern.compile("\\b((?:bcbm|ft|http_server)_[a-z_]+)").matcher(rules);
        while (m.find()) {
            named.add(m.group(1));
        }
        assertTrue(named.size() >= 8, "the rules name the platform's metrics: " + named);
        StringBuilder exported = new StringBuilder();
        for (String service : LocalPlatform.SERVICES) {
            exported.append(given().get(platform.managementUrl(service) + "/q/metrics").then().statusCode(200)
                    .extract().asString());
            // the API's port serves the API only: health and metrics are for the kubelet and the scraper
            assertNotEquals(200, given().get(platform.url(service) + "/q/metrics").statusCode(), service);
        }
        Set<String> missing = new TreeSet<>();
        for (String metric : named) {
            if (!Pattern.compile("(?m)^" + metric + "[{ ]").matcher(exported).find()) {
                missing.add(metric);
            }
        }
        assertEquals(Set.of(), missing, "named by deploy/components/monitoring but exported by no service");
    }
}
