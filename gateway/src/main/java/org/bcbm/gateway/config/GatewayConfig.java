package org.bcbm.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
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

    /** The credential the gateway gives each call to a back-end service. */
    ServiceCredentials serviceCredentials();

    /** Signing settings; the services hold the matching public keys. */
    interface ServiceCredentials {
        /** PKCS#8 PEM RSA private key (a Secret mounted only into the gateway; ./platform up makes a local one). */
        Path signingKey();

        /** The key's id in the services' JWK set, so a new key can be rolled out beside the old one. */
        @WithDefault("local-1")
        String keyId();

        /** How long a credential is accepted; the gateway re-signs well before it runs out. */
        @WithDefault("5M")
        Duration lifetime();
    }

    /** Retry-After seconds on a 503 when recommendation-service cannot answer. */
    @WithDefault("5")
    int retryAfterSeconds();
}
