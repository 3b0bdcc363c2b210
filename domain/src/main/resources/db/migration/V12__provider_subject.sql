-- Sign-in with the company's identity provider (OpenID Connect). The first sign-in matches an
-- account by the provider's verified e-mail address and stores the provider's stable subject
-- (issuer and subject) here; later sign-ins match by it alone, so that an e-mail address changed
-- at the provider cannot lead into another account. One subject belongs to one account at most.
ALTER TABLE user_account ADD COLUMN oidc_issuer VARCHAR(512);
ALTER TABLE user_account ADD COLUMN oidc_subject VARCHAR(255);
CREATE UNIQUE INDEX uq_user_account_oidc_subject ON user_account (oidc_issuer, oidc_subject);
