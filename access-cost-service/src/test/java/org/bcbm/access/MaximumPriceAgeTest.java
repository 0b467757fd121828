package org.bcbm.access;

import static org.bcbm.access.CountryResourceTest.validPrice;
import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A price older than its market's maximum age (country.price_max_age_months; ages measured on 2026-11-30 in tests) is
 * not stored, is refused from curators, and the cost note says when a price is old or was withheld as stale.
 */
@QuarkusTest
class MaximumPriceAgeTest {

    @Test
    @Transactional
    void noStoredPriceIsOlderThanItsMarketsMaximumAge() {
        List<?> stale = Listing.getEntityManager().createNativeQuery("""
                SELECT l.country_code || ':' || l.inn FROM listing l JOIN country c ON c.code = l.country_code
                WHERE l.price_amount IS NOT NULL
                  AND l.price_as_of < DATE '2026-11-30' - make_interval(months => c.price_max_age_months)""")
                .getResultList();
        assertEquals(List.of(), stale);
    }

    @Test
    void marketsHaveTheirDocumentedMaximumAges() {
        assertEquals(24, maxAge("US"));
        assertEquals(120, maxAge("GB"));
        assertEquals(60, maxAge("IN"));
        assertEquals(60, maxAge("NE"));
    }

    @Test
    void theStaleGbFulvestrantAndDenosumabPricesAreWithheldAndTheNoteSaysSo() {
        asGateway().get("/api/v1/countries/GB").then().statusCode(200)
                .body("formulary.find { it.inn == 'fulvestrant' }.price", nullValue())
                .body("formulary.find { it.inn == 'fulvestrant' }.annualCost", nullValue())
                .body("formulary.find { it.inn == 'fulvestrant' }.costNote", containsString("withheld as stale"))
                .body("formulary.find { it.inn == 'fulvestrant' }.costNote", containsString("2011-12-01"))
                .body("formulary.find { it.inn == 'denosumab' }.costNote", containsString("withheld as stale"))
                .body("formulary.find { it.inn == 'denosumab' }.costNote", containsString("120-month maximum price age in GB"))
                // availability is a separate fact and stays
                .body("formulary.find { it.inn == 'denosumab' }.available", equalTo(true));
        asGateway().get("/api/v1/countries/US").then().statusCode(200)
                // a current US price is untouched
                .body("formulary.find { it.inn == 'zoledronic acid' }.annualCost", equalTo(922.15f))
                .body("formulary.find { it.inn == 'zoledronic acid' }.costNote", nullValue());
    }

    @Test
    void anOldButAllowedPriceIsCostedWithANoteSayingItIsOld() {
        Map<String, Object> request = Map.of("country", "GB", "regimens", List.of(
                Map.of("id", "ai-cdk", "agents", List.of("letrozole", "ribociclib"), "radiotherapy", false)));
        asGateway().contentType(ContentType.JSON).body(request).post("/api/v1/costs/regimens").then().statusCode(200)
                .body("regimens[0].annualCost", equalTo(38501.53f))
                .body("regimens[0].costNote", containsString("the price of letrozole is old: as of 2016-12-31"))
                .body("regimens[0].costNote", containsString("the price of ribociclib is old: as of 2019-03-01"));
    }

    @Test
    void theCuratorApiRefusesAPriceOlderThanTheMaximumNamingAsOf() {
        Map<String, Object> body = validPrice(null);
        body.put("asOf", "2021-06-30"); // 65 months before 2026-11-30: past the default 60
        asGateway().contentType(ContentType.JSON).body(body).put("/api/v1/countries/NE/prices/letrozole").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("asOf"))
                .body("detail", containsString("60-month maximum price age in NE"));
        body.put("asOf", "2023-06-30"); // in the US only 24 months are allowed
        asGateway().contentType(ContentType.JSON).body(body).put("/api/v1/countries/US/prices/goserelin").then()
                .statusCode(400).body("violations.field", hasItem("asOf"));
    }

    @Test
    void aCurrentPriceReplacesTheWithheldUsRibociclibLaunchPriceAndClearsTheNote() {
        var ribociclib = "formulary.find { it.inn == 'ribociclib' }";
        var us = asGateway().get("/api/v1/countries/US").then().statusCode(200)
                .body(ribociclib + ".price", nullValue())
                .body(ribociclib + ".costNote", containsString("2017-03-13"))
                .body(ribociclib + ".costNote", containsString("24-month maximum price age in US"))
                .extract().jsonPath();
        long version = us.getLong(ribociclib + ".version");
        Map<String, Object> body = validPrice(version);
        body.put("amount", 15000);
        body.put("asOf", LocalDate.of(2026, 11, 1).toString());
        body.put("per", "63 x 200 mg tablets (test)");
        body.put("packUnits", 63);
        body.put("unitStrengthMg", 200);
        asGateway().contentType(ContentType.JSON).body(body).put("/api/v1/countries/US/prices/ribociclib").then()
                .statusCode(200).body("price.asOf", equalTo("2026-11-01")).body("annualCost", notNullValue())
                .body("costNote", nullValue());
    }

    private static int maxAge(String code) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Country.<Country>findById(code).priceMaxAgeMonths);
    }
}
