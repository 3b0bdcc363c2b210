-- Time-clock terminals buffer punches while offline and deliver them later: each end of an
-- attendance record says whether it arrived that way, so that a manager can tell a delivered
-- punch from a live one.
ALTER TABLE attendance_record ADD COLUMN check_in_offline BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE attendance_record ADD COLUMN check_out_offline BOOLEAN DEFAULT FALSE NOT NULL;

-- What the first request with an Idempotency-Key asked for, as a SHA-256 hex digest, so that the
-- key reused for a different request is refused instead of answered with the first outcome.
ALTER TABLE idempotency_key ADD COLUMN request_hash VARCHAR(64);
