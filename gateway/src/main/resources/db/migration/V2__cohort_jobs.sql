-- Cohort jobs (POST /api/v1/cohorts): one row per upload, recorded once every profile is on cohort.requests.
CREATE TABLE cohort_job (
    job_id      UUID PRIMARY KEY,
    partner     TEXT NOT NULL,
    total       INTEGER NOT NULL CHECK (total > 0),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX cohort_job_partner ON cohort_job (partner, created_at);

-- One answer per profile, whatever the redeliveries: the consumer inserts ON CONFLICT DO NOTHING. No foreign key:
-- an answer may arrive before its job's row is committed.
CREATE TABLE cohort_answer (
    job_id       UUID NOT NULL,
    idx          INTEGER NOT NULL CHECK (idx >= 0),
    answer       JSONB NOT NULL,
    rejected     BOOLEAN NOT NULL,
    answered_by  TEXT NOT NULL,
    PRIMARY KEY (job_id, idx)
);
