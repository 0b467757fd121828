package org.bcbm.access;

import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Each drug's minimum resource tier is the one docs/research/resource-tiers.md documents against the WHO Model List of
 * Essential Medicines 2025 (24th list) and resource-stratified guidance (migration V16), against real PostgreSQL.
 */
@QuarkusTest
class WhoEml2025ResourceTiersTest {

    /** The table of docs/research/resource-tiers.md; investigational agents have no tier. */
    static final Map<String, String> DOCUMENTED = new TreeMap<>(Map.ofEntries(
            Map.entry("tamoxifen", "basic"), Map.entry("zoledronic acid", "basic"), Map.entry("doxorubicin", "basic"),
            Map.entry("paclitaxel", "basic"), Map.entry("docetaxel", "basic"), Map.entry("capecitabine", "basic"),
            Map.entry("letrozole", "limited"), Map.entry("anastrozole", "limited"), Map.entry("exemestane", "limited"),
            Map.entry("goserelin", "limited"), Map.entry("pamidronic acid", "limited"), Map.entry("trastuzumab", "limited"),
            Map.entry("gemcitabine", "limited"), Map.entry("vinorelbine", "limited"), Map.entry("carboplatin", "limited"),
            Map.entry("cisplatin", "limited"), Map.entry("epirubicin", "limited"),
            Map.entry("fulvestrant", "enhanced"), Map.entry("palbociclib", "enhanced"), Map.entry("ribociclib", "enhanced"),
            Map.entry("abemaciclib", "enhanced"), Map.entry("denosumab", "enhanced"), Map.entry("pertuzumab", "enhanced"),
            Map.entry("everolimus", "enhanced"), Map.entry("eribulin", "enhanced"),
            Map.entry("trastuzumab emtansine", "enhanced"),
            Map.entry("trastuzumab deruxtecan", "maximal"), Map.entry("tucatinib", "maximal"),
            Map.entry("alpelisib", "maximal"), Map.entry("capivasertib", "maximal"), Map.entry("elacestrant", "maximal"),
            Map.entry("olaparib", "maximal"), Map.entry("talazoparib", "maximal"), Map.entry("pembrolizumab", "maximal"),
            Map.entry("sacituzumab govitecan", "maximal"), Map.entry("datopotamab deruxtecan", "maximal"),
            Map.entry("inavolisib", "maximal"), Map.entry("imlunestrant", "maximal")));

    @Test
    @Transactional
    void everyDrugsMinimumTierIsTheDocumentedOne() {
        Map<String, String> stored = new TreeMap<>();
        Drug.<Drug>listAll().stream().filter(d -> d.minimumTier != null).forEach(d -> stored.put(d.inn, d.minimumTier));
        assertEquals(DOCUMENTED, stored);
    }

    @Test
    void aBasicTierLowIncomeCountryExpectsZoledronicAcidButNotDenosumab() {
        // Niger: low income, so the basic tier; no agent-level source on file, only the tier rule
        asGateway().get("/api/v1/countries/NE").then().statusCode(200)
                .body("incomeGroup", equalTo("low")).body("tier", equalTo("basic"))
                .body("formulary.find { it.inn == 'zoledronic acid' }.expectedAtTier", equalTo(true))
                .body("formulary.find { it.inn == 'zoledronic acid' }.minimumTier", equalTo("basic"))
                .body("formulary.find { it.inn == 'zoledronic acid' }.whoEmlIndication",
                        containsString("malignancy-related bone disease"))
                .body("formulary.find { it.inn == 'denosumab' }.expectedAtTier", equalTo(false))
                .body("formulary.find { it.inn == 'pamidronic acid' }.expectedAtTier", equalTo(false));
    }

    @Test
    void aBasicTierRegimenOfZoledronicAcidIsExpectedButNotAvailable() {
        Map<String, Object> request = Map.of("country", "MW", "regimens", java.util.List.of(
                Map.of("id", "za", "agents", java.util.List.of("zoledronic acid"), "radiotherapy", false)));
        asGateway().contentType(io.restassured.http.ContentType.JSON).body(request).post("/api/v1/costs/regimens").then()
                .statusCode(200).body("tier", equalTo("basic"))
                .body("regimens[0].expectedAtTier", equalTo(true))
                .body("regimens[0].availabilityNote", containsString("by the basic resource tier's rule it is expected"));
    }
}
