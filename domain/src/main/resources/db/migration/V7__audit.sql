-- The security audit log: append-only events (who, with which credential, from where, did what to
-- which record, with which outcome), and the per-hour access traces behind "Who saw my records".
-- No column holds a secret: credentials are named by kind and id only.

CREATE SEQUENCE audit_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE audit_event (
  id            BIGINT       NOT NULL PRIMARY KEY,
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_kind    VARCHAR(16)  NOT NULL,
  actor_id      BIGINT,
  actor_name    VARCHAR(254),
  credential    VARCHAR(32)  NOT NULL,
  credential_id BIGINT,
  client_ip     VARCHAR(45),
  action        VARCHAR(120) NOT NULL,
  outcome       VARCHAR(16)  NOT NULL,
  target_type   VARCHAR(60),
  target_id     BIGINT,
  detail        VARCHAR(300)
);

-- The list is newest first, overall and filtered by action or by actor; the purge deletes by age.
CREATE INDEX ix_audit_event_order ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at DESC, id DESC);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_name, occurred_at DESC, id DESC);
CREATE INDEX ix_audit_event_outcome ON audit_event (outcome, occurred_at DESC, id DESC);

-- One row per employee, area, read or write, actor and credential and hour: bounded however often
-- a terminal or a manager lists the same people. credential_id is 0 for a web session, so that
-- the unique key also holds for sessions (NULLs never collide in a unique key).
CREATE TABLE access_trace (
  id            BIGINT       NOT NULL PRIMARY KEY,
  employee_id   BIGINT       NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  area          VARCHAR(16)  NOT NULL,
  access_kind   VARCHAR(8)   NOT NULL,
  actor_kind    VARCHAR(16)  NOT NULL,
  actor_id      BIGINT       NOT NULL,
  actor_name    VARCHAR(254),
  credential    VARCHAR(32)  NOT NULL,
  credential_id BIGINT       NOT NULL,
  hour_start    TIMESTAMP WITH TIME ZONE NOT NULL,
  first_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  last_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_access_trace UNIQUE
    (employee_id, area, access_kind, actor_kind, actor_id, credential, credential_id, hour_start)
);

CREATE INDEX ix_access_trace_employee ON access_trace (employee_id, last_at DESC, id DESC);
CREATE INDEX ix_access_trace_age ON access_trace (hour_start);

-- Leases of jobs that must run on one node at a time: a node takes one by moving lease_until from
-- the past into the future in one guarded update, which exactly one concurrent node wins.
CREATE TABLE job_lease (
  name        VARCHAR(60)  NOT NULL PRIMARY KEY,
  holder      VARCHAR(100),
  lease_until TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO job_lease (name, holder, lease_until)
  VALUES ('audit-purge', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
