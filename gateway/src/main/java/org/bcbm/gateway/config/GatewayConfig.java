package org.bcbm.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Gateway settings. */
@ConfigMapping(prefix = "bcbm.gateway")
public interface GatewayConfig {

    /** Create the well-known local keys (local-partner-key, local-curator-key): only for ./platform up and tests. */
    @WithDefault("false")
    boolean localKeys();

    /**
     * Production keys, from a Kubernetes Secret: comma-separated {@code name|role|key} entries (role: partner,
     * curator or ops). Only their SHA-256 hashes are stored.
     */
    Optional<String> partnerKeys();

    /** Retry-After seconds on a 503 when recommendation-service cannot answer. */
    @WithDefault("5")
    int retryAfterSeconds();
}
