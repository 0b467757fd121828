package org.bcbm.evidence;

import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Curators create and change treatments, trials and outcomes; forest plots and comparative profiles are served. */
@QuarkusTest
class EvidenceCurationTest {

    @Test
    void curatorCreatesATreatmentThenChangesItWithItsVersion() {
        String inn = "testinib" + System.nanoTime();
        Map<String, Object> body = treatment(null);
        long v = asGateway().contentType(ContentType.JSON).body(body).put("/api/v1/treatments/" + inn).then()
                .statusCode(200).body("inn", equalTo(inn)).extract().jsonPath().getLong("version");
        asGateway().contentType(ContentType.JSON).body(treatment(null)).put("/api/v1/treatments/" + inn).then()
                .statusCode(400).body("violations.field", hasItem("version"));
        asGateway().contentType(ContentType.JSON).body(treatment(v + 3)).put("/api/v1/treatments/" + inn).then()
                .statusCode(409).contentType("application/problem+json");
        Map<String, Object> change = treatment(v);
        change.put("status", "standard");
        asGateway().contentType(ContentType.JSON).body(change).put("/api/v1/treatments/" + inn).then().statusCode(200)
                .body("status", equalTo("standard")).body("version", greaterThan((int) v));
    }

    @Test
    void treatmentValidationNamesTheField() {
        Map<String, Object> body = treatment(null);
        body.put("atcCode", "L2");
        body.put("modality", "magic");
        asGateway().contentType(ContentType.JSON).body(body).put("/api/v1/treatments/whatever").then().statusCode(400)
                .body("violations.field", hasItem("atcCode")).body("violations.field", hasItem("modality"));
    }

    @Test
    void curatorCreatesATrialAndAddsAnOutcome() {
        String id = "TEST-" + (System.nanoTime() % 100000);
        long v = asGateway().contentType(ContentType.JSON).body(trial(null, "letrozole"))
                .put("/api/v1/trials/" + id).then().statusCode(200).body("trialId", equalTo(id))
                .extract().jsonPath().getLong("version");
        Map<String, Object> outcome = TrialResourceTest.validOutcome(v);
        asGateway().contentType(ContentType.JSON).body(outcome).post("/api/v1/trials/" + id + "/outcomes").then()
                .statusCode(200).body("outcomes.size()", equalTo(1))
                .body("outcomes[0].mcbs.computedGrade", equalTo(3)); // 2b, PFS 4.6 -> 9.5, LL 0.36, no QoL claim
    }

    @Test
    void trialArmWithAnUnknownAgentIsRefusedNamingIt() {
        asGateway().contentType(ContentType.JSON).body(trial(null, "unobtainium")).put("/api/v1/trials/TEST-BAD").then()
                .statusCode(400).body("violations.field", hasItem("arms[0].agents[0]"));
    }

    @Test
    void subtypeFilterMatchesTrialsOfThatPopulation() {
        asGateway().queryParam("subtype", "HR-/HER2+").queryParam("size", 100).get("/api/v1/trials").then().statusCode(200)
                .body("items.trialId", hasItem("CLEOPATRA")).body("items.trialId", not(hasItem("PALOMA-2")));
    }

    @Test
    void forestPlotIsAnSvgWithOneRowPerHazardRatio() throws Exception {
        String svg = asGateway().get("/api/v1/treatments/ribociclib/forest-plot.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).extract().asString();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        var rows = doc.getElementsByTagName("g");
        int monaleesa = 0;
        for (int i = 0; i < rows.getLength(); i++) {
            if (rows.item(i).getAttributes().getNamedItem("data-trial").getNodeValue().startsWith("MONALEESA")) {
                monaleesa++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(monaleesa >= 6, "one row per MONALEESA outcome with an HR");
        asGateway().queryParam("trials", "CLEOPATRA,STOPECK-2010").get("/api/v1/forest-plot.svg").then().statusCode(200)
                .body(containsString("data-trial=\"CLEOPATRA\"")).body(containsString("data-trial=\"STOPECK-2010\""));
        asGateway().get("/api/v1/forest-plot.svg").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void forestPlotShowsMonarch3AndEmbracaFinalOverallSurvivalAsNotGradableWithTheReason() throws Exception {
        Map<String, Element> os = forestRows("MONARCH-3,EMBRACA", "OS");
        Element monarch = os.get("MONARCH-3 final OS analysis");
        assertEquals("not-gradable", monarch.getAttribute("data-mcbs"));
        assertEquals("HR 0.804 (0.637-1.015)   not gradable", lastText(monarch), "never a grade beside it");
        assertTrue(monarch.getElementsByTagName("title").item(0).getTextContent().contains("p value 0.0664"));
        assertEquals("not-gradable", os.get("EMBRACA final OS analysis").getAttribute("data-mcbs"));
        assertEquals("HR 0.848 (0.67-1.073)   not gradable", lastText(os.get("EMBRACA final OS analysis")));
        Element visceral = os.entrySet().stream().filter(e -> e.getKey().startsWith("MONARCH-3 final OS analysis, "))
                .findFirst().orElseThrow().getValue();
        assertEquals("", visceral.getAttribute("data-mcbs"),
                "a subgroup without an ESMO-MCBS form is neither graded nor called not gradable");
        Element pfs = forestRows("MONARCH-3", "PFS").get("MONARCH-3 final PFS analysis (investigator)");
        assertEquals("grade 3", pfs.getAttribute("data-mcbs"), "the significant PFS result keeps its grade");
    }

    /** The plot's rows, keyed by trial and analysis. */
    private static Map<String, Element> forestRows(String trials, String endpoint) throws Exception {
        String svg = asGateway().queryParam("trials", trials).queryParam("endpoint", endpoint)
                .get("/api/v1/forest-plot.svg").then().statusCode(200).extract().asString();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        NodeList groups = doc.getElementsByTagName("g");
        Map<String, Element> rows = new HashMap<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            String label = g.getElementsByTagName("text").item(0).getTextContent();
            rows.put(g.getAttribute("data-trial") + " " + label.substring(label.indexOf(" - ") + 3), g);
        }
        return rows;
    }

    private static String lastText(Element row) {
        NodeList texts = row.getElementsByTagName("text");
        return texts.item(texts.getLength() - 1).getTextContent();
    }

    @Test
    void aPublishedGradeOnANonSignificantResultIsRefusedNamingIt() {
        String id = "TEST-" + (System.nanoTime() % 100000);
        long v = asGateway().contentType(ContentType.JSON).body(trial(null, "letrozole"))
                .put("/api/v1/trials/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
        Map<String, Object> outcome = TrialResourceTest.validOutcome(v);
        outcome.put("endpoint", "OS");
        outcome.put("mcbsForm", "2a");
        outcome.put("hazardRatio", 0.804);
        outcome.put("ciLower", 0.637);
        outcome.put("ciUpper", 1.015);
        outcome.put("pValue", "0.0664");
        outcome.put("mcbsGrade", "4");
        asGateway().contentType(ContentType.JSON).body(outcome).post("/api/v1/trials/" + id + "/outcomes").then()
                .statusCode(400).body("violations.field", hasItem("mcbsGrade"));
        outcome.remove("mcbsGrade");
        asGateway().contentType(ContentType.JSON).body(outcome).post("/api/v1/trials/" + id + "/outcomes").then()
                .statusCode(200).body("outcomes[0].mcbsGrade", nullValue())
                .body("outcomes[0].mcbsGradable", equalTo(false))
                .body("outcomes[0].mcbs.computedGrade", nullValue());
    }

    @Test
    void comparativeProfilesCarryTheSixDomainsAndTheReviewsWords() {
        asGateway().get("/api/v1/comparative-profiles/bisphosphonate").then().statusCode(200)
                .body("domains.sreReduction.reviewWording", equalTo("Significant (~40%)"))
                .body("domains.cost.value", equalTo("low"))
                .body("domains.access.reviewWording", equalTo("Generic; affordable"))
                .body("agents", hasItem("zoledronic acid"));
        asGateway().get("/api/v1/comparative-profiles").then().statusCode(200).body("size()", equalTo(8));
        asGateway().get("/api/v1/treatments/palbociclib").then().statusCode(200)
                .body("comparativeProfile.profileId", equalTo("cdk46_inhibitor"));
    }

    static Map<String, Object> treatment(Long version) {
        Map<String, Object> body = new HashMap<>();
        if (version != null) {
            body.put("version", version);
        }
        body.put("atcCode", "L01XX99");
        body.put("modality", "targeted");
        body.put("drugClass", "test class");
        body.put("mechanism", "A test mechanism.");
        body.put("status", "investigational");
        body.put("source", "test");
        return body;
    }

    static Map<String, Object> trial(Long version, String agent) {
        Map<String, Object> body = new HashMap<>();
        if (version != null) {
            body.put("version", version);
        }
        body.put("name", "A test trial");
        body.put("phase", "III");
        body.put("design", "randomised");
        body.put("population", "test population");
        body.put("subtype", "HR+/HER2-");
        body.put("line", "first");
        body.put("setting", "metastatic");
        body.put("n", 100);
        body.put("primaryEndpoint", "PFS");
        body.put("doi", "10.1000/test");
        body.put("citation", "Test et al. 2026");
        body.put("arms", List.of(Map.of("label", "experimental", "regimen", "test", "agents", List.of(agent), "n", 50)));
        return body;
    }
}
