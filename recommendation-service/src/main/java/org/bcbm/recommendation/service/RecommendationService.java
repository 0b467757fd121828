package org.bcbm.recommendation.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.RequestIds;
import org.bcbm.recommendation.config.AuditConfig;
import org.bcbm.recommendation.event.AuditTrail;
import org.bcbm.recommendation.rules.Engine;

/**
 * Answers one profile from the in-memory knowledge snapshot and audits it, pseudonymised. The request id is the
 * idempotency key: a retry with the same id gets the same answer and records no second audit.
 */
@ApplicationScoped
public class RecommendationService {

    private final Engine engine = new Engine();
    private final KnowledgeState knowledge;
    private final AuditTrail audit;
    private final SecretKeySpec patientRefKey;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    /** An answer kept for a retry of its request: only as long as a caller's retry can take, and only so many. */
    private record Kept(Recommendation answer, long until) {
    }

    private final int replayCacheSize;
    private final long replayWindowMillis;
    private final Map<String, Kept> answered = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> answeredOrder = new ConcurrentLinkedQueue<>();

    public RecommendationService(KnowledgeState knowledge, AuditTrail audit, AuditConfig config) {
        this.knowledge = knowledge;
        this.audit = audit;
        this.patientRefKey = new SecretKeySpec(config.patientRefKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.replayCacheSize = config.replayCacheSize();
        this.replayWindowMillis = config.replayWindow().toMillis();
    }

    /** Completes once the answer's audit is durable; a 503 problem while knowledge is still loading. */
    public Uni<Recommendation> recommend(PatientProfile profile, String requestIdHeader) {
        String requestId = RequestIds.parse(requestIdHeader);
        Kept earlier = answered.get(requestId);
        if (earlier != null && earlier.until() > System.currentTimeMillis()) {
            return Uni.createFrom().item(earlier.answer());
        }
        Recommendation answer = engine.recommend(profile, knowledge.forAnswer(), requestId, Instant.now());
        return audit.issued(answer, pseudonym(profile.patientRef())).replaceWith(answer)
                .invoke(a -> remember(requestId, a));
    }


    /** Oldest first out, whether expired or over the size: the cache never holds more than a retry needs. */
    private void remember(String requestId, Recommendation answer) {
        long now = System.currentTimeMillis();
        if (answered.putIfAbsent(requestId, new Kept(answer, now + replayWindowMillis)) == null) {
            answeredOrder.add(requestId);
        }
        String oldest;
        while ((oldest = answeredOrder.peek()) != null) {
            Kept k = answered.get(oldest);
            if (k != null && k.until() > now && answered.size() <= replayCacheSize) {
                break;
            }
            if (answeredOrder.remove(oldest)) {
                answered.remove(oldest);
            }
        }
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
