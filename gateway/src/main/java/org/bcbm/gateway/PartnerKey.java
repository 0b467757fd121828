package org.bcbm.gateway;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A partner's API key: only its SHA-256 hash is stored, with its role, quota, source and revocation. */
@Entity
@Table(name = "partner_key")
public class PartnerKey extends PanacheEntityBase {

    @Id
    @Column(name = "key_hash")
    public String keyHash;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String role;

    @Column(name = "requests_per_minute", nullable = false)
    public int requestsPerMinute;

    @Column(nullable = false)
    public boolean active;

    /** secret, admin or local: see {@link KeySource}. */
    @Column(nullable = false)
    public String source;

    /** The first 12 hex digits of the hash, computed by the database: a handle that reveals nothing of the key. */
    @Column(insertable = false, updatable = false)
    public String fingerprint;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** admin (stays revoked whatever the Secret lists), secret (no longer listed) or local (local keys turned off). */
    @Column(name = "revoked_by")
    public String revokedBy;
}
