package org.bcbm.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One clinician's outcome for one card (CDS Hooks feedback): accepted, or overridden with its reason. */
@Entity
@Table(name = "cds_feedback")
public class CdsFeedback extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "card_uuid", nullable = false)
    public UUID cardUuid;

    @Column(nullable = false)
    public String issuer;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "override_reason_system")
    public String overrideReasonSystem;

    @Column(name = "override_reason_code")
    public String overrideReasonCode;

    @Column(name = "override_reason_display")
    public String overrideReasonDisplay;

    /** Free text: kept here for curators, never published (it may name the patient). */
    @Column(name = "user_comment")
    public String userComment;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "accepted_suggestions", nullable = false, columnDefinition = "jsonb")
    public JsonNode acceptedSuggestions;

    @Column(name = "outcome_timestamp", nullable = false)
    public Instant outcomeTimestamp;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
