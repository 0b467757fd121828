package org.bcbm.gateway;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Reads the gateway's cds_feedback table in tests, in a transaction of its own. */
final class CdsFeedbackQueries {

    private CdsFeedbackQueries() {
    }

    static long count(String card, String outcome, String reasonCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = CDI.current().select(EntityManager.class).get();
            return ((Number) em.createNativeQuery("SELECT count(*) FROM cds_feedback WHERE card_uuid = ?1 "
                    + "AND outcome = ?2 AND override_reason_code = ?3 AND user_comment IS NOT NULL")
                    .setParameter(1, UUID.fromString(card)).setParameter(2, outcome).setParameter(3, reasonCode)
                    .getSingleResult()).longValue();
        });
    }
}
