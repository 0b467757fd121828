package org.bcbm.recommendation.config;

import io.smallrye.config.ConfigMapping;

/** Audit settings: the key that pseudonymises patientRef (a Kubernetes Secret in production). */
@ConfigMapping(prefix = "bcbm.audit")
public interface AuditConfig {

    /** HMAC-SHA256 key for patientRef; the clear value is never stored. */
    String patientRefKey();
}
