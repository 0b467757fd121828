package org.bcbm.evidence;

import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Treatments with their class, mechanism, ATC code and the trials that tested them. */
@QuarkusTest
class TreatmentResourceTest {

    @Test
    void treatmentCarriesAtcClassAndItsTrials() {
        asGateway().get("/api/v1/treatments/Denosumab").then().statusCode(200)
                .body("treatment.inn", equalTo("denosumab"))
                .body("treatment.atcCode", equalTo("M05BX04"))
                .body("treatment.modality", equalTo("bone_modifying"))
                .body("trials.trialId", hasItem("STOPECK-2010"));
    }

    @Test
    void listFiltersByModality() {
        asGateway().queryParam("modality", "endocrine").queryParam("size", 50).get("/api/v1/treatments").then()
                .statusCode(200).body("items.inn", hasItems("letrozole", "tamoxifen", "fulvestrant", "goserelin"))
                .body("items.modality", org.hamcrest.Matchers.everyItem(equalTo("endocrine")));
    }

    @Test
    void unknownTreatmentIsA404Problem() {
        asGateway().get("/api/v1/treatments/unobtainium").then().statusCode(404).contentType("application/problem+json");
    }
}
