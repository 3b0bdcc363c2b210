-- Refused credentials and throttled attempts are counted, not logged one row each: anyone can send
-- them, as fast as they like, and a row (and a transaction) per attempt let an anonymous flood
-- write the database full. One row stands for one kind of refusal of one presented identifier
-- from one client address in one minute; tally_key is the digest of exactly that, and attempts
-- says how often it happened. Every other event has no tally_key and attempts 1 (NULLs never
-- collide in a unique index, on H2 and PostgreSQL alike).
ALTER TABLE audit_event ADD COLUMN attempts INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE audit_event ADD COLUMN tally_key VARCHAR(64);
CREATE UNIQUE INDEX uq_audit_event_tally ON audit_event (tally_key);
