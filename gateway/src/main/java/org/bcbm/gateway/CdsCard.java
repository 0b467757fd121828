package org.bcbm.gateway;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A CDS Hooks card as issued, so that feedback on it can say what the clinician accepted or overrode. */
@Entity
@Table(name = "cds_card")
public class CdsCard extends PanacheEntityBase {

    @Id
    public UUID uuid;

    @Column(nullable = false)
    public String issuer;

    @Column(nullable = false)
    public String hook;

    @Column(name = "hook_instance")
    public String hookInstance;

    /** option, safety or missing-data. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String indicator;

    @Column(name = "option_id")
    public String optionId;

    public String category;

    @Column(nullable = false)
    public String summary;

    /** HMAC-SHA256 of the patient id under the audit key; never the id itself. */
    @Column(name = "patient_hash")
    public String patientHash;

    @Column(name = "rules_version")
    public String rulesVersion;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;
}
