-- Sign-in with the company's identity provider (OpenID Connect). The first sign-in matches an
-- account by the provider's verified e-mail address and stores the provider's stable subject
-- (issuer and subject) here; later sign-ins match by it alone, so that an e-mail address changed
-- at the provider cannot lead into another account. One subject belongs to one account at most.
ALTER TABLE user_account ADD COLUMN oidc_issuer VARCHAR(512);
ALTER TABLE user_account ADD COLUMN oidc_subject VARCHAR(255);
CREATE UNIQUE INDEX uq_user_account_oidc_subject ON user_account (oidc_issuer, oidc_subject);

-- How the person may sign in while a provider is configured: DISABLED (password only), ALLOWED
-- (either) or ENFORCED (provider only; the password is retired for the form and POST /api/device).
ALTER TABLE user_account ADD COLUMN sso_mode VARCHAR(16) DEFAULT 'ALLOWED' NOT NULL;
ALTER TABLE user_account ADD CONSTRAINT ck_user_account_sso_mode
  CHECK (sso_mode IN ('DISABLED', 'ALLOWED', 'ENFORCED'));

-- Whether a web session was signed in with the identity provider, for "My sessions" to say so.
ALTER TABLE web_session ADD COLUMN via_provider BOOLEAN DEFAULT FALSE NOT NULL;
