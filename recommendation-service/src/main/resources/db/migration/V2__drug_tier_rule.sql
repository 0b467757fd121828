-- The tier rule of each drug (access-cost-service's minimum_tier), for availability by tier when a country has
-- no explicit data.
ALTER TABLE rm_drug ADD COLUMN minimum_tier TEXT;
