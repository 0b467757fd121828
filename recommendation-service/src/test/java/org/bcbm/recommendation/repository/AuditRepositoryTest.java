package org.bcbm.recommendation.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.bcbm.common.event.v1.RecommendationIssued;
import org.junit.jupiter.api.Test;

/** audit_log keeps one row per request id, whatever the batch brings twice or brought before. */
@QuarkusTest
class AuditRepositoryTest {

    @Inject
    AuditRepository audits;

    @Inject
    EntityManager em;

    private static RecommendationIssued audit(String requestId, String patientHash) {
        return new RecommendationIssued(requestId, patientHash, "rules", "ev", "ac", "HR+/HER2-",
                List.of("letrozole-ribociclib", "denosumab"), List.of(), "2026-11-30T12:00:00.123Z");
    }

    @Test
    void aBatchInsertsEachNewRequestOnceAndSkipsWhatItRepeatsOrWhatWasThere() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        assertEquals(1, (int) QuarkusTransaction.requiringNew().call(() -> audits.insertIfAbsent(List.of(audit(a, "h1")))));
        int inserted = QuarkusTransaction.requiringNew().call(() -> audits.insertIfAbsent(
                List.of(audit(a, "h1"), audit(b, null), audit(b, null))));
        assertEquals(1, inserted, "a was there before; b came twice in one batch");
        assertEquals(1, audits.count(b));
        Object[] row = (Object[]) em.createNativeQuery("SELECT patient_hash, CAST(option_ids AS text), "
                + "CAST(created_at AS text) FROM audit_log WHERE request_id = CAST(:id AS uuid)")
                .setParameter("id", a).getSingleResult();
        assertEquals("h1", row[0]);
        assertEquals("[\"letrozole-ribociclib\", \"denosumab\"]", row[1]);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> audits.insertIfAbsent(List.of())));
    }
}
