package org.bcbm.access;

import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bcbm.testsupport.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Country profiles, regimen costs and curators' price changes, against real PostgreSQL and Kafka. */
@QuarkusTest
class CountryResourceTest {

    @Test
    void countryProfileCarriesIncomeGroupDerivedTierAndSourcedPrices() {
        asGateway().get("/api/v1/countries/GB").then().statusCode(200)
                .body("incomeGroup", equalTo("high")).body("incomeGroupYear", equalTo(2027))
                .body("tier", equalTo("maximal")).body("tierSource", equalTo("derived"))
                .body("formulary.find { it.inn == 'pertuzumab' }.price.amount", equalTo(2395.0f))
                .body("formulary.find { it.inn == 'pertuzumab' }.price.source", containsString("NICE TA509"))
                .body("formulary.find { it.inn == 'pertuzumab' }.annualCost", equalTo(41655.89f))
                .body("formulary.find { it.inn == 'zoledronic acid' }.onWhoEssentialList", equalTo(true));
    }

    @Test
    void everyWorldBankEconomyHasTheCurrentFiscalYearsIncomeGroupAndDerivedTier() {
        // Kenya and Afghanistan were never curated by hand: their group comes from the FY2027 classification
        asGateway().get("/api/v1/countries/KE").then().statusCode(200)
                .body("incomeGroup", equalTo("lower_middle")).body("incomeGroupYear", equalTo(2027))
                .body("incomeGroupSource", containsString("FY2027")).body("tier", equalTo("limited"))
                .body("gniPerCapitaYear", equalTo(2025)).body("gniPerCapitaSource", containsString("NY.GNP.PCAP.CD"));
        asGateway().get("/api/v1/countries/AF").then().statusCode(200)
                .body("incomeGroup", equalTo("low")).body("tier", equalTo("basic"));
        // the World Bank classifies the Channel Islands as one economy
        asGateway().get("/api/v1/countries/GG").then().statusCode(200)
                .body("incomeGroup", equalTo("high")).body("incomeGroupSource", containsString("Channel Islands"));
        asGateway().queryParam("incomeGroup", "low").queryParam("size", 100).get("/api/v1/countries").then()
                .statusCode(200).body("total", equalTo(25));
    }

    @Test
    void essentialListStatusIsThe2025ListAndSaysWhatItListsTheMedicineFor() {
        asGateway().get("/api/v1/countries/NE").then().statusCode(200)
                .body("formulary.find { it.inn == 'trastuzumab' }.whoEmlYear", equalTo(2025))
                .body("formulary.find { it.inn == 'trastuzumab' }.whoEmlIndication", containsString("HER2-positive"))
                // on the list, but not for breast cancer: the indication says so
                .body("formulary.find { it.inn == 'gemcitabine' }.onWhoEssentialList", equalTo(true))
                .body("formulary.find { it.inn == 'gemcitabine' }.whoEmlIndication",
                        containsString("not listed for breast cancer"))
                .body("formulary.find { it.inn == 'palbociclib' }.onWhoEssentialList", equalTo(false))
                // a biosimilar approval is a sourced fact; no approval found stays unknown
                .body("formulary.find { it.inn == 'denosumab' }.genericExists", equalTo(true))
                .body("formulary.find { it.inn == 'denosumab' }.genericSource", containsString("2024"))
                .body("formulary.find { it.inn == 'ribociclib' }.genericExists", nullValue())
                // formulations and strengths carry their source: the EML where it lists them, else the label
                .body("formulary.find { it.inn == 'trastuzumab' }.formulations", containsString("150 mg"))
                .body("formulary.find { it.inn == 'ribociclib' }.formulationsSource", containsString("Kisqali"))
                .body("formulary.find { it.inn == 'epirubicin' }.formulations", nullValue());
    }

    @Test
    void territoryTheWorldBankDoesNotClassifyHasNoTierAndNoGni() {
        asGateway().get("/api/v1/countries/AQ").then().statusCode(200)
                .body("incomeGroup", nullValue()).body("tier", nullValue()).body("gniPerCapitaUsd", nullValue());
        // the Channel Islands' GNI covers both islands, so neither island gets it
        asGateway().get("/api/v1/countries/JE").then().statusCode(200)
                .body("incomeGroup", equalTo("high")).body("gniPerCapitaUsd", nullValue());
    }

    @Test
    void pricesConvertToUsdOnlyWithADatedRate() {
        asGateway().get("/api/v1/countries/GB").then().statusCode(200)
                // GBP 41,655.89 a year at the HMRC 2025 yearly average of USD 1.3156 per GBP
                .body("formulary.find { it.inn == 'pertuzumab' }.annualCostUsd", equalTo(54802.49f))
                .body("formulary.find { it.inn == 'pertuzumab' }.usdRate.usdPerUnit", equalTo(1.3156f))
                .body("formulary.find { it.inn == 'pertuzumab' }.usdRate.asOf", equalTo("2025-12-31"))
                .body("formulary.find { it.inn == 'pertuzumab' }.usdRate.source", containsString("HMRC"));
    }

    @Test
    void tierRuleIsAnExpectationNeverAnAvailability() {
        asGateway().get("/api/v1/countries/NE").then().statusCode(200)
                .body("tier", equalTo("basic"))
                .body("formulary.find { it.inn == 'tamoxifen' }.expectedAtTier", equalTo(true))
                .body("formulary.find { it.inn == 'ribociclib' }.expectedAtTier", equalTo(false))
                .body("formulary.find { it.inn == 'ribociclib' }.available", nullValue())
                .body("formulary.find { it.inn == 'alpelisib' }.requiresTest", containsString("PIK3CA"));
    }

    @Test
    void affordabilityNeedsAUsdCostAndASourcedGni() {
        Map<String, Object> price = validPrice(null);
        price.put("amount", 0.05);
        price.put("per", "1 mg tablet");
        price.put("unitStrengthMg", 1);
        price.put("source", "test price list");
        asGateway().contentType(ContentType.JSON).body(price).put("/api/v1/countries/NG/prices/anastrozole").then()
                .statusCode(200)
                // 365.25 tablets at USD 0.05 = USD 18.26, against Nigeria's 2025 GNI per capita of USD 1,360
                .body("affordability.shareOfGniPerCapita", equalTo(0.0134f))
                .body("affordability.catastrophic", equalTo(false))
                .body("affordability.gniYear", equalTo(2025));
    }

    @Test
    void curatorTierOverrideNeedsAReasonAndTheVersion() {
        long version = asGateway().get("/api/v1/countries/BR").jsonPath().getLong("version");
        asGateway().contentType(ContentType.JSON).body(Map.of("version", version, "tier", "maximal"))
                .put("/api/v1/countries/BR/tier").then().statusCode(400).body("violations.field", hasItem("reason"));
        asGateway().contentType(ContentType.JSON).body(Map.of("version", version + 9, "tier", "maximal", "reason", "r"))
                .put("/api/v1/countries/BR/tier").then().statusCode(409);
        asGateway().contentType(ContentType.JSON).body(Map.of("version", version, "tier", "maximal",
                "reason", "national programme covers CDK4/6 inhibitors (test)"))
                .put("/api/v1/countries/BR/tier").then().statusCode(200)
                .body("tier", equalTo("maximal")).body("tierSource", equalTo("override"))
                .body("formulary.find { it.inn == 'ribociclib' }.expectedAtTier", equalTo(true));
    }

    @Test
    void diagnosticsAreSourcedOrOnlyExpectedByTier() {
        asGateway().get("/api/v1/countries/UZ").then().statusCode(200)
                .body("diagnostics.ngs.available", nullValue())
                .body("diagnostics.ngs.expectedAtTier", equalTo(false))
                .body("diagnostics.ihc.expectedAtTier", equalTo(true));
        long version = asGateway().get("/api/v1/countries/CN").jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("ihc", true);
        body.put("ish", true);
        body.put("ngs", null);
        body.put("source", "test registry of laboratories");
        body.put("asOf", LocalDate.now().toString());
        asGateway().contentType(ContentType.JSON).body(body).put("/api/v1/countries/CN/diagnostics").then().statusCode(200)
                .body("diagnostics.ish.available", equalTo(true)).body("diagnostics.ngs.available", nullValue())
                .body("diagnostics.source", equalTo("test registry of laboratories"));
        asGateway().contentType(ContentType.JSON).body(body).put("/api/v1/countries/CN/diagnostics").then().statusCode(409);
    }

    @Test
    void unknownFactsStayUnknown() {
        asGateway().get("/api/v1/countries/UZ").then().statusCode(200)
                .body("tier", equalTo("limited"))
                .body("formulary.find { it.inn == 'denosumab' }.available", nullValue())
                .body("formulary.find { it.inn == 'denosumab' }.price", nullValue());
    }

    @Test
    void everyIsoCountryExistsEvenWithoutCuratedFacts() {
        // Bouvet Island is ISO 3166-1 but no World Bank economy: it exists, with nothing guessed
        asGateway().get("/api/v1/countries/BV").then().statusCode(200)
                .body("name", equalTo("Bouvet Island")).body("incomeGroup", nullValue()).body("tier", nullValue());
        asGateway().queryParam("size", 1).get("/api/v1/countries").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(240));
    }

    @Test
    void unknownCountryIsA404Problem() {
        asGateway().get("/api/v1/countries/QQ").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void regimenCostSumsItsAgentsAndSaysWhatIsMissing() {
        Map<String, Object> request = Map.of("country", "GB", "regimens", List.of(
                Map.of("id", "ai-cdk", "agents", List.of("letrozole", "ribociclib"), "radiotherapy", false),
                Map.of("id", "za", "agents", List.of("zoledronic acid"), "radiotherapy", false)));
        asGateway().contentType(ContentType.JSON).body(request).post("/api/v1/costs/regimens").then().statusCode(200)
                .body("tier", equalTo("maximal"))
                .body("regimens.find { it.id == 'ai-cdk' }.annualCost", equalTo(38501.53f))
                .body("regimens.find { it.id == 'ai-cdk' }.currency", equalTo("GBP"))
                .body("regimens.find { it.id == 'ai-cdk' }.available", equalTo(true))
                .body("regimens.find { it.id == 'za' }.annualCost", nullValue())
                .body("regimens.find { it.id == 'za' }.costNote", containsString("no sourced price"))
                .body("regimens.find { it.id == 'za' }.available", nullValue());
    }

    @Test
    void regimenCostRequestIsValidated() {
        asGateway().contentType(ContentType.JSON).body(Map.of("country", "gb", "regimens", List.of()))
                .post("/api/v1/costs/regimens").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("country"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "amount | 0 | amount",
            "amount | -5 | amount",
            "currency | usd | currency",
            "currency | XYZ | currency",
            "source | '' | source",
            "asOf | 2999-01-01 | asOf"})
    void priceValidationNamesTheField(String field, String value, String expectedField) {
        Map<String, Object> body = validPrice(null);
        body.put(field, value);
        asGateway().contentType(ContentType.JSON).body(body).put("/api/v1/countries/NE/prices/tamoxifen").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(expectedField));
    }

    @Test
    void priceForUnknownDrugOrCountryIsA404() {
        asGateway().contentType(ContentType.JSON).body(validPrice(null)).put("/api/v1/countries/NE/prices/unobtainium")
                .then().statusCode(404).contentType("application/problem+json");
        asGateway().contentType(ContentType.JSON).body(validPrice(null)).put("/api/v1/countries/QQ/prices/tamoxifen")
                .then().statusCode(404);
    }

    @Test
    void curatorPriceChangeIsVersionedComputedAndPublished() {
        Map<String, Object> first = validPrice(null);
        first.put("source", "test price list " + System.nanoTime());
        long v1 = asGateway().contentType(ContentType.JSON).body(first).put("/api/v1/countries/MW/prices/letrozole")
                .then().statusCode(200)
                // letrozole daily: 365.25 tablets a year at USD 2.80 each
                .body("annualCost", equalTo(1022.70f))
                .extract().jsonPath().getLong("version");

        // changing an existing listing needs the version read; a stale one is a conflict
        asGateway().contentType(ContentType.JSON).body(validPrice(null)).put("/api/v1/countries/MW/prices/letrozole")
                .then().statusCode(400).body("violations.field", hasItem("version"));
        asGateway().contentType(ContentType.JSON).body(validPrice(v1 + 5)).put("/api/v1/countries/MW/prices/letrozole")
                .then().statusCode(409).contentType("application/problem+json");

        Map<String, Object> second = validPrice(v1);
        second.put("amount", 3.10);
        second.put("source", "test price list " + System.nanoTime());
        long v2 = asGateway().contentType(ContentType.JSON).body(second).put("/api/v1/countries/MW/prices/letrozole")
                .then().statusCode(200).body("price.amount", equalTo(3.10f)).extract().jsonPath().getLong("version");
        assertTrue(v2 > v1);

        String source = (String) second.get("source");
        var event = Topics.await("test.access.events", Duration.ofSeconds(20),
                r -> "MW:letrozole".equals(r.key()) && r.value().contains(source));
        assertTrue(event.isPresent(), "the price change must reach test.access.events");
        assertTrue(event.get().value().contains("\"aggregateVersion\":" + v2));
    }

    @Test
    void availabilityChangeKeepsUnknownAsNull() {
        Map<String, Object> body = new HashMap<>();
        body.put("registered", true);
        body.put("reimbursed", null);
        body.put("source", "test registry extract");
        body.put("asOf", LocalDate.now().toString());
        asGateway().contentType(ContentType.JSON).body(body).put("/api/v1/countries/NG/availability/tamoxifen").then()
                .statusCode(200).body("available", equalTo(true)).body("reimbursed", nullValue());
    }

    static Map<String, Object> validPrice(Long version) {
        Map<String, Object> body = new HashMap<>();
        if (version != null) {
            body.put("version", version);
        }
        body.put("amount", 2.80);
        body.put("currency", "USD");
        body.put("per", "2.5 mg tablet");
        body.put("packUnits", 1);
        body.put("unitStrengthMg", 2.5);
        body.put("source", "test price list");
        body.put("asOf", LocalDate.now().minusDays(1).toString());
        return body;
    }
}
