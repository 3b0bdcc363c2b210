-- Idempotency keys of check-ins and check-outs: a time-clock terminal that retries a request with
-- the same Idempotency-Key gets the first outcome instead of clocking twice. They live in the
-- database, not in one node's memory, so that a retry landing on another cluster node is
-- recognised too. The column is not called "key": KEY is a reserved word in H2.
-- No foreign key to attendance_record, so that a manager can still delete a record; a replay of
-- a deleted record then answers 404.

CREATE TABLE idempotency_key (
  caller     VARCHAR(40)  NOT NULL,
  key_value  VARCHAR(100) NOT NULL,
  operation  VARCHAR(20)  NOT NULL,
  record_id  BIGINT       NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (caller, key_value)
);
CREATE INDEX ix_idempotency_key_created_at ON idempotency_key (created_at);
