package org.bcbm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/recommendations answers FHIR R4 (a Bundle holding the RequestGroup) only to a caller that asks for
 * application/fhir+json; every other caller gets the JSON answer it always had, and failures stay problems.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class RecommendationAsFhirR4ByContentNegotiationTest {

    private static final String GROUP = "entry[0].resource";

    @ConfigProperty(name = "test.stub.recommendation")
    String recommendationStub;

    @AfterEach
    void recommendationServiceBackToNormal() {
        RestAssured.given().post(recommendationStub + "/__mode/ok").then().statusCode(204);
    }

    private static RequestSpecification partner() {
        return given().header("X-API-Key", "local-partner-key").contentType(ContentType.JSON)
                .body(GatewayRecommendationTest.PROFILE);
    }

    @Test
    void acceptFhirJsonGetsABundleWithTheRequestGroupOfProposals() {
        partner().accept("application/fhir+json").post("/api/v1/recommendations").then().statusCode(200)
                .contentType("application/fhir+json")
                .body("resourceType", equalTo("Bundle")).body("type", equalTo("collection"))
                .body(GROUP + ".resourceType", equalTo("RequestGroup"))
                .body(GROUP + ".intent", equalTo("proposal"))
                .body(GROUP + ".action.title", equalTo(java.util.List.of("Systemic therapy", "Radiotherapy")))
                .body(GROUP + ".action[0].action[0].title", equalTo("Letrozole + ribociclib"))
                .body(GROUP + ".action[0].action[0].prefix", equalTo("1"))
                .body(GROUP + ".action[0].action[0].documentation[0].url", equalTo("https://doi.org/10.1056/NEJMoa2114663"))
                .body(GROUP + ".contained.resourceType", hasItem("MedicationRequest"))
                .body(GROUP + ".contained.resourceType", hasItem("ServiceRequest"))
                .body(GROUP + ".contained.find { it.resourceType == 'MedicationRequest' }.intent", equalTo("proposal"))
                .body(GROUP + ".contained.find { it.resourceType == 'ServiceRequest' }.orderDetail[0].text",
                        equalTo("8 Gy in 1 fraction"));
    }

    @Test
    void theDefaultAnswerIsUnchangedJson() {
        partner().post("/api/v1/recommendations").then().statusCode(200).contentType(ContentType.JSON)
                .body("subtype", equalTo("HR+/HER2-")).body("resourceType", nullValue());
        partner().accept("*/*").post("/api/v1/recommendations").then().statusCode(200).contentType(ContentType.JSON)
                .body("options[0].id", equalTo("letrozole-ribociclib"));
        // what generated clients send when an operation offers both: the JSON they were generated for
        partner().accept("application/json, application/fhir+json").post("/api/v1/recommendations").then()
                .statusCode(200).contentType(ContentType.JSON).body("subtype", equalTo("HR+/HER2-"));
    }

    @Test
    void fhirPreferredByQualityWinsOverJson() {
        partner().accept("application/json;q=0.5, application/fhir+json").post("/api/v1/recommendations").then()
                .statusCode(200).contentType("application/fhir+json").body("resourceType", equalTo("Bundle"));
    }

    @Test
    void aFailureIsStillAProblemWhenFhirWasAskedFor() {
        RestAssured.given().post(recommendationStub + "/__mode/down").then().statusCode(204);
        partner().accept("application/fhir+json").post("/api/v1/recommendations").then().statusCode(503)
                .contentType("application/problem+json");
    }
}
