package org.bcbm.recommendation.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.outbox.Outbox;

/** The audit of each answer: a row in audit_log and a RecommendationIssued event, in the request's transaction. */
@ApplicationScoped
public class RecommendationEvents {

    /** What analytics receive: versions and option ids, a keyed hash instead of the patient reference. */
    public record RecommendationIssued(String requestId, String patientHash, String rulesVersion,
            String evidenceVersion, String accessVersion, String subtype, List<String> optionIds,
            List<String> contraindicated, String generatedAt) {
    }

    private final EntityManager em;
    private final Outbox outbox;
    private final ObjectMapper mapper;

    public RecommendationEvents(EntityManager em, Outbox outbox, ObjectMapper mapper) {
        this.em = em;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    public void issued(Recommendation r, String patientHash) {
        List<String> optionIds = r.options().stream().map(Recommendation.Option::id).toList();
        RecommendationIssued event = new RecommendationIssued(r.requestId(), patientHash, r.knowledgeVersion().rules(),
                r.knowledgeVersion().evidence(), r.knowledgeVersion().access(), r.subtype(), optionIds,
                r.contraindicated().stream().map(Recommendation.Contraindication::inn).toList(),
                r.generatedAt().toString());
        em.createNativeQuery("INSERT INTO audit_log (request_id, patient_hash, rules_version, evidence_version, "
                + "access_version, subtype, option_ids, created_at) VALUES (CAST(:id AS uuid), :hash, :rules, :ev, :ac, "
                + ":subtype, CAST(:options AS jsonb), :at)")
                .setParameter("id", r.requestId()).setParameter("hash", patientHash)
                .setParameter("rules", r.knowledgeVersion().rules()).setParameter("ev", r.knowledgeVersion().evidence())
                .setParameter("ac", r.knowledgeVersion().access()).setParameter("subtype", r.subtype())
                .setParameter("options", mapper.valueToTree(optionIds).toString()).setParameter("at", java.sql.Timestamp.from(r.generatedAt()))
                .executeUpdate();
        outbox.record("recommendation", r.requestId(), 0, "RecommendationIssued", event);
    }
}
