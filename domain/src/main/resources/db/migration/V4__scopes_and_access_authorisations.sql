-- Employee scopes for user groups, and API access authorisations (terminals and services).
--
-- A group's rights reach everyone (ALL), the member's own department (OWN_DEPARTMENT) or the
-- departments listed in user_group_department (DEPARTMENTS). Existing groups keep reaching
-- everyone.

ALTER TABLE user_group ADD COLUMN employee_scope VARCHAR(20) DEFAULT 'ALL' NOT NULL;

CREATE TABLE user_group_department (
  group_id   BIGINT       NOT NULL REFERENCES user_group (id) ON DELETE CASCADE,
  department VARCHAR(100) NOT NULL,
  PRIMARY KEY (group_id, department)
);

-- A neutral credential for a terminal or a service: only its own options, only for its employee
-- scope (ALL, DEPARTMENTS or EMPLOYEES), only from its networks. The password is stored as a keyed
-- digest, like a device password's token. Revoked rows are kept for the record, never used again.
CREATE TABLE access_authorisation (
  id               BIGINT       NOT NULL PRIMARY KEY,
  version          BIGINT       NOT NULL,
  name             VARCHAR(100) NOT NULL,
  description      VARCHAR(500),
  default_category VARCHAR(20),
  employee_scope   VARCHAR(20)  NOT NULL,
  active           BOOLEAN      NOT NULL,
  expires_on       DATE,
  token_digest     VARCHAR(64)  NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       BIGINT REFERENCES user_account (id) ON DELETE SET NULL,
  last_used_at     TIMESTAMP WITH TIME ZONE,
  last_used_ip     VARCHAR(45),
  revoked_at       TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_access_authorisation_digest UNIQUE (token_digest)
);

CREATE TABLE access_authorisation_permission (
  authorisation_id BIGINT      NOT NULL REFERENCES access_authorisation (id) ON DELETE CASCADE,
  permission       VARCHAR(40) NOT NULL,
  PRIMARY KEY (authorisation_id, permission)
);

CREATE TABLE access_authorisation_department (
  authorisation_id BIGINT       NOT NULL REFERENCES access_authorisation (id) ON DELETE CASCADE,
  department       VARCHAR(100) NOT NULL,
  PRIMARY KEY (authorisation_id, department)
);

-- The primary key serves the scope subquery of every list (authorisation first).
CREATE TABLE access_authorisation_employee (
  authorisation_id BIGINT NOT NULL REFERENCES access_authorisation (id) ON DELETE CASCADE,
  employee_id      BIGINT NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  PRIMARY KEY (authorisation_id, employee_id)
);

CREATE TABLE access_authorisation_network (
  authorisation_id BIGINT      NOT NULL REFERENCES access_authorisation (id) ON DELETE CASCADE,
  network          VARCHAR(64) NOT NULL,
  PRIMARY KEY (authorisation_id, network)
);

CREATE INDEX ix_employee_department ON employee (department);
