package org.bcbm.recommendation.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.bcbm.common.event.v1.RecommendationIssued;

/** audit_log: one row per request id, whatever the redeliveries or retries of that request. */
@ApplicationScoped
public class AuditRepository {

    private final EntityManager em;
    private final ObjectMapper mapper;

    public AuditRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** One statement per batch: the audit topic brings hundreds of records a second under load. */
    private static final int ROWS_PER_STATEMENT = 500;

    /** @return how many were new */
    public int insertIfAbsent(List<RecommendationIssued> audits) {
        int inserted = 0;
        for (int from = 0; from < audits.size(); from += ROWS_PER_STATEMENT) {
            List<RecommendationIssued> chunk = audits.subList(from, Math.min(audits.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("INSERT INTO audit_log (request_id, patient_hash, rules_version, "
                    + "evidence_version, access_version, subtype, option_ids, created_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(CAST(?").append(8 * i + 1).append(" AS uuid), ?")
                        .append(8 * i + 2).append(", ?").append(8 * i + 3).append(", ?").append(8 * i + 4)
                        .append(", ?").append(8 * i + 5).append(", ?").append(8 * i + 6).append(", CAST(?")
                        .append(8 * i + 7).append(" AS jsonb), ?").append(8 * i + 8).append(")");
            }
            sql.append(" ON CONFLICT (request_id) DO NOTHING");
            Query query = em.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                RecommendationIssued a = chunk.get(i);
                query.setParameter(8 * i + 1, a.requestId()).setParameter(8 * i + 2, a.patientHash())
                        .setParameter(8 * i + 3, a.rulesVersion()).setParameter(8 * i + 4, a.evidenceVersion())
                        .setParameter(8 * i + 5, a.accessVersion()).setParameter(8 * i + 6, a.subtype())
                        .setParameter(8 * i + 7, json(a.optionIds()))
                        .setParameter(8 * i + 8, Timestamp.from(Instant.parse(a.generatedAt())));
            }
            inserted += query.executeUpdate();
        }
        return inserted;
    }

    public long count(String requestId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM audit_log WHERE request_id = CAST(:id AS uuid)")
                .setParameter("id", requestId).getSingleResult()).longValue();
    }

    private String json(List<String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("option ids are not serialisable", e);
        }
    }
}
