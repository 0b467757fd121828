package org.bcbm.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.recommendation.config.AuditConfig;
import org.bcbm.recommendation.event.RecommendationEvents;
import org.bcbm.recommendation.repository.ReadModelRepository;
import org.bcbm.recommendation.rules.Engine;

/** Answers one profile from the read models and records, pseudonymised, what was recommended. */
@ApplicationScoped
public class RecommendationService {

    private final Engine engine = new Engine();
    private final ReadModelRepository readModels;
    private final RecommendationEvents events;
    private final SecretKeySpec patientRefKey;

    public RecommendationService(ReadModelRepository readModels, RecommendationEvents events, AuditConfig audit) {
        this.readModels = readModels;
        this.events = events;
        this.patientRefKey = new SecretKeySpec(audit.patientRefKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Transactional
    public Recommendation recommend(PatientProfile profile) {
        String requestId = UUID.randomUUID().toString();
        Recommendation answer = engine.recommend(profile, new DbKnowledge(readModels), requestId, Instant.now());
        events.issued(answer, pseudonym(profile.patientRef()));
        return answer;
    }

    /** HMAC-SHA256 of patientRef under a secret key: stable per patient, not reversible without the key. */
    public String pseudonym(String patientRef) {
        if (patientRef == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(patientRefKey);
            return HexFormat.of().formatHex(mac.doFinal(patientRef.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
