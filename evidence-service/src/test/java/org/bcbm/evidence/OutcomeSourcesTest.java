package org.bcbm.evidence;

import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every outcome says where its figures come from (primary publication or a named secondary source), a DOI column
 * holds DOIs only (a source without one is a citation), and a rate ratio is typed as one (issue 11, items 9-10).
 */
@QuarkusTest
class OutcomeSourcesTest {

    @Inject
    DataSource db;

    @Test
    void aNonDoiInAnOutcomesDoiIsRejectedByTheDatabaseCheck() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE outcome SET doi = 'ESMO 2025 LBA21' WHERE trial_id = 'CLEOPATRA'"));
            assertTrue(e.getMessage().contains("outcome_doi_is_doi"), e.getMessage());
        }
    }

    @Test
    void aNonDoiInATrialsDoiIsRejectedByTheDatabaseCheck() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE trial SET doi = 'NEJM 2026;394:354-366' WHERE trial_id = 'CLEOPATRA'"));
            assertTrue(e.getMessage().contains("trial_doi_is_doi"), e.getMessage());
        }
    }

    @Test
    void anOutcomeWithoutDoiOrCitationIsRejectedByTheDatabaseCheck() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE outcome SET doi = NULL, citation = NULL WHERE trial_id = 'CLEOPATRA'"));
            assertTrue(e.getMessage().contains("outcome_has_source"), e.getMessage());
        }
    }

    @Test
    void everyStoredDoiIsADoi() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM (SELECT doi FROM outcome UNION ALL SELECT doi FROM trial) d "
                        + "WHERE doi IS NOT NULL AND doi !~ '^10\\.[0-9]{4,9}/\\S+$'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void aNonDoiInDoiIsRejectedByTheApiNamingDoi() {
        Map<String, Object> body = TrialResourceTest.validOutcome(TrialResourceTest.outcomeVersion("PALOMA-3"));
        body.put("doi", "ESMO 2025 LBA21");
        asGateway().contentType(ContentType.JSON).body(body)
                .put("/api/v1/trials/PALOMA-3/outcomes/" + TrialResourceTest.outcomeId("PALOMA-3", "PFS")).then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("doi"));
    }

    @Test
    void tropionBreast02sCongressAbstractIsACitationNotADoi() {
        asGateway().get("/api/v1/trials/TROPION-BREAST02").then().statusCode(200)
                .body("doi", nullValue())
                .body("outcomes.doi", equalTo(java.util.Arrays.asList(null, null)))
                .body("outcomes.citation", hasItem("Dent RA et al. ESMO Congress 2025, abstract LBA21"))
                .body("outcomes.sourceKind", hasItem("secondary"));
    }

    @Test
    void ascent04sJournalReferenceIsACitationAndItsFiguresAreThePublications() {
        asGateway().get("/api/v1/trials/ASCENT-04").then().statusCode(200)
                .body("doi", nullValue())
                .body("outcomes[0].doi", nullValue())
                .body("outcomes[0].citation", equalTo("Tolaney SM et al. N Engl J Med 2026;394(4):354-366"))
                .body("outcomes[0].sourceKind", equalTo("primary_publication"))
                .body("outcomes[0].pValue", equalTo("<0.001"));
    }

    @Test
    void stopecksRateRatioIsServedTypedAndNotGradable() {
        var outcomes = asGateway().get("/api/v1/trials/STOPECK-2010").then().statusCode(200).extract().jsonPath()
                .getList("outcomes", Map.class);
        Map<?, ?> multiple = outcomes.stream().filter(o -> "TIME_TO_FIRST_AND_SUBSEQUENT_SRE".equals(o.get("endpoint")))
                .findFirst().orElseThrow();
        Map<?, ?> first = outcomes.stream().filter(o -> "TIME_TO_FIRST_SRE".equals(o.get("endpoint")))
                .findFirst().orElseThrow();
        assertEquals("rate_ratio", multiple.get("effectMeasure"));
        assertEquals(0.77f, ((Number) multiple.get("hazardRatio")).floatValue());
        assertEquals(List.of(0.66f, 0.89f), ((List<?>) multiple.get("ci95")).stream()
                .map(n -> ((Number) n).floatValue()).toList());
        assertEquals("hazard_ratio", first.get("effectMeasure"));
        assertEquals(0.82f, ((Number) first.get("hazardRatio")).floatValue());
        assertEquals("secondary", multiple.get("sourceKind"));
        assertTrue(String.valueOf(multiple.get("sourceNote")).contains("prescribing information"));
    }

    @Test
    void aSecondarySourcedOutcomeSaysSoAndNamesItsSource() {
        var outcomes = asGateway().get("/api/v1/trials/DESTINY-BREAST06").then().statusCode(200).extract().jsonPath()
                .getList("outcomes", Map.class);
        Map<?, ?> ultralow = outcomes.stream().filter(o -> String.valueOf(o.get("analysis")).contains("ultralow"))
                .findFirst().orElseThrow();
        Map<?, ?> her2Low = outcomes.stream().filter(o -> String.valueOf(o.get("analysis")).contains("HER2-low population"))
                .findFirst().orElseThrow();
        assertEquals("secondary", ultralow.get("sourceKind"));
        assertTrue(String.valueOf(ultralow.get("sourceNote")).contains("ACT Genomics"));
        assertEquals("primary_publication", her2Low.get("sourceKind"));
        assertEquals(null, her2Low.get("sourceNote"));
    }

    @Test
    void theForestPlotMarksARateRatioAndASecondarySource() {
        String svg = asGateway().get("/api/v1/forest-plot.svg?trials=STOPECK-2010,DESTINY-BREAST06").then()
                .statusCode(200).extract().asString();
        assertTrue(svg.contains("data-trial=\"STOPECK-2010\" data-endpoint=\"TIME_TO_FIRST_AND_SUBSEQUENT_SRE\" "
                + "data-effect-measure=\"rate_ratio\" data-source=\"secondary\""), svg);
        assertTrue(svg.contains(">RR 0.77 (0.66-0.89)"), svg);
        assertTrue(svg.contains(">HR 0.82 (0.71-0.95)"), svg);
        assertTrue(svg.contains("(secondary source)"), svg);
        assertTrue(svg.contains("data-source=\"primary_publication\""), svg);
    }

    @Test
    void curatorSetsEffectMeasureCitationAndSourceKind() {
        String id = "SRC-" + (System.nanoTime() % 100000);
        long v = asGateway().contentType(ContentType.JSON).body(EvidenceCurationTest.trial(null, "letrozole"))
                .put("/api/v1/trials/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
        Map<String, Object> body = TrialResourceTest.validOutcome(v);
        body.remove("doi");
        body.put("citation", "Test congress 2026, abstract 1");
        body.put("sourceKind", "secondary");
        body.put("sourceNote", "a congress report");
        body.put("effectMeasure", "hazard_ratio");
        asGateway().contentType(ContentType.JSON).body(body)
                .post("/api/v1/trials/" + id + "/outcomes").then().statusCode(200)
                .body("outcomes[0].doi", nullValue()).body("outcomes[0].effectMeasure", equalTo("hazard_ratio"))
                .body("outcomes.citation", hasItem("Test congress 2026, abstract 1"))
                .body("outcomes.sourceNote", hasItem("a congress report"));
    }

    @Test
    void badEffectMeasureSourceKindOrMissingSourceAreA400NamingTheField() {
        String path = "/api/v1/trials/PALOMA-3/outcomes/" + TrialResourceTest.outcomeId("PALOMA-3", "PFS");
        Map<String, Object> body = TrialResourceTest.validOutcome(TrialResourceTest.outcomeVersion("PALOMA-3"));
        body.put("effectMeasure", "odds_ratio");
        body.put("sourceKind", "hearsay");
        asGateway().contentType(ContentType.JSON).body(body).put(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("effectMeasure")).body("violations.field", hasItem("sourceKind"));

        body = TrialResourceTest.validOutcome(TrialResourceTest.outcomeVersion("PALOMA-3"));
        body.remove("doi");
        asGateway().contentType(ContentType.JSON).body(body).put(path).then().statusCode(400)
                .body("violations.field", hasItem("doi"));

        body = TrialResourceTest.validOutcome(TrialResourceTest.outcomeVersion("PALOMA-3"));
        body.put("sourceKind", "secondary");
        asGateway().contentType(ContentType.JSON).body(body).put(path).then().statusCode(400)
                .body("violations.field", hasItem("sourceNote"));
    }

    @Test
    void aRateRatioWithAPublishedGradeIsA400WithTheReason() {
        Map<String, Object> body = TrialResourceTest.validOutcome(TrialResourceTest.outcomeVersion("PALOMA-3"));
        body.put("effectMeasure", "rate_ratio");
        body.put("mcbsGrade", "4");
        asGateway().contentType(ContentType.JSON).body(body)
                .put("/api/v1/trials/PALOMA-3/outcomes/" + TrialResourceTest.outcomeId("PALOMA-3", "PFS")).then()
                .statusCode(400).body("violations.field", hasItem("mcbsGrade"))
                .body("violations.message", hasItem(containsString("rate ratio")));
    }

    @Test
    void theGraderRefusesARateRatioNamingEffectMeasure() {
        asGateway().contentType(ContentType.JSON).body(Map.of("form", "2b", "controlMedianMonths", 4.6,
                "experimentalMedianMonths", 9.5, "hazardRatio", 0.46, "ciLower", 0.36, "ciUpper", 0.59,
                "effectMeasure", "rate_ratio")).post("/api/v1/mcbs/grade").then().statusCode(400)
                .body("violations.field", hasItem("effectMeasure"))
                .body("violations.message", hasItem(containsString("not a hazard ratio")));
    }
}
