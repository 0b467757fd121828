-- recommendation-service owns no clinical master data: these are read models built from evidence.events and
-- access.events (rebuildable from the topics), and the pseudonymised audit of what was recommended.
CREATE TABLE rm_trial (
    trial_id          TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    doi               TEXT,
    outcomes          JSONB NOT NULL DEFAULT '[]',
    aggregate_version BIGINT NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE rm_treatment (
    inn               TEXT PRIMARY KEY,
    modality          TEXT,
    drug_class        TEXT,
    status            TEXT,
    aggregate_version BIGINT NOT NULL
);

CREATE TABLE rm_country (
    code                   TEXT PRIMARY KEY,
    name                   TEXT NOT NULL,
    income_group           TEXT,
    tier                   TEXT,
    tier_source            TEXT,
    radiotherapy_available BOOLEAN,
    aggregate_version      BIGINT NOT NULL
);

CREATE TABLE rm_drug (
    inn               TEXT PRIMARY KEY,
    who_eml           TEXT,
    generic_exists    BOOLEAN,
    aggregate_version BIGINT NOT NULL
);

CREATE TABLE rm_listing (
    country_code       TEXT NOT NULL,
    inn                TEXT NOT NULL,
    available          BOOLEAN,
    source             TEXT,
    annual_cost        NUMERIC(14, 2),
    annual_cost_currency TEXT,
    aggregate_version  BIGINT NOT NULL,
    PRIMARY KEY (country_code, inn)
);

-- Idempotent consumption: an event id is applied once, whatever the redeliveries.
CREATE TABLE processed_event (
    event_id     UUID PRIMARY KEY,
    topic        TEXT NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The version of each source's knowledge the read models reflect (knowledgeVersion in answers).
CREATE TABLE knowledge_state (
    source     TEXT PRIMARY KEY,
    ordinal    BIGINT NOT NULL,
    version    TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE audit_log (
    request_id       UUID PRIMARY KEY,
    patient_hash     TEXT,
    rules_version    TEXT NOT NULL,
    evidence_version TEXT,
    access_version   TEXT,
    subtype          TEXT NOT NULL,
    option_ids       JSONB NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL
);
