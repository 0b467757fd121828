package org.bcbm.recommendation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.bcbm.recommendation.event.KnowledgeEventsConsumerTestSupport;
import org.bcbm.recommendation.repository.ReadModelRepository;
import org.bcbm.testsupport.Topics;
import org.junit.jupiter.api.Test;

/** POST /api/v1/recommendations on this service: validated, answered from the read models, audited pseudonymously. */
@QuarkusTest
class RecommendationResourceTest {

    @Inject
    EntityManager em;

    @Inject
    ReadModelRepository readModels;

    @Test
    void answersFromReadModelsAndAuditsWithoutTheClearPatientRef() {
        KnowledgeEventsConsumerTestSupport.seedStopeck();
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> readModels.trial("STOPECK-2010").isPresent()));
        String patientRef = "patient-" + UUID.randomUUID();
        String requestId = given().contentType(ContentType.JSON).body("""
                {"patientRef":"%s","sex":"female","age":66,"tumour":{"er":"positive","her2":"negative"},
                 "metastases":{"sites":["bone"]}}""".formatted(patientRef))
                .post("/api/v1/recommendations").then().statusCode(200)
                .body("subtype", equalTo("HR+/HER2-"))
                .body("options.find { it.id == 'bone.denosumab' }.evidence.trialId", hasItem("STOPECK-2010"))
                .body("knowledgeVersion.rules", equalTo("bcbm-rules 2026.11.0"))
                .extract().path("requestId");

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT patient_hash, CAST(option_ids AS text) FROM audit_log WHERE request_id = CAST(:id AS uuid)")
                .setParameter("id", requestId).getSingleResult());
        String hash = (String) row[0];
        assertEquals(64, hash.length());
        assertFalse(hash.contains(patientRef));
        assertTrue(((String) row[1]).contains("bone.denosumab"));

        var event = Topics.await("test.recommendation.events", Duration.ofSeconds(20), r -> requestId.equals(r.key()));
        assertTrue(event.isPresent(), "RecommendationIssued must reach test.recommendation.events");
        assertTrue(event.get().value().contains(hash));
        assertFalse(event.get().value().contains(patientRef), "the clear patientRef never leaves the service");
    }

    @Test
    void invalidProfileIsA400NamingEachField() {
        given().contentType(ContentType.JSON).body("""
                {"sex":"female","tumour":{"er":"positive","her2":"maybe"},"metastases":{"sites":["bone"]}}""")
                .post("/api/v1/recommendations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("tumour.her2"));
        given().contentType(ContentType.JSON).body("""
                {"sex":"female","tumour":{"er":"positive"},"metastases":{"sites":[]},"clinical":{"ecog":7}}""")
                .post("/api/v1/recommendations").then().statusCode(400)
                .body("violations.field", hasItem("tumour.her2"))
                .body("violations.field", hasItem("metastases.sites"))
                .body("violations.field", hasItem("clinical.ecog"));
    }
}
