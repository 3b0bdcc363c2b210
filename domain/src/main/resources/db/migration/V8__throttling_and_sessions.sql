-- Throttling of failed sign-ins and web sessions. Both live in the database, not in one node's
-- memory, so that a cluster counts every node's failures together and ending a session takes
-- effect on every node at once. The same file runs on H2 2.x and PostgreSQL 15+.

-- Failed attempts per key. A key is the SHA-256 (hex) of what is counted: the kind of credential
-- with the account and the client address, or the kind with the address alone (the per-address
-- ceiling). It is a digest so that whatever was typed into the e-mail field (at times a password)
-- is never stored. A counter starts over once its last failure is older than the configured
-- memory and no block is running.
CREATE TABLE sign_in_throttle (
  throttle_key    VARCHAR(64) NOT NULL PRIMARY KEY,
  failures        INTEGER     NOT NULL,
  last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
  blocked_until   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_sign_in_throttle_last_failure ON sign_in_throttle (last_failure_at);

-- The first failure of a key inserts its row. Such inserts lock this one row first (SELECT ...
-- FOR UPDATE) and then look again, so that two nodes failing at once never insert the same key
-- twice (no unique violation, which would abort a PostgreSQL transaction) and no count is lost.
-- Later failures only increment the row in place, which needs no guard.
CREATE TABLE sign_in_throttle_guard (
  id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO sign_in_throttle_guard (id) VALUES (1);

-- One row per signed-in web session. The HTTP session keeps the row's random id next to the
-- caller; every web request checks the row, so a session ended here (sign-out, "My sessions",
-- deactivation) is dead on every node at once, and the idle and absolute timeouts hold
-- cluster-wide. last_seen_at is written at most once a minute.
CREATE TABLE web_session (
  id           VARCHAR(36)  NOT NULL PRIMARY KEY,
  user_id      BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
  ip           VARCHAR(45),
  user_agent   VARCHAR(300)
);
CREATE INDEX ix_web_session_user ON web_session (user_id);
CREATE INDEX ix_web_session_last_seen ON web_session (last_seen_at);
