package org.bcbm.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bcbm.gateway.KeySource;
import org.bcbm.gateway.PartnerKey;
import org.bcbm.gateway.Role;
import org.bcbm.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Resolves an X-API-Key to its partner by hash; at start, creates the Secret's keys and the local ones and revokes
 * those no longer configured.
 */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    static final String LOCAL_PARTNER = "local-partner-key";
    static final String LOCAL_CURATOR = "local-curator-key";
    static final String LOCAL_OPS = "local-ops-key";

    /** The identity a valid key stands for. */
    public record Caller(String name, Role role, int requestsPerMinute, String keyHash) {
    }

    /**
     * Unknown keys are remembered too (Optional.empty), so a client retrying a wrong key costs no database read; the
     * bound keeps a flood of random keys from growing the heap, and the expiry is how long a revocation or a quota
     * change made on another replica takes to reach this one.
     */
    private final Cache<String, Optional<Caller>> cache;
    private final GatewayConfig config;

    public ApiKeys(GatewayConfig config) {
        this.config = config;
        this.cache = Caffeine.newBuilder()
                .maximumSize(config.keyCache().maximumSize())
                .expireAfterWrite(config.keyCache().expireAfterWrite())
                .build();
    }

    void onStart(@Observes StartupEvent start) {
        syncLocalKeys(config.localKeys());
        if (config.localKeys()) {
            LOG.info("local keys ready: local-partner-key (partner), local-curator-key (curator), local-ops-key (ops)");
        }
        syncConfiguredKeys(config.partnerKeys().orElse(""));
    }

    /**
     * Makes the database hold exactly the Secret's keys: name|role|key[|requests per minute] entries, comma-separated
     * (quota 600 when absent); a key from the Secret that is no longer listed is revoked. A malformed entry stops the
     * start rather than silently lock a partner out.
     */
    @Transactional
    public void syncConfiguredKeys(String entries) {
        Set<String> listed = new HashSet<>();
        for (String entry : entries.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.trim().split("\\|");
            if (parts.length < 3 || parts.length > 4 || parts[2].length() < 16
                    || parts.length == 4 && !parts[3].matches("[1-9][0-9]{0,8}")) {
                throw new IllegalStateException("bcbm.gateway.partner-keys: each entry must be name|role|key with a key "
                        + "of at least 16 characters, optionally |requests per minute");
            }
            listed.add(upsert(parts[2], parts[0], Role.of(parts[1]), parts.length == 4 ? Integer.parseInt(parts[3]) : null,
                    KeySource.SECRET));
        }
        int revoked = revokeUnlisted(KeySource.SECRET, listed);
        LOG.infof("%d partner keys configured from the environment; %d no longer listed there revoked",
                listed.size(), revoked);
    }

    /** The well-known local keys exist only while local keys are on: a start with them off revokes them. */
    @Transactional
    public void syncLocalKeys(boolean on) {
        Set<String> listed = new HashSet<>();
        if (on) {
            listed.add(upsert(LOCAL_PARTNER, "local partner", Role.PARTNER, null, KeySource.LOCAL));
            listed.add(upsert(LOCAL_CURATOR, "local curator", Role.CURATOR, null, KeySource.LOCAL));
            listed.add(upsert(LOCAL_OPS, "local ops", Role.OPS, null, KeySource.LOCAL));
        }
        revokeUnlisted(KeySource.LOCAL, listed);
    }

    /**
     * @param requestsPerMinute the key's quota; null keeps the current one (600 for a new key)
     * @return the key's hash
     */
    private String upsert(String clear, String name, Role role, Integer requestsPerMinute, KeySource source) {
        String hash = hash(clear);
        // replicas starting together on a new database would each insert the key and all but one fail: the others
        // wait here for the first to commit, then update the row it made (quota 600 and active by default)
        PartnerKey.getEntityManager().createNativeQuery("INSERT INTO partner_key (key_hash, name, role, source) "
                + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (key_hash) DO NOTHING")
                .setParameter(1, hash).setParameter(2, name).setParameter(3, role.name().toLowerCase(Locale.ROOT))
                .setParameter(4, source.column()).executeUpdate();
        PartnerKey key = PartnerKey.findById(hash);
        if (requestsPerMinute != null) {
            key.requestsPerMinute = requestsPerMinute;
        }
        key.name = name;
        key.role = role.name().toLowerCase(Locale.ROOT);
        key.source = source.column();
        if ("admin".equals(key.revokedBy)) {
            // ops revoked it (a leak, say): listing it again must not bring it back; a new key must be issued
            LOG.warnf("key %s (%s) is listed in the configuration but was revoked by ops: it stays revoked",
                    fingerprint(hash), name);
        } else {
            key.active = true;
            key.revokedAt = null;
            key.revokedBy = null;
        }
        invalidate(hash);
        return hash;
    }

    private int revokeUnlisted(KeySource source, Set<String> listed) {
        List<PartnerKey> gone = PartnerKey.list("source = ?1 and active = true", source.column());
        int revoked = 0;
        for (PartnerKey key : gone) {
            if (!listed.contains(key.keyHash)) {
                key.active = false;
                key.revokedAt = OffsetDateTime.now();
                key.revokedBy = source.column();
                invalidate(key.keyHash);
                LOG.infof("key %s (%s) revoked: no longer configured", fingerprint(key.keyHash), key.name);
                revoked++;
            }
        }
        return revoked;
    }

    /**
     * A cached key resolves at once, on the caller's thread (an event loop for non-blocking endpoints); only a
     * lookup goes to a worker thread, since it reads the database.
     */
    public Uni<Optional<Caller>> resolve(String clearKey) {
        String hash = hash(clearKey);
        Optional<Caller> cached = cache.getIfPresent(hash);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return Uni.createFrom().item(() -> {
            Optional<Caller> caller = lookup(hash);
            cache.put(hash, caller);
            return caller;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Forgets a key on this replica at once (a change made here); other replicas follow within the cache expiry. */
    public void invalidate(String hash) {
        cache.invalidate(hash);
    }

    long cachedKeys() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    @Transactional
    Optional<Caller> lookup(String hash) {
        PartnerKey key = PartnerKey.findById(hash);
        if (key == null || !key.active) {
            return Optional.empty();
        }
        return Optional.of(new Caller(key.name, Role.of(key.role), key.requestsPerMinute, hash));
    }

    public static String hash(String clear) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(clear.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** What the database's generated fingerprint column holds for a hash. */
    public static String fingerprint(String hash) {
        return hash.substring(0, Math.min(12, hash.length()));
    }
}
