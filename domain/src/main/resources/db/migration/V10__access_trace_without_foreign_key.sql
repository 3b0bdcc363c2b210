-- Access traces without a foreign key to the employee. A trace is written in a transaction of its
-- own while the use case's transaction waits, suspended; that one may hold the employee's row
-- locked (every clocking does, to queue clockings of one employee). On PostgreSQL the foreign key
-- check of the trace's insert then waited for the suspended transaction, which could not go on:
-- each clocking of another employee stalled and lost its trace. Employees are never deleted (they
-- are deactivated), so the key guarded nothing; the retention job removes old traces.
--
-- Rebuilt rather than altered, because the key's generated name differs between H2 and PostgreSQL.
ALTER TABLE access_trace DROP CONSTRAINT uq_access_trace;
DROP INDEX ix_access_trace_employee;
DROP INDEX ix_access_trace_age;
ALTER TABLE access_trace RENAME TO access_trace_v7;

CREATE TABLE access_trace (
  id            BIGINT       NOT NULL PRIMARY KEY,
  employee_id   BIGINT       NOT NULL,
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

INSERT INTO access_trace
  SELECT id, employee_id, area, access_kind, actor_kind, actor_id, actor_name, credential,
         credential_id, hour_start, first_at, last_at
  FROM access_trace_v7;
DROP TABLE access_trace_v7;

CREATE INDEX ix_access_trace_employee ON access_trace (employee_id, last_at DESC, id DESC);
CREATE INDEX ix_access_trace_age ON access_trace (hour_start);
