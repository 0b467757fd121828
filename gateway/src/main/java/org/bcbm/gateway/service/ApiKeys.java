package org.bcbm.gateway.service;

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
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bcbm.gateway.PartnerKey;
import org.bcbm.gateway.Role;
import org.bcbm.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/** Resolves an X-API-Key to its partner by hash; creates the well-known local keys when configured to. */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    private static final Duration CACHE = Duration.ofSeconds(30);

    /** The identity a valid key stands for. */
    public record Caller(String name, Role role, int requestsPerMinute, String keyHash) {
    }

    private record Cached(Optional<Caller> caller, long until) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final GatewayConfig config;

    public ApiKeys(GatewayConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.localKeys()) {
            createLocalKeys();
            LOG.info("local keys ready: local-partner-key (partner), local-curator-key (curator)");
        }
        config.partnerKeys().ifPresent(this::createConfiguredKeys);
    }

    /**
     * name|role|key[|requests per minute] entries, comma-separated (quota 600 when absent); a malformed entry stops
     * the start rather than silently lock a partner out.
     */
    @Transactional
    void createConfiguredKeys(String entries) {
        int count = 0;
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
            upsert(parts[2], parts[0], Role.of(parts[1]), parts.length == 4 ? Integer.parseInt(parts[3]) : null);
            count++;
        }
        LOG.infof("%d partner keys configured from the environment", count);
    }

    @Transactional
    void createLocalKeys() {
        upsert("local-partner-key", "local partner", Role.PARTNER, null);
        upsert("local-curator-key", "local curator", Role.CURATOR, null);
        upsert("local-ops-key", "local ops", Role.OPS, null);
    }

    /** @param requestsPerMinute the key's quota; null keeps the current one (600 for a new key) */
    private void upsert(String clear, String name, Role role, Integer requestsPerMinute) {
        String hash = hash(clear);
        PartnerKey key = PartnerKey.findById(hash);
        boolean created = key == null;
        if (created) {
            key = new PartnerKey();
            key.keyHash = hash;
            key.requestsPerMinute = 600;
        }
        if (requestsPerMinute != null) {
            key.requestsPerMinute = requestsPerMinute;
        }
        key.name = name;
        key.role = role.name().toLowerCase(Locale.ROOT);
        key.active = true;
        if (created) {
            key.persist();
        }
    }

    /**
     * Cached briefly: a revoked key stops working within 30 seconds without a database hit per request. A cached
     * key resolves at once, on the caller's thread (an event loop for non-blocking endpoints); only a lookup goes to
     * a worker thread, since it reads the database.
     */
    public Uni<Optional<Caller>> resolve(String clearKey) {
        String hash = hash(clearKey);
        Cached cached = cache.get(hash);
        if (cached != null && cached.until() > System.currentTimeMillis()) {
            return Uni.createFrom().item(cached.caller());
        }
        return Uni.createFrom().item(() -> {
            Optional<Caller> caller = lookup(hash);
            cache.put(hash, new Cached(caller, System.currentTimeMillis() + CACHE.toMillis()));
            return caller;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
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
}
