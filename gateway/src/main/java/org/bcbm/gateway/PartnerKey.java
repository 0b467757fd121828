package org.bcbm.gateway;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner's API key: only its SHA-256 hash is stored, with its role and quota. */
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
}
