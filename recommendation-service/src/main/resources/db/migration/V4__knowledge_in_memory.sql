-- Evidence and access now live in an in-memory snapshot rebuilt from their topics at every start, so the database
-- read models, their processed-event log and their version table are gone; audit_log stays (written from
-- recommendation.events, one row per request id).
DROP TABLE IF EXISTS rm_trial;
DROP TABLE IF EXISTS rm_treatment;
DROP TABLE IF EXISTS rm_country;
DROP TABLE IF EXISTS rm_drug;
DROP TABLE IF EXISTS rm_listing;
DROP TABLE IF EXISTS processed_event;
DROP TABLE IF EXISTS knowledge_state;
