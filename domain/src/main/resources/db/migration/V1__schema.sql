-- Teamward schema. The same file runs on H2 2.x and PostgreSQL 15+, so it keeps to the SQL both
-- understand: no IDENTITY columns (ids come from one sequence, allocated in blocks of 50).
-- Instants are TIMESTAMP WITH TIME ZONE so that they stay absolute whatever the JVM zone is.

CREATE SEQUENCE tw_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE employee (
  id               BIGINT       NOT NULL PRIMARY KEY,
  version          BIGINT       NOT NULL,
  personnel_number VARCHAR(32)  NOT NULL,
  first_name       VARCHAR(100) NOT NULL,
  last_name        VARCHAR(100) NOT NULL,
  email            VARCHAR(254),
  department       VARCHAR(100),
  line_manager_id  BIGINT REFERENCES employee (id),
  time_zone        VARCHAR(64)  NOT NULL,
  active           BOOLEAN      NOT NULL,
  CONSTRAINT uq_employee_personnel_number UNIQUE (personnel_number)
);

CREATE TABLE user_account (
  id                   BIGINT       NOT NULL PRIMARY KEY,
  version              BIGINT       NOT NULL,
  email                VARCHAR(254) NOT NULL,
  display_name         VARCHAR(200) NOT NULL,
  password_hash        VARCHAR(512),
  must_change_password BOOLEAN      NOT NULL,
  active               BOOLEAN      NOT NULL,
  employee_id          BIGINT REFERENCES employee (id),
  locale               VARCHAR(16),
  totp_secret          VARCHAR(128),
  totp_enabled         BOOLEAN      NOT NULL,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  password_changed_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_user_account_email UNIQUE (email),
  CONSTRAINT uq_user_account_employee UNIQUE (employee_id)
);

CREATE TABLE user_group (
  id          BIGINT       NOT NULL PRIMARY KEY,
  version     BIGINT       NOT NULL,
  name        VARCHAR(100) NOT NULL,
  description VARCHAR(500),
  CONSTRAINT uq_user_group_name UNIQUE (name)
);

CREATE TABLE user_group_permission (
  group_id   BIGINT      NOT NULL REFERENCES user_group (id) ON DELETE CASCADE,
  permission VARCHAR(40) NOT NULL,
  PRIMARY KEY (group_id, permission)
);

CREATE TABLE user_group_member (
  user_id  BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  group_id BIGINT NOT NULL REFERENCES user_group (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, group_id)
);

CREATE TABLE project (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  code         VARCHAR(32)   NOT NULL,
  name         VARCHAR(200)  NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  budget_hours NUMERIC(10, 2),
  CONSTRAINT uq_project_code UNIQUE (code)
);

CREATE TABLE time_booking (
  id               BIGINT        NOT NULL PRIMARY KEY,
  version          BIGINT        NOT NULL,
  employee_id      BIGINT        NOT NULL REFERENCES employee (id),
  project_id       BIGINT        NOT NULL REFERENCES project (id),
  booking_date     DATE          NOT NULL,
  start_time       TIME,
  end_time         TIME,
  duration_minutes INTEGER       NOT NULL,
  description      VARCHAR(1000),
  billable         BOOLEAN       NOT NULL
);
CREATE INDEX ix_time_booking_employee_date ON time_booking (employee_id, booking_date);
CREATE INDEX ix_time_booking_project ON time_booking (project_id);

CREATE TABLE attendance_record (
  id          BIGINT      NOT NULL PRIMARY KEY,
  version     BIGINT      NOT NULL,
  employee_id BIGINT      NOT NULL REFERENCES employee (id),
  check_in    TIMESTAMP WITH TIME ZONE NOT NULL,
  check_out   TIMESTAMP WITH TIME ZONE,
  category    VARCHAR(20) NOT NULL,
  source      VARCHAR(16) NOT NULL
);
CREATE INDEX ix_attendance_employee_check_in ON attendance_record (employee_id, check_in);

CREATE TABLE attendance_break (
  record_id   BIGINT NOT NULL REFERENCES attendance_record (id) ON DELETE CASCADE,
  break_start TIMESTAMP WITH TIME ZONE NOT NULL,
  break_end   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_attendance_break_record ON attendance_break (record_id);

CREATE TABLE absence (
  id                  BIGINT      NOT NULL PRIMARY KEY,
  version             BIGINT      NOT NULL,
  employee_id         BIGINT      NOT NULL REFERENCES employee (id),
  absence_type        VARCHAR(24) NOT NULL,
  start_date          DATE        NOT NULL,
  end_date            DATE        NOT NULL,
  start_half_day      BOOLEAN     NOT NULL,
  end_half_day        BOOLEAN     NOT NULL,
  status              VARCHAR(16) NOT NULL,
  note                VARCHAR(1000),
  medical_certificate BOOLEAN     NOT NULL,
  approver_id         BIGINT REFERENCES user_account (id),
  decided_at          TIMESTAMP WITH TIME ZONE,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_absence_employee_dates ON absence (employee_id, start_date, end_date);

CREATE TABLE device_password (
  id           BIGINT       NOT NULL PRIMARY KEY,
  version      BIGINT       NOT NULL,
  user_id      BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  name         VARCHAR(100) NOT NULL,
  device_type  VARCHAR(32)  NOT NULL,
  token_digest VARCHAR(64)  NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at TIMESTAMP WITH TIME ZONE,
  last_used_ip VARCHAR(45),
  revoked_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_device_password_digest UNIQUE (token_digest)
);
CREATE INDEX ix_device_password_user ON device_password (user_id);
