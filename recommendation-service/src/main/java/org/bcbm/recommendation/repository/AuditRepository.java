package org.bcbm.recommendation.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.bcbm.common.event.v1.RecommendationIssued;
import org.hibernate.Session;

/** audit_log: one row per request id, whatever the redeliveries or retries of that request. */
@ApplicationScoped
public class AuditRepository {

    private final EntityManager em;
    private final ObjectMapper mapper;

    public AuditRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * One statement of eight array parameters, whatever the batch's size: the same text every time, so neither
     * Hibernate nor PostgreSQL parses a new statement per batch (a VALUES list of 8 parameters a row made one per size).
     */
    private static final String INSERT = "INSERT INTO audit_log (request_id, patient_hash, rules_version, "
            + "evidence_version, access_version, subtype, option_ids, created_at) "
            + "SELECT CAST(r AS uuid), p, rv, ev, av, s, CAST(o AS jsonb), CAST(c AS timestamptz) FROM unnest("
            + "CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), "
            + "CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[])) AS t(r, p, rv, ev, av, s, o, c) "
            + "ON CONFLICT (request_id) DO NOTHING";

    /** @return how many were new */
    public int insertIfAbsent(List<RecommendationIssued> audits) {
        if (audits.isEmpty()) {
            return 0;
        }
        int n = audits.size();
        String[][] columns = new String[8][n];
        for (int i = 0; i < n; i++) {
            RecommendationIssued a = audits.get(i);
            columns[0][i] = a.requestId();
            columns[1][i] = a.patientHash();
            columns[2][i] = a.rulesVersion();
            columns[3][i] = a.evidenceVersion();
            columns[4][i] = a.accessVersion();
            columns[5][i] = a.subtype();
            columns[6][i] = json(a.optionIds());
            columns[7][i] = Instant.parse(a.generatedAt()).toString();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int c = 0; c < columns.length; c++) {
                    insert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
                }
                return insert.executeUpdate();
            }
        });
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
