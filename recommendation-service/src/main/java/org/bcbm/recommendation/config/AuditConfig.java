package org.bcbm.recommendation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Audit settings: the key that pseudonymises patientRef (a Kubernetes Secret in production), and where audits go. */
@ConfigMapping(prefix = "bcbm.audit")
public interface AuditConfig {

    /** HMAC-SHA256 key for patientRef; the clear value is never stored. */
    String patientRefKey();

    /** recommendation.events: RecommendationIssued keyed by request id. */
    String topic();

    /** How long an answer waits for the broker before its audit goes to the outbox instead. */
    @WithDefault("2s")
    Duration ackTimeout();

    /**
     * Requests remembered by request id, so that a retry gets the same answer (see AnsweredRequests): at most so many,
     * in arrays allocated at start (about 60 bytes each). 32,768 cover the window at 3,000 answers a second. A retry
     * that finds its request forgotten is answered afresh, and its audit is still recorded once (the event id and the
     * audit_log row are keyed by request id).
     */
    @WithDefault("32768")
    int replayCacheSize();

    /**
     * And only for so long: the gateway retries once, 100 ms after a first attempt that failed or passed its 4 s
     * timeout, so a request older than that is never asked for again.
     */
    @WithDefault("10s")
    Duration replayWindow();
}
