package org.bcbm.recommendation.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    /** @return how many were new */
    public int insertIfAbsent(List<RecommendationIssued> audits) {
        int inserted = 0;
        for (RecommendationIssued a : audits) {
            inserted += em.createNativeQuery("INSERT INTO audit_log (request_id, patient_hash, rules_version, "
                    + "evidence_version, access_version, subtype, option_ids, created_at) VALUES (CAST(:id AS uuid), "
                    + ":hash, :rules, :ev, :ac, :subtype, CAST(:options AS jsonb), :at) ON CONFLICT (request_id) DO NOTHING")
                    .setParameter("id", a.requestId()).setParameter("hash", a.patientHash())
                    .setParameter("rules", a.rulesVersion()).setParameter("ev", a.evidenceVersion())
                    .setParameter("ac", a.accessVersion()).setParameter("subtype", a.subtype())
                    .setParameter("options", json(a.optionIds()))
                    .setParameter("at", Timestamp.from(Instant.parse(a.generatedAt())))
                    .executeUpdate();
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
