package org.bcbm.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.gateway.KeySource;
import org.bcbm.gateway.PartnerKey;
import org.bcbm.gateway.Role;
import org.jboss.logging.Logger;

/**
 * Ops manages partner keys at run time: issues a key (shown once, stored as its hash), lists them by fingerprint,
 * changes a key's role or quota, revokes one. This replica forgets the key at once; the others within the key cache's
 * expiry.
 */
@ApplicationScoped
public class PartnerKeyAdmin {

    private static final Logger LOG = Logger.getLogger(PartnerKeyAdmin.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Quota of a key issued without one, as for the Secret's keys. */
    public static final int DEFAULT_QUOTA = 600;

    /** A key just issued: the only time its clear value exists outside the partner's hands. */
    public record Issued(PartnerKey key, String clear) {
    }

    private final ApiKeys keys;

    public PartnerKeyAdmin(ApiKeys keys) {
        this.keys = keys;
    }

    @Transactional
    public Issued issue(String name, Role role, Integer requestsPerMinute) {
        if (PartnerKey.count("name = ?1 and active = true", name) > 0) {
            throw ProblemException.conflict("name: an active key is already called '" + name
                    + "'; revoke it first or choose another name");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String clear = "bcbm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        PartnerKey key = new PartnerKey();
        key.keyHash = ApiKeys.hash(clear);
        key.fingerprint = ApiKeys.fingerprint(key.keyHash);
        key.name = name;
        key.role = role.name().toLowerCase(Locale.ROOT);
        key.requestsPerMinute = requestsPerMinute == null ? DEFAULT_QUOTA : requestsPerMinute;
        key.source = KeySource.ADMIN.column();
        key.active = true;
        key.createdAt = OffsetDateTime.now();
        key.persist();
        LOG.infof("key %s (%s, %s) issued by ops", key.fingerprint, name, key.role);
        return new Issued(key, clear);
    }

    @Transactional
    public List<PartnerKey> list() {
        return PartnerKey.list("order by createdAt, fingerprint");
    }

    @Transactional
    public PartnerKey find(String fingerprint) {
        PartnerKey key = PartnerKey.find("fingerprint", fingerprint).firstResult();
        if (key == null) {
            throw ProblemException.notFound("partner key", fingerprint);
        }
        return key;
    }

    /** A key from the Secret keeps what the Secret says (the next start would restore it): change it there. */
    @Transactional
    public PartnerKey update(String fingerprint, Role role, Integer requestsPerMinute) {
        PartnerKey key = find(fingerprint);
        if (KeySource.SECRET.column().equals(key.source)) {
            throw ProblemException.conflict("key " + fingerprint + " comes from the Secret (bcbm.gateway.partner-keys):"
                    + " change its entry there and restart the gateway, or revoke it here");
        }
        if (!key.active) {
            throw ProblemException.conflict("key " + fingerprint + " is revoked; issue a new one");
        }
        if (role != null) {
            key.role = role.name().toLowerCase(Locale.ROOT);
        }
        if (requestsPerMinute != null) {
            key.requestsPerMinute = requestsPerMinute;
        }
        keys.invalidate(key.keyHash);
        LOG.infof("key %s changed by ops: role %s, %d requests per minute", fingerprint, key.role,
                key.requestsPerMinute);
        return key;
    }

    /** Idempotent; a key ops revoked stays revoked even while the Secret still lists it. */
    @Transactional
    public void revoke(String fingerprint) {
        PartnerKey key = find(fingerprint);
        if (key.active || !"admin".equals(key.revokedBy)) {
            key.active = false;
            key.revokedAt = key.revokedAt == null ? OffsetDateTime.now() : key.revokedAt;
            key.revokedBy = KeySource.ADMIN.column();
            LOG.infof("key %s (%s) revoked by ops", fingerprint, key.name);
        }
        keys.invalidate(key.keyHash);
    }
}
