package org.bcbm.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
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
        Object cost = answer.get("options.find { it.id == 'hrpos.l1.ai-alone' }.cost.annualCost");
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
    @Order(2)
    void answerMergesSourcedCostAndEvidenceFromTheRealServices() {
        JsonPath answer = recommend(ukProfile());
        assertEquals(false, answer.getBoolean("partial"));
        assertEquals("MONALEESA-2", answer.getString("options[0].evidence[0].trialId"));
        assertEquals("Ribociclib as first-line therapy for HR-positive advanced breast cancer",
                answer.getString("options[0].evidence[0].trialName"));
        assertEquals("GBP", answer.getString("options.find { it.id == 'bone.denosumab' }.cost.currency"));
        assertEquals(0, new BigDecimal("4042.01").compareTo(new BigDecimal(
                answer.getString("options.find { it.id == 'bone.denosumab' }.cost.annualCost"))));
    }

    @Test
    @Order(2)
    void sameProfileInTheUsUzbekistanAndNigerGetsThreeSourcedPicturesAndItsOwnFirstAvailableOption() {
        String us = ukProfile().replace("\"country\":\"GB\"", "\"country\":\"US\"");
        // the read model learns the US listings from access.events; wait for it rather than assume
        LocalPlatform.await(Duration.ofSeconds(30),
                () -> Boolean.TRUE.equals(recommend(us).get("options.find { it.id == 'hrpos.l1.ai-ribociclib' }.access.available")),
                "US listings in the recommendation read model");

        JsonPath inUs = recommend(us);
        // FDA-registered: the CDK4/6 combination itself is the first available option
        assertEquals(true, inUs.get("options.find { it.id == 'hrpos.l1.ai-ribociclib' }.firstAvailable"));
        // Medicare Part B payment limit (J3489, USD 17.673 per mg): 4 mg x 365.25 / 28 a year
        assertEquals("USD", inUs.getString("options.find { it.id == 'bone.zoledronic-acid' }.cost.currency"));
        assertEquals(0, new BigDecimal("922.15").compareTo(new BigDecimal(
                inUs.getString("options.find { it.id == 'bone.zoledronic-acid' }.cost.annualCost"))));
        assertEquals(false, inUs.get("options.find { it.id == 'bone.zoledronic-acid' }.cost.affordability.catastrophic"));
        assertEquals(2025, (Integer) inUs.get("options.find { it.id == 'bone.zoledronic-acid' }.cost.affordability.gniYear"));

        JsonPath inUzbekistan = recommend(us.replace("\"country\":\"US\"", "\"country\":\"UZ\""));
        // limited tier: no source on ribociclib, and the tier rule does not expect it
        assertNull(inUzbekistan.get("options.find { it.id == 'hrpos.l1.ai-ribociclib' }.access.available"));
        assertEquals(false, inUzbekistan.get("options.find { it.id == 'hrpos.l1.ai-ribociclib' }.access.expectedAtTier"));
        // tamoxifen is sourced as free for oncology outpatients, so it, not an expectation, comes first
        assertEquals(true, inUzbekistan.get("options.find { it.id == 'hrpos.l1.tamoxifen' }.access.available"));
        assertEquals(true, inUzbekistan.get("options.find { it.id == 'hrpos.l1.tamoxifen' }.firstAvailable"));
        assertNull(inUzbekistan.get("options.find { it.id == 'bone.zoledronic-acid' }.cost.annualCost"));

        JsonPath inNiger = recommend(us.replace("\"country\":\"US\"", "\"country\":\"NE\""));
        // basic tier, no agent-level source: only the tier rule's expectation, never shown as availability
        assertNull(inNiger.get("options.find { it.id == 'hrpos.l1.tamoxifen' }.access.available"));
        assertEquals(true, inNiger.get("options.find { it.id == 'hrpos.l1.tamoxifen' }.access.expectedAtTier"));
        assertEquals(true, inNiger.get("options.find { it.id == 'hrpos.l1.tamoxifen' }.firstAvailable"));
        assertNull(inNiger.get("options.find { it.id == 'hrpos.l1.ai-ribociclib' }.firstAvailable"));
        // sourced: the national cancer centre's radiotherapy
        assertEquals(true, inNiger.get("options.find { it.id == 'bone.rt.single-fraction' }.access.available"));
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

    @Test
    @Order(3)
    void curatorPriceChangeShowsInTheNextAnswersWithinSeconds() {
        BigDecimal before = letrozoleCost(recommend(ukProfile())); // also fills the gateway's cache
        long version = listingVersion("GB", "letrozole");
        given().header("X-API-Key", CURATOR).contentType(ContentType.JSON).body(price(version, "3.04"))
                .put(gateway() + "/api/v1/countries/GB/prices/letrozole").then().statusCode(200);
        // the gateway caches costs for minutes: only the event over the broker can make it drop the old one
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
        LocalPlatform.await(Duration.ofSeconds(10), () -> "e2e correction".equals(given().contentType(ContentType.JSON)
                .body(ukProfile()).post(platform.url("recommendation-service") + "/api/v1/recommendations")
                .jsonPath().getString("options.find { it.id == 'bone.denosumab' }.evidence[0].analysis")),
                "the corrected outcome in recommendation-service's read model");
    }

    @Test
    @Order(5)
    void accessServiceDownGivesAPartialAnswer() throws Exception {
        platform.stopService("access-cost-service");
        try {
            given().header("X-API-Key", PARTNER).contentType(ContentType.JSON)
                    .body(ukProfile().replace("\"GB\"", "\"IN\""))
                    .post(gateway() + "/api/v1/recommendations").then().statusCode(200)
                    .body("partial", equalTo(true)).body("degraded", equalTo(List.of("access")))
                    .body("options.size()", org.hamcrest.Matchers.greaterThan(0));
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
        LocalPlatform.await(Duration.ofSeconds(60), () -> expected.equals(readModelAnnualCost("GB", "tamoxifen")),
                "recommendation-service's read model to receive the change");
    }

    @Test
    @Order(7)
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

    static BigDecimal readModelAnnualCost(String country, String inn) {
        try (Connection c = platform.database("recommendation-service");
                var ps = c.prepareStatement("SELECT annual_cost FROM rm_listing WHERE country_code = ? AND inn = ?")) {
            ps.setString(1, country);
            ps.setString(2, inn);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1) : null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
