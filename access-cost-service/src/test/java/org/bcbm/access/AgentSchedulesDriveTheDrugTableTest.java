package org.bcbm.access;

import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bcbm.access.event.AccessPayloads;
import org.bcbm.common.regimen.AgentSchedules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The drug table takes each schedule from platform-common's AgentSchedules (migration V18 dropped its own columns):
 * every drug with a tier has one, and annual costs are those computed from the columns before the change.
 */
@QuarkusTest
class AgentSchedulesDriveTheDrugTableTest {

    @Test
    @Transactional
    void everyNonInvestigationalDrugHasAStandardSchedule() {
        List<Drug> drugs = Drug.listAll();
        List<String> missing = drugs.stream().filter(d -> d.minimumTier != null && d.schedule().isEmpty())
                .map(d -> d.inn).toList();
        assertEquals(List.of(), missing);
        // the investigational agents of V15 have no tier and no schedule
        List<String> investigational = drugs.stream().filter(d -> d.minimumTier == null).map(d -> d.inn).sorted().toList();
        assertEquals(List.of("bintrafusp alfa", "fapi radioligand", "lutetium-177 radioligands", "radium-223 dichloride",
                "vactosertib"), investigational);
        assertTrue(investigational.stream().allMatch(inn -> AgentSchedules.of(inn).isEmpty()));
    }

    /** Figures the cost arithmetic gave from the drug table's dose columns as migrated through V15, before V18 dropped them. */
    @ParameterizedTest(name = "{0} {1}: {2} {3} a year")
    @CsvSource({
            "US, zoledronic acid, 922.15, USD",
            "US, fulvestrant, 1309.94, USD",
            "US, pembrolizumab, 213065.98, USD",
            "US, pertuzumab, 126150.04, USD",
            "US, letrozole, 52.96, USD",
            "US, palbociclib, 208484.57, USD",
            "GB, ribociclib, 38481.70, GBP",
            "GB, abemaciclib, 38481.70, GBP",
            "GB, tucatinib, 98040.75, GBP",
            "GB, alpelisib, 53250.06, GBP",
            "IN, zoledronic acid, 27828.40, INR",
            "IN, letrozole, 10709.13, INR"})
    void annualCostsAreUnchanged(String country, String inn, float annualCost, String currency) {
        asGateway().get("/api/v1/countries/" + country).then().statusCode(200)
                .body("formulary.find { it.inn == '" + inn + "' }.annualCost", equalTo(annualCost))
                .body("formulary.find { it.inn == '" + inn + "' }.annualCostCurrency", equalTo(currency));
    }

    @Test
    void theScheduleShownAndPublishedIsAgentSchedules() {
        String zoledronic = AgentSchedules.require("zoledronic acid").described();
        asGateway().get("/api/v1/countries/NE").then().statusCode(200)
                .body("formulary.find { it.inn == 'zoledronic acid' }.schedule", equalTo(zoledronic))
                .body("formulary.find { it.inn == 'zoledronic acid' }.scheduleSource", equalTo("Zometa SmPC"))
                .body("formulary.find { it.inn == 'vactosertib' }.schedule", equalTo(null));
        Drug drug = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Drug.<Drug>findById("zoledronic acid"));
        assertEquals(zoledronic, AccessPayloads.drug(drug).schedule());
    }
}
