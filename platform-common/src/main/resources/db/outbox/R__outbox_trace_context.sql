-- The trace a change was made in (W3C trace context), so the relay publishes its event as part of that trace.
-- Repeatable and idempotent rather than versioned: each service numbers its own migrations above the shared outbox's,
-- and a shared versioned migration added later would sit below versions its databases already applied.
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS trace_parent TEXT;
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS trace_state TEXT;
