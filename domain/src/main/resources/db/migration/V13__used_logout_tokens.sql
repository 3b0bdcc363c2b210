-- The identity provider's back-channel logout tokens already acted on, by issuer and token id
-- (jti), so that a captured token replayed within its lifetime is refused on every node. Rows older
-- than a token may be are removed as new ones arrive.
CREATE TABLE used_logout_token (
  issuer   VARCHAR(512) NOT NULL,
  token_id VARCHAR(255) NOT NULL,
  used_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (issuer, token_id)
);
CREATE INDEX ix_used_logout_token_used_at ON used_logout_token (used_at);
