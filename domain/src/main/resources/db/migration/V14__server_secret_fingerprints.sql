-- A fingerprint of each server secret (the token pepper, the two-factor key) that this database was
-- set up with, so that a node configured with another value refuses to start instead of silently
-- rejecting the device passwords and two-factor secrets the other nodes made. The fingerprint is
-- HMAC-SHA-256 under the secret of a fixed label, never the secret itself. An installation that
-- upgrades gets its rows at the first start; deleting a row accepts a new value at the next start.
CREATE TABLE server_secret (
  name        VARCHAR(64) NOT NULL PRIMARY KEY,
  fingerprint VARCHAR(64) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
