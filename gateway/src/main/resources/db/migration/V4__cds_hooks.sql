-- CDS Hooks (issue 12). The jti of each CDS client JWT accepted, until it expires: shared by every gateway replica,
-- so a token replayed to another replica is refused too.
CREATE TABLE cds_seen_jti (
    issuer     TEXT NOT NULL,
    jti        TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (issuer, jti)
);
CREATE INDEX cds_seen_jti_expiry ON cds_seen_jti (expires_at);

-- Every card issued, so feedback can say which option or safety rule a clinician accepted or overrode. The patient
-- is kept only as the audit's keyed hash.
CREATE TABLE cds_card (
    uuid          UUID PRIMARY KEY,
    issuer        TEXT NOT NULL,
    hook          TEXT NOT NULL,
    hook_instance TEXT,
    kind          TEXT NOT NULL CHECK (kind IN ('option', 'safety', 'missing-data')),
    indicator     TEXT NOT NULL CHECK (indicator IN ('info', 'warning', 'critical')),
    option_id     TEXT,
    category      TEXT,
    summary       TEXT NOT NULL,
    patient_hash  TEXT,
    rules_version TEXT,
    issued_at     TIMESTAMPTZ NOT NULL
);

-- Clinicians' outcomes (CDS Hooks feedback); each is also published on cds.feedback through the outbox.
CREATE TABLE cds_feedback (
    id                      UUID PRIMARY KEY,
    card_uuid               UUID NOT NULL REFERENCES cds_card (uuid),
    issuer                  TEXT NOT NULL,
    outcome                 TEXT NOT NULL CHECK (outcome IN ('accepted', 'overridden')),
    override_reason_system  TEXT,
    override_reason_code    TEXT,
    override_reason_display TEXT,
    user_comment            TEXT,
    accepted_suggestions    JSONB NOT NULL,
    outcome_timestamp       TIMESTAMPTZ NOT NULL,
    recorded_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX cds_feedback_card ON cds_feedback (card_uuid);
