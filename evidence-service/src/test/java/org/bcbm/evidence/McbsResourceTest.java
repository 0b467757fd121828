package org.bcbm.evidence;

import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The grading endpoint per the contract, and the grades served on stored outcomes. */
@QuarkusTest
class McbsResourceTest {

    @Test
    void gradesTheContractExample() {
        asGateway().contentType(ContentType.JSON).body("""
                {"form":"2a","controlMedianMonths":40.8,"experimentalMedianMonths":57.1,"hazardRatio":0.69,
                 "ciLower":0.58,"ciUpper":0.82,"qualityOfLifeImproved":false,"toxicityReduced":false,
                 "toxicityIncreased":false,"overallSurvivalBenefit":null}""")
                .post("/api/v1/mcbs/grade").then().statusCode(200)
                .body("preliminaryGrade", equalTo(4)).body("finalGrade", equalTo(4))
                .body("scale", equalTo("ESMO-MCBS v1.1"));
    }

    @Test
    void hazardRatioOfOneOrMoreIsA400NamingIt() {
        asGateway().contentType(ContentType.JSON).body("""
                {"form":"2b","controlMedianMonths":5,"experimentalMedianMonths":6,"hazardRatio":1.05,"ciLower":0.9,"ciUpper":1.2}""")
                .post("/api/v1/mcbs/grade").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("hazardRatio"));
    }

    @Test
    void wrongTypeIsA400NamingIt() {
        asGateway().contentType(ContentType.JSON).body("""
                {"form":"2b","controlMedianMonths":"five","hazardRatio":0.5,"ciLower":0.4,"ciUpper":0.6}""")
                .post("/api/v1/mcbs/grade").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("controlMedianMonths"));
    }

    @Test
    void storedOutcomesCarryComputedAndPublishedGrades() {
        asGateway().get("/api/v1/trials/MONALEESA-7").then().statusCode(200)
                .body("outcomes.find { it.endpoint == 'OS' }.mcbs.computedGrade", equalTo(5))
                .body("outcomes.find { it.endpoint == 'OS' }.mcbs.publishedGrade", equalTo("5"))
                .body("outcomes.find { it.endpoint == 'OS' }.mcbs.differs", equalTo(false))
                .body("outcomes.find { it.endpoint == 'OS' }.mcbsGrade", equalTo("5"));
        asGateway().get("/api/v1/trials/PALOMA-3").then().statusCode(200)
                .body("outcomes.find { it.endpoint == 'PFS' }.mcbs.computedGrade", equalTo(4))
                .body("outcomes.find { it.endpoint == 'PFS' }.mcbs.publishedGrade", equalTo("4"));
    }

    @Test
    void monarch3FinalOverallSurvivalPostedToTheGraderIsA400WithTheReasonNotAGrade() {
        asGateway().contentType(ContentType.JSON).body("""
                {"form":"2a","controlMedianMonths":53.7,"experimentalMedianMonths":66.8,"hazardRatio":0.804,
                 "ciLower":0.637,"ciUpper":1.015,"pValue":0.0664}""")
                .post("/api/v1/mcbs/grade").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("pValue"))
                .body("violations[0].message", containsString("not statistically significant"));
    }

    @Test
    void storedMonarch3AndEmbracaFinalOverallSurvivalAreNotGradableWhileTheirPfsIsGraded() {
        // Goetz, Ann Oncol 2024: HR 0.804 (0.637-1.015), p 0.0664; form 2a's thresholds alone would give grade 4
        asGateway().get("/api/v1/trials/MONARCH-3").then().statusCode(200)
                .body("outcomes.find { it.analysis == 'final OS analysis' }.mcbsGrade", nullValue())
                .body("outcomes.find { it.analysis == 'final OS analysis' }.mcbsGradable", equalTo(false))
                .body("outcomes.find { it.analysis == 'final OS analysis' }.mcbsNotGradableReason",
                        containsString("p value 0.0664"))
                .body("outcomes.find { it.analysis == 'final OS analysis' }.mcbs.computedGrade", nullValue())
                .body("outcomes.find { it.analysis == 'final OS analysis' }.mcbs.notGradableReason",
                        containsString("grades only statistically significant results"))
                .body("outcomes.find { it.endpoint == 'PFS' }.mcbsGrade", equalTo("3"))
                .body("outcomes.find { it.endpoint == 'PFS' }.mcbsGradable", equalTo(true));
        // Litton, Ann Oncol 2020: HR 0.848 (0.670-1.073), p 0.17; form 2a's thresholds alone would give grade 1
        asGateway().get("/api/v1/trials/EMBRACA").then().statusCode(200)
                .body("outcomes.find { it.endpoint == 'OS' }.mcbsGrade", nullValue())
                .body("outcomes.find { it.endpoint == 'OS' }.mcbsGradable", equalTo(false))
                .body("outcomes.find { it.endpoint == 'OS' }.mcbsNotGradableReason", containsString("p value 0.17"))
                .body("outcomes.find { it.endpoint == 'PFS' }.mcbsGradable", equalTo(true));
    }
}
