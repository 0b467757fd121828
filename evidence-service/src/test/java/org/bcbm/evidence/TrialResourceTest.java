package org.bcbm.evidence;

import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.bcbm.testsupport.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Trials served from PostgreSQL, curator corrections validated, versioned and published over the real broker. */
@QuarkusTest
class TrialResourceTest {

    @Test
    void seededTrialCarriesPrimaryPublicationFiguresAndDoi() {
        asGateway().get("/api/v1/trials/CLEOPATRA").then().statusCode(200)
                .body("trialId", equalTo("CLEOPATRA"))
                .body("doi", equalTo("10.1056/NEJMoa1113216"))
                .body("outcomes.find { it.endpoint == 'OS' }.hazardRatio", equalTo(0.69f))
                .body("outcomes.find { it.endpoint == 'OS' }.ci95", equalTo(java.util.List.of(0.58f, 0.82f)))
                .body("outcomes.find { it.endpoint == 'OS' }.mcbsGrade", equalTo("4"))
                .body("outcomes.find { it.endpoint == 'OS' }.note", containsString("Swain et al. 2015"));
    }

    @Test
    void outcomeExportsAsFhirEvidenceWithHazardRatioAndConfidenceInterval() {
        long id = asGateway().get("/api/v1/trials/DESTINY-BREAST06").jsonPath()
                .getLong("outcomes.find { it.analysis.startsWith('primary analysis, HER2-low') }.id");
        io.restassured.path.json.JsonPath bundle = asGateway().accept("application/fhir+json")
                .get("/api/v1/trials/DESTINY-BREAST06/outcomes/" + id + "/fhir").then().statusCode(200)
                .contentType("application/fhir+json").extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("Bundle", bundle.getString("resourceType"));
        org.junit.jupiter.api.Assertions.assertEquals("10.1056/NEJMoa2407086",
                bundle.getString("entry.find { it.resource.resourceType == 'Citation' }.resource.citedArtifact.identifier[0].value"));
        String evidence = "entry.find { it.resource.resourceType == 'Evidence' }.resource";
        org.junit.jupiter.api.Assertions.assertEquals("C93150", bundle.getString(evidence + ".statistic[0].statisticType.coding[0].code"));
        org.junit.jupiter.api.Assertions.assertEquals(0.62f, bundle.getFloat(evidence + ".statistic[0].quantity.value"));
        org.junit.jupiter.api.Assertions.assertEquals("C53324", bundle.getString(evidence + ".statistic[0].attributeEstimate[0].type.coding[0].code"));
        org.junit.jupiter.api.Assertions.assertEquals(0.95f, bundle.getFloat(evidence + ".statistic[0].attributeEstimate[0].level"));
        org.junit.jupiter.api.Assertions.assertEquals(0.52f, bundle.getFloat(evidence + ".statistic[0].attributeEstimate[0].range.low.value"));
        org.junit.jupiter.api.Assertions.assertEquals(0.75f, bundle.getFloat(evidence + ".statistic[0].attributeEstimate[0].range.high.value"));
        org.junit.jupiter.api.Assertions.assertEquals("Citation/destiny-breast06-citation",
                bundle.getString(evidence + ".citeAsReference.reference"));
        org.junit.jupiter.api.Assertions.assertTrue(bundle.getList(evidence + ".variableDefinition.collect { it.variableRole.coding[0].code }")
                .containsAll(java.util.List.of("population", "exposure", "referenceExposure", "measuredVariable")));
    }

    @Test
    void fhirExportCarriesPValueMediansAndTheEsmoGradeOrWhyThereIsNone() {
        JsonPath trial = asGateway().get("/api/v1/trials/MONARCH-3").jsonPath();
        long os = trial.getLong("outcomes.find { it.analysis == 'final OS analysis' }.id");
        long pfs = trial.getLong("outcomes.find { it.endpoint == 'PFS' }.id");
        String evidence = "entry.find { it.resource.resourceType == 'Evidence' }.resource";
        String assessment = "entry.find { it.resource.resourceType == 'ArtifactAssessment' }.resource";
        asGateway().accept("application/fhir+json").get("/api/v1/trials/MONARCH-3/outcomes/" + os + "/fhir").then()
                .statusCode(200)
                .body(evidence + ".statistic[0].attributeEstimate.find { it.type.coding[0].code == 'C44185' }.quantity.value",
                        equalTo(0.0664f))
                .body(evidence + ".statistic.findAll { it.statisticType.coding[0].code == 'C28007' }.size()", equalTo(2))
                .body(evidence + ".statistic.find { it.statisticType.coding[0].code == 'C28007' }.quantity.code", equalTo("mo"))
                .body(evidence + ".note.text", hasItem("Figures from the primary publication."))
                .body(assessment + ".artifactReference.reference", equalTo("Evidence/monarch-3-" + os))
                .body(assessment + ".content[0].informationType", equalTo("comment"))
                .body(assessment + ".content[0].summary", containsString("p value 0.0664"));
        asGateway().accept("application/fhir+json").get("/api/v1/trials/MONARCH-3/outcomes/" + pfs + "/fhir").then()
                .statusCode(200)
                .body(assessment + ".content[0].informationType", equalTo("rating"))
                .body(assessment + ".content[0].classifier[0].text", equalTo("grade 3"));
    }

    @Test
    void fhirExportOfAnUnknownOutcomeIsA404Problem() {
        asGateway().get("/api/v1/trials/DESTINY-BREAST06/outcomes/999999/fhir").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void stopeckNoteRecordsTheReviewsMisattributedMedians() {
        asGateway().get("/api/v1/trials/stopeck-2010").then().statusCode(200)
                .body("outcomes.find { it.endpoint == 'TIME_TO_FIRST_SRE' }.controlMedianMonths", equalTo(26.4f))
                .body("outcomes.find { it.endpoint == 'TIME_TO_FIRST_SRE' }.note", containsString("27.7 vs 19.5"));
    }

    @Test
    void listFiltersByAgentAndPages() {
        asGateway().queryParam("agent", "ribociclib").get("/api/v1/trials").then().statusCode(200)
                .body("items.trialId", hasItem("MONALEESA-7"))
                .body("items.agents", everyItem(hasItem("ribociclib")))
                .body("total", greaterThanOrEqualTo(3));
        asGateway().queryParam("size", 2).queryParam("page", 0).get("/api/v1/trials").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("size", equalTo(2));
    }

    @Test
    void listFiltersByModalityEndpointAndLine() {
        asGateway().queryParam("modality", "bone_modifying").queryParam("size", 100).get("/api/v1/trials").then()
                .statusCode(200).body("items.trialId", hasItem("STOPECK-2010"))
                .body("items.trialId", org.hamcrest.Matchers.not(hasItem("PALOMA-2")));
        asGateway().queryParam("endpoint", "OS").queryParam("line", "first").queryParam("size", 100).get("/api/v1/trials")
                .then().statusCode(200).body("items.trialId", hasItem("CLEOPATRA"))
                .body("items.trialId", org.hamcrest.Matchers.not(hasItem("PALOMA-3")));
        asGateway().queryParam("q", "denosumab").get("/api/v1/trials").then().statusCode(200)
                .body("items.trialId", hasItem("STOPECK-2010"));
    }

    @Test
    void batchReadReturnsOnlyKnownIds() {
        asGateway().queryParam("ids", "PALOMA-2,NOPE,cleopatra").get("/api/v1/trials").then().statusCode(200)
                .body("items.trialId", equalTo(java.util.List.of("CLEOPATRA", "PALOMA-2")));
    }

    @Test
    void unknownTrialIsA404Problem() {
        asGateway().get("/api/v1/trials/NOT-A-TRIAL").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("NOT-A-TRIAL"));
    }

    @Test
    void pageSizeOutOfRangeIsA400NamingTheParameter() {
        asGateway().queryParam("size", 0).get("/api/v1/trials").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("size"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "hazardRatio | 0 | hazardRatio",
            "hazardRatio | -0.5 | hazardRatio",
            "ciLower | 0.70 | ci95",
            "ciUpper | 0.40 | ci95",
            "controlMedianMonths | -1 | controlMedianMonths",
            "doi | not-a-doi | doi",
            "endpoint | SURVIVAL | endpoint",
            "version | -1 | version"})
    void curatorValidationNamesTheField(String field, String value, String expectedField) {
        Map<String, Object> body = validOutcome(outcomeVersion("PALOMA-3"));
        body.put(field, value);
        asGateway().contentType(ContentType.JSON).body(body)
                .put("/api/v1/trials/PALOMA-3/outcomes/" + outcomeId("PALOMA-3", "PFS")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(expectedField));
    }

    @Test
    void wrongTypeIsA400NamingTheField() {
        asGateway().contentType(ContentType.JSON).body("{\"version\":0,\"hazardRatio\":\"abc\"}")
                .put("/api/v1/trials/PALOMA-3/outcomes/" + outcomeId("PALOMA-3", "PFS")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("hazardRatio"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        asGateway().contentType(ContentType.JSON).body("{\"version\":")
                .put("/api/v1/trials/PALOMA-3/outcomes/" + outcomeId("PALOMA-3", "PFS")).then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Bad Request"));
    }

    @Test
    void staleVersionIsA409() {
        long version = outcomeVersion("MONALEESA-3");
        Map<String, Object> body = validOutcome(version + 7);
        asGateway().contentType(ContentType.JSON).body(body)
                .put("/api/v1/trials/MONALEESA-3/outcomes/" + outcomeId("MONALEESA-3", "PFS")).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void correctionBumpsVersionsAndIsPublishedOverTheBroker() {
        long version = outcomeVersion("MONALEESA-2");
        long outcome = outcomeId("MONALEESA-2", "PFS");
        long knowledgeBefore = asGateway().get("/api/v1/knowledge-version").jsonPath().getLong("evidence");
        Map<String, Object> body = validOutcome(version);
        body.put("endpoint", "PFS");
        body.put("analysis", "test correction " + System.nanoTime());
        JsonPath updated = asGateway().contentType(ContentType.JSON).body(body)
                .put("/api/v1/trials/MONALEESA-2/outcomes/" + outcome).then().statusCode(200).extract().jsonPath();
        long newVersion = updated.getLong("version");
        assertTrue(newVersion > version, "trial version must increase");
        assertTrue(asGateway().get("/api/v1/knowledge-version").jsonPath().getLong("evidence") > knowledgeBefore);

        String analysis = (String) body.get("analysis");
        var record = Topics.await("test.evidence.events", Duration.ofSeconds(20),
                r -> "MONALEESA-2".equals(r.key()) && r.value().contains(analysis));
        assertTrue(record.isPresent(), "the change must reach test.evidence.events");
        JsonPath event = new JsonPath(record.get().value());
        assertTrue(event.getLong("aggregateVersion") == newVersion);
        assertTrue(event.getString("eventId") != null && event.getString("occurredAt") != null);
        assertTrue("TrialChanged".equals(event.getString("type")) && "trial".equals(event.getString("aggregateType")));
    }

    static Map<String, Object> validOutcome(long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("endpoint", "PFS");
        body.put("analysis", "final PFS analysis (investigator)");
        body.put("experimentalMedianMonths", 9.5);
        body.put("controlMedianMonths", 4.6);
        body.put("hazardRatio", 0.46);
        body.put("ciLower", 0.36);
        body.put("ciUpper", 0.59);
        body.put("mcbsForm", "2b");
        body.put("doi", "10.1016/S1470-2045(15)00613-0");
        return body;
    }

    static long outcomeVersion(String trialId) {
        return asGateway().get("/api/v1/trials/" + trialId).jsonPath().getLong("version");
    }

    static long outcomeId(String trialId, String endpoint) {
        return asGateway().get("/api/v1/trials/" + trialId).jsonPath()
                .getLong("outcomes.find { it.endpoint == '" + endpoint + "' }.id");
    }
}
