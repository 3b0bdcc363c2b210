-- Two-factor authentication (TOTP, RFC 6238). Secrets are sealed with AES-GCM under the server's
-- two-factor key before they reach these columns; they are never stored in plain text.

-- A secret being enrolled: shown to the person, switched on only once a code from it was
-- confirmed, so that a half-finished enrolment never locks anyone out.
ALTER TABLE user_account ADD COLUMN totp_pending_secret VARCHAR(128);

-- The time step of the last code accepted. A code is accepted only for a later step, with an
-- update guarded by this column, so that a code once used is refused for the rest of its window
-- on every node.
ALTER TABLE user_account ADD COLUMN totp_last_step BIGINT;

-- Single-use recovery codes, stored as keyed digests (they have 80 random bits, so no slow hash
-- is needed); a used one keeps its row so that reuse is told apart from a typing error.
CREATE TABLE recovery_code (
  user_id     BIGINT      NOT NULL REFERENCES user_account (id),
  code_digest VARCHAR(64) NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (user_id, code_digest)
);

-- Settings an administrator changes at run time, the same for every node.
CREATE TABLE security_setting (
  name          VARCHAR(64)  NOT NULL PRIMARY KEY,
  setting_value VARCHAR(200) NOT NULL
);
INSERT INTO security_setting (name, setting_value) VALUES ('two-factor-required', 'NOBODY');
