-- Partner API keys, stored as SHA-256 hashes only; roles per the contract.
CREATE TABLE partner_key (
    key_hash          TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    role              TEXT NOT NULL CHECK (role IN ('partner', 'curator', 'ops')),
    requests_per_minute INTEGER NOT NULL DEFAULT 600 CHECK (requests_per_minute > 0),
    active            BOOLEAN NOT NULL DEFAULT TRUE,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
