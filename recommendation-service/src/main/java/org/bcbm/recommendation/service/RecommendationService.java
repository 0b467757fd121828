package org.bcbm.recommendation.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.RequestIds;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.recommendation.config.AuditConfig;
import org.bcbm.recommendation.event.AuditTrail;
import org.bcbm.recommendation.rules.Engine;

/**
 * Answers one profile from the in-memory knowledge snapshot and audits it, pseudonymised. The request id is the
 * idempotency key: a retry with the same id and profile gets the same answer (while the knowledge it was answered
 * from still serves) and its audit is recorded once, wherever it lands.
 */
@ApplicationScoped
public class RecommendationService {

    private final Engine engine = new Engine();
    private final KnowledgeState knowledge;
    private final AuditTrail audit;
    private final SecretKeySpec patientRefKey;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final AnsweredRequests answered;

    public RecommendationService(KnowledgeState knowledge, AuditTrail audit, AuditConfig config) {
        this.knowledge = knowledge;
        this.audit = audit;
        this.patientRefKey = new SecretKeySpec(config.patientRefKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.answered = new AnsweredRequests(config.replayCacheSize(), config.replayWindow());
    }

    /** Completes once the answer's audit is durable; a 503 problem while knowledge is still loading. */
    public Uni<Recommendation> recommend(PatientProfile profile, String requestIdHeader) {
        String requestId = RequestIds.parse(requestIdHeader);
        UUID id = UUID.fromString(requestId);
        int fingerprint = profile.hashCode();
        long now = System.currentTimeMillis();
        KnowledgeSnapshot snapshot = knowledge.forAnswer();
        AnsweredRequests.Earlier earlier = answered.find(id, now);
        Instant at;
        if (earlier == null) {
            at = Instant.now();
            answered.remember(id, fingerprint, snapshot.serial(), at, now);
        } else if (earlier.fingerprint() != fingerprint) {
            throw ProblemException.badField(RequestIds.HEADER, "already names a request for another profile: "
                    + "send a new id for a new request");
        } else {
            // the same snapshot at the same instant gives the same answer; newer knowledge gives the newer answer
            at = earlier.snapshotSerial() == snapshot.serial() ? earlier.at() : Instant.now();
        }
        Recommendation answer = engine.recommend(profile, snapshot, requestId, at);
        return audit.issued(answer, pseudonym(profile.patientRef())).replaceWith(answer);
    }

    /** HMAC-SHA256 of patientRef under a secret key: stable per patient, not reversible without the key. */
    public String pseudonym(String patientRef) {
        if (patientRef == null) {
            return null;
        }
        return HexFormat.of().formatHex(macs.get().doFinal(patientRef.getBytes(StandardCharsets.UTF_8)));
    }

    /** One keyed Mac per thread: looking the algorithm up and keying it on every answer costs more than the hash. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(patientRefKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
