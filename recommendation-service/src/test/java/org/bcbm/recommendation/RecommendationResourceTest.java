package org.bcbm.recommendation;

import static org.awaitility.Awaitility.await;
import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import org.bcbm.recommendation.event.KnowledgeEvents;
import org.bcbm.recommendation.repository.AuditRepository;
import org.bcbm.recommendation.rules.Engine;
import org.bcbm.recommendation.service.KnowledgeState;
import org.bcbm.testsupport.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/recommendations on this service: validated, answered from the snapshot, audited pseudonymously once. */
@QuarkusTest
class RecommendationResourceTest {

    @Inject
    EntityManager em;

    @Inject
    AuditRepository audits;

    @Inject
    KnowledgeState state;

    @BeforeEach
    void knowledgeLoaded() {
        KnowledgeEvents.seedMinimalKnowledge(state);
    }

    @Test
    void answersFromTheSnapshotAndAuditsWithoutTheClearPatientRef() {
        String patientRef = "patient-" + UUID.randomUUID();
        String requestId = asGateway().contentType(ContentType.JSON).body(profile(patientRef))
                .post("/api/v1/recommendations").then().statusCode(200)
                .body("subtype", equalTo("HR+/HER2-"))
                .body("options.find { it.id == 'denosumab' }.evidence.trialId", hasItem("STOPECK-2010"))
                // the design facts travel with the outcomes (whichever STOPECK-2010 version the shared test topic holds)
                .body("options.find { it.id == 'denosumab' }.evidence.trialName", everyItem(not(emptyOrNullString())))
                .body("options.find { it.id == 'denosumab' }.evidence.phase", hasItem("III"))
                .body("knowledgeVersion.rules", equalTo(Engine.RULES_VERSION))
                .extract().path("requestId");

        // acknowledged by the broker before the answer left
        var event = Topics.await("test.recommendation.events", Duration.ofSeconds(5), r -> requestId.equals(r.key()));
        assertTrue(event.isPresent(), "RecommendationIssued must be on test.recommendation.events");
        assertFalse(event.get().value().contains(patientRef), "the clear patientRef never leaves the service");

        await().atMost(Duration.ofSeconds(20)).until(() -> auditRows(requestId) == 1);
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT patient_hash, CAST(option_ids AS text) FROM audit_log WHERE request_id = CAST(:id AS uuid)")
                .setParameter("id", requestId).getSingleResult());
        String hash = (String) row[0];
        assertEquals(64, hash.length());
        assertFalse(hash.contains(patientRef));
        assertTrue(event.get().value().contains(hash));
        assertTrue(((String) row[1]).contains("denosumab"));
    }

    @Test
    void retriedRequestGetsTheSameAnswerAndOneAudit() {
        String requestId = UUID.randomUUID().toString();
        String first = asGateway().header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(profile("p-" + requestId)).post("/api/v1/recommendations").then().statusCode(200)
                .body("requestId", equalTo(requestId)).extract().asString();
        String again = asGateway().header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(profile("p-" + requestId)).post("/api/v1/recommendations").then().statusCode(200)
                .extract().asString();
        assertEquals(first, again);
        await().atMost(Duration.ofSeconds(20)).until(() -> auditRows(requestId) == 1);
        // a redelivered audit record (same key) still makes no second row
        String record = Topics.await("test.recommendation.events", Duration.ofSeconds(5), r -> requestId.equals(r.key()))
                .orElseThrow().value();
        Topics.send("test.recommendation.events", requestId, record);
        String marker = asGateway().contentType(ContentType.JSON).body(profile("marker"))
                .post("/api/v1/recommendations").then().statusCode(200).extract().path("requestId");
        await().atMost(Duration.ofSeconds(20)).until(() -> auditRows(marker) == 1);
        assertEquals(1, auditRows(requestId));
    }

    @Test
    void requestIdReusedForAnotherProfileIsA400NamingTheHeader() {
        String requestId = UUID.randomUUID().toString();
        asGateway().header("X-Request-Id", requestId).contentType(ContentType.JSON).body(profile("first"))
                .post("/api/v1/recommendations").then().statusCode(200);
        asGateway().header("X-Request-Id", requestId).contentType(ContentType.JSON).body(profile("second"))
                .post("/api/v1/recommendations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("X-Request-Id"));
    }

    @Test
    void requestIdThatIsNotAUuidIsA400NamingTheHeader() {
        asGateway().header("X-Request-Id", "not-a-uuid").contentType(ContentType.JSON).body(profile("x"))
                .post("/api/v1/recommendations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("X-Request-Id"));
    }

    @Test
    void invalidProfileIsA400NamingEachField() {
        asGateway().contentType(ContentType.JSON).body("""
                {"sex":"female","tumour":{"er":"positive","her2":"maybe"},"metastases":{"sites":["bone"]}}""")
                .post("/api/v1/recommendations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("tumour.her2"));
        asGateway().contentType(ContentType.JSON).body("""
                {"sex":"female","tumour":{"er":"positive"},"metastases":{"sites":[]},"clinical":{"ecog":7}}""")
                .post("/api/v1/recommendations").then().statusCode(400)
                .body("violations.field", hasItem("tumour.her2"))
                .body("violations.field", hasItem("metastases.sites"))
                .body("violations.field", hasItem("clinical.ecog"));
    }

    private long auditRows(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> audits.count(requestId));
    }

    private static String profile(String patientRef) {
        return """
                {"patientRef":"%s","sex":"female","age":66,"tumour":{"er":"positive","her2":"negative"},
                 "metastases":{"sites":["bone"]},"resourceSetting":{"country":"GB"}}""".formatted(patientRef);
    }
}
