-- The transactional outbox shared by every service that publishes events (see org.bcbm.common.outbox).
CREATE TABLE outbox_event (
    id                UUID PRIMARY KEY,
    aggregate_type    TEXT NOT NULL,
    aggregate_id      TEXT NOT NULL,
    aggregate_version BIGINT NOT NULL,
    type              TEXT NOT NULL,
    payload           JSONB NOT NULL,
    occurred_at       TIMESTAMPTZ NOT NULL,
    sent_at           TIMESTAMPTZ,
    attempts          INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT
);
CREATE INDEX outbox_unsent ON outbox_event (occurred_at, aggregate_version) WHERE sent_at IS NULL;
