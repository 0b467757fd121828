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

    /** The per-replica cache of resolved API keys. */
    KeyCache keyCache();

    /** Bounds of the per-replica memory of resolved keys. */
    interface KeyCache {
        /** Keys remembered (valid or not); the least recently used go first. */
        @WithDefault("10000")
        long maximumSize();

        /**
         * How long a replica trusts what it read: a key revoked, or a quota or role changed, on one replica takes
         * effect on every other within this time.
         */
        @WithDefault("30S")
        Duration expireAfterWrite();
    }

    /** Quotas shared by the replicas through the gateway's database. */
    Quota quota();

    /** How replicas share each key's requests per minute. */
    interface Quota {
        /**
         * A replica leases a key's allowance in blocks of quota / this (at least 1): more means fewer requests get
         * refused by one replica while another holds unused lease, fewer means fewer database round trips.
         */
        @WithDefault("20")
        int blocksPerWindow();

        /** Keys whose lease a replica remembers; the least recently used go first (their unused lease is lost). */
        @WithDefault("10000")
        long maximumKeys();
    }

    /** Retry-After seconds on a 503 when recommendation-service cannot answer. */
    @WithDefault("5")
    int retryAfterSeconds();
}
