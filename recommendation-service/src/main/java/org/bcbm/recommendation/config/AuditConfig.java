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

    /** Answers kept by request id, so a retried request gets the same answer and no second audit: at most so many. */
    @WithDefault("2000")
    int replayCacheSize();

    /** And only for so long: a gateway retries within seconds, and audit_log keeps one row per id regardless. */
    @WithDefault("30s")
    Duration replayWindow();
}
