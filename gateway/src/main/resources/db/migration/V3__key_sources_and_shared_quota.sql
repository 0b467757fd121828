-- Where each key comes from, so a start can revoke the Secret's keys it no longer lists without touching keys ops
-- made through the admin endpoint: secret (bcbm.gateway.partner-keys), admin (POST /api/v1/admin/partner-keys) or
-- local (the well-known keys of ./platform up and the tests).
ALTER TABLE partner_key ADD COLUMN source TEXT NOT NULL DEFAULT 'secret'
    CHECK (source IN ('secret', 'admin', 'local'));
UPDATE partner_key SET source = 'local'
 WHERE key_hash IN (encode(sha256('local-partner-key'), 'hex'), encode(sha256('local-curator-key'), 'hex'),
                    encode(sha256('local-ops-key'), 'hex'));
ALTER TABLE partner_key ALTER COLUMN source DROP DEFAULT;

-- A short, stable, non-secret handle for the admin endpoints and the logs: the first 12 hex digits of the hash
ALTER TABLE partner_key ADD COLUMN fingerprint TEXT GENERATED ALWAYS AS (substr(key_hash, 1, 12)) STORED;
CREATE UNIQUE INDEX partner_key_fingerprint ON partner_key (fingerprint);

-- A revoked key keeps its row (who had access, and until when); revoked_by says whether ops revoked it (it stays
-- revoked whatever the Secret says) or its removal from the Secret did (listing it again brings it back).
ALTER TABLE partner_key ADD COLUMN revoked_at TIMESTAMPTZ;
ALTER TABLE partner_key ADD COLUMN revoked_by TEXT CHECK (revoked_by IN ('admin', 'secret', 'local'));

-- Each key's quota window, shared by every gateway replica: one row per key, the window restarting with the first
-- request after it ends. Replicas lease blocks of the allowance (granted never exceeds quota within a window) and
-- serve from their lease; last_grant is what the latest lease got, for RETURNING.
CREATE TABLE quota_lease (
    key_hash      TEXT PRIMARY KEY,
    window_start  TIMESTAMPTZ NOT NULL,
    quota         INTEGER NOT NULL CHECK (quota > 0),
    granted       INTEGER NOT NULL CHECK (granted >= 0),
    last_grant    INTEGER NOT NULL CHECK (last_grant >= 0)
);
