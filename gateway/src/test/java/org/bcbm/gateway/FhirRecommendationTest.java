package org.bcbm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** POST /api/v1/recommendations with a FHIR R4 mCODE Bundle (application/fhir+json). */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class FhirRecommendationTest {

    private static final String MRN = "MRN-77-do-not-log";
    private static final String FHIR = "application/fhir+json";

    static final String BUNDLE = """
            {"resourceType":"Bundle","type":"collection","entry":[
             {"fullUrl":"urn:uuid:1","resource":{"resourceType":"Patient","id":"pt","gender":"female","birthDate":"1958-04-02",
               "identifier":[{"system":"http://hospital.example.org","value":"%s"}]}},
             {"fullUrl":"urn:uuid:2","resource":{"resourceType":"Condition","id":"bone","subject":{"reference":"Patient/pt"},
               "code":{"coding":[{"system":"http://snomed.info/sct","code":"94222008"}]},"onsetDateTime":"2026-09-01"}},
             {"fullUrl":"urn:uuid:3","resource":{"resourceType":"Observation","id":"er","status":"final",
               "subject":{"reference":"Patient/pt"},"code":{"coding":[{"system":"http://loinc.org","code":"85337-4"}]},
               "valueCodeableConcept":{"coding":[{"system":"http://loinc.org","code":"LA6576-8"}]}}},
             {"fullUrl":"urn:uuid:4","resource":{"resourceType":"Observation","id":"her2","status":"final",
               "subject":{"reference":"Patient/pt"},"code":{"coding":[{"system":"http://loinc.org","code":"48676-1"}]},
               "valueCodeableConcept":{"coding":[{"system":"http://loinc.org","code":"LA6577-6"}]}}},
             {"fullUrl":"urn:uuid:5","resource":{"resourceType":"Observation","id":"calcium","status":"final",
               "subject":{"reference":"Patient/pt"},"code":{"coding":[{"system":"http://loinc.org","code":"17861-6"}]},
               "valueQuantity":{"value":10.9,"unit":"mg/dL"}}}]}""".formatted(MRN);

    @Test
    void aFhirBundleIsAnsweredWithTheMappingsMissingDataAndUnmappedNotes() {
        given().header("X-API-Key", "local-partner-key").contentType(FHIR).body(BUNDLE)
                .post("/api/v1/recommendations?country=GB").then().statusCode(200)
                .contentType("application/json")
                .body("subtype", equalTo("HR+/HER2-"))
                .body("options.id", hasItem("letrozole-ribociclib"))
                .body("missingData", hasItems("tumour.pr", "clinical.ecog", "clinical.correctedCalciumMmolL"))
                .body("notes", hasItem(containsString("FHIR input: Observation/calcium (clinical.correctedCalciumMmolL)")));
    }

    @Test
    void aFhirBundleSentWithAcceptFhirIsAnsweredAsAFhirRequestGroupBundle() {
        given().header("X-API-Key", "local-partner-key").contentType(FHIR).accept(FHIR).body(BUNDLE)
                .post("/api/v1/recommendations?country=GB").then().statusCode(200)
                .contentType(FHIR)
                .body("resourceType", equalTo("Bundle"))
                .body("entry[0].resource.resourceType", equalTo("RequestGroup"))
                .body("entry[0].resource.intent", equalTo("proposal"))
                .body("entry[0].resource.note.text", hasItem("Missing data: clinical.correctedCalciumMmolL"));
    }

    @Test
    void aJsonProfileIsStillAnsweredAsBefore() {
        given().header("X-API-Key", "local-partner-key").contentType("application/json")
                .body(GatewayRecommendationTest.PROFILE).post("/api/v1/recommendations").then().statusCode(200)
                .body("notes", not(hasItem(containsString("FHIR input"))));
    }

    @Test
    void aResourceThatIsNotABundleIsA400ProblemNamingResourceType() {
        given().header("X-API-Key", "local-partner-key").contentType(FHIR)
                .body("{\"resourceType\":\"Patient\",\"id\":\"pt\"}").post("/api/v1/recommendations").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("resourceType"))
                .body("detail", containsString("expected \"Bundle\""));
    }

    @Test
    void aBodyThatIsNotJsonIsA400ProblemNamingTheBody() {
        given().header("X-API-Key", "local-partner-key").contentType(FHIR).body("{\"resourceType\": ")
                .post("/api/v1/recommendations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("body"));
    }

    @Test
    void aBundleWithoutHer2IsA400ProblemNamingTumourHer2() {
        String noHer2 = BUNDLE.replace("\"code\":\"48676-1\"", "\"code\":\"00000-0\"");
        given().header("X-API-Key", "local-partner-key").contentType(FHIR).body(noHer2)
                .post("/api/v1/recommendations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("tumour.her2"))
                .body("violations.field", not(hasItem("tumour.er")));
    }

    @Test
    void anInvalidCountryIsA400ProblemNamingTheCountryParameter() {
        given().header("X-API-Key", "local-partner-key").contentType(FHIR).body(BUNDLE)
                .post("/api/v1/recommendations?country=XX").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("country"));
    }

    @Test
    void theOpenApiDocumentShowsTheFhirRequestMediaTypeAndDescribesTheCountryWithoutChangingClientSignatures() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/recommendations'.post.requestBody.content", hasKey(FHIR))
                .body("paths.'/api/v1/recommendations'.post.description", containsString("query parameter country"))
                .body("paths.'/api/v1/recommendations'.post.parameters.name", not(hasItem("country")));
    }

    @Test
    void thePatientsIdentifierNeverReachesTheLog() {
        RequestIdsAndPatientPrivacyTest.Capture capture = new RequestIdsAndPatientPrivacyTest.Capture();
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            given().header("X-API-Key", "local-partner-key").contentType(FHIR).body(BUNDLE)
                    .post("/api/v1/recommendations?country=GB").then().statusCode(200);
            given().header("X-API-Key", "local-partner-key").contentType(FHIR)
                    .body(BUNDLE.replace("\"gender\":\"female\"", "\"gender\":{\"oops\":1}"))
                    .post("/api/v1/recommendations").then().statusCode(400);
            given().header("X-API-Key", "local-partner-key").contentType(FHIR).body(BUNDLE.substring(0, 200))
                    .post("/api/v1/recommendations").then().statusCode(400);
        } finally {
            root.removeHandler(capture);
        }
        capture.lines.forEach(line -> assertFalse(line.contains(MRN), "identifier logged: " + line));
    }
}
