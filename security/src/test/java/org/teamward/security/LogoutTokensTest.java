package org.teamward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The back-channel logout token checks, with tokens signed here by keys of the test's own: each
 * forged, foreign, stale, unsigned or ID-token-shaped token is refused, naming what failed.
 */
class LogoutTokensTest {

  static final String ISSUER = "https://login.example.com/realms/company";
  static final String CLIENT = "teamward";

  static RSAKey providerKey;
  static RSAKey otherKey;
  static LogoutTokens tokens;

  @BeforeAll
  static void keys() throws Exception {
    providerKey = new RSAKeyGenerator(2048).keyID("k1").generate();
    otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
    tokens =
        new LogoutTokens(
            ISSUER, CLIENT, new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())));
  }

  static JWTClaimsSet.Builder claims(Instant now) {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(CLIENT)
        .subject("subject-1")
        .claim("sid", "session-1")
        .issueTime(Date.from(now.minusSeconds(2)))
        .jwtID("j1")
        .claim("events", Map.of(LogoutTokens.BACK_CHANNEL_LOGOUT_EVENT, Map.of()));
  }

  static String signed(RSAKey key, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(new JOSEObjectType("logout+jwt"))
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  static LogoutTokens.Claims verify(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
    Instant now = Instant.now();
    return tokens.verify(signed(providerKey, change.apply(claims(now)).build()), now);
  }

  @Test
  void aLogoutTokenNamesItsSubjectAndItsId() throws Exception {
    assertThat(verify(c -> c)).isEqualTo(new LogoutTokens.Claims("subject-1", "j1"));
  }

  @Test
  void anIdTokenIsNoLogoutToken() {
    assertThatThrownBy(() -> verify(c -> c.claim("events", null))).hasMessageContaining("events");
    assertThatThrownBy(() -> verify(c -> c.claim("events", Map.of("other-event", Map.of()))))
        .hasMessage("not a logout token");
    assertThatThrownBy(() -> verify(c -> c.claim("nonce", "n"))).hasMessageContaining("nonce");
  }

  @Test
  void aTokenOfAnotherClientOrIssuerIsRefused() {
    assertThatThrownBy(() -> verify(c -> c.audience("other-app"))).hasMessageContaining("aud");
    assertThatThrownBy(() -> verify(c -> c.issuer("https://evil.example.com")))
        .hasMessageContaining("iss");
  }

  @Test
  void aStaleOrFutureTokenIsRefused() {
    Instant now = Instant.now();
    assertThatThrownBy(() -> verify(c -> c.issueTime(Date.from(now.minusSeconds(600)))))
        .hasMessage("too old for a logout token");
    assertThatThrownBy(() -> verify(c -> c.issueTime(Date.from(now.plusSeconds(600)))))
        .isInstanceOf(LogoutTokens.Refused.class);
  }

  @Test
  void aTokenWithoutSubjectOrIdIsRefused() {
    assertThatThrownBy(() -> verify(c -> c.subject(null))).hasMessageContaining("sub");
    assertThatThrownBy(() -> verify(c -> c.jwtID(null))).hasMessageContaining("jti");
  }

  @Test
  void forgedUnsignedAndHmacTokensAreRefused() throws Exception {
    Instant now = Instant.now();
    String forged = signed(otherKey, claims(now).build());
    assertThatThrownBy(() -> tokens.verify(forged, now)).isInstanceOf(LogoutTokens.Refused.class);

    String unsigned = new PlainJWT(claims(now).build()).serialize();
    assertThatThrownBy(() -> tokens.verify(unsigned, now)).isInstanceOf(LogoutTokens.Refused.class);

    SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(now).build());
    hmac.sign(new MACSigner(new byte[32]));
    assertThatThrownBy(() -> tokens.verify(hmac.serialize(), now))
        .isInstanceOf(LogoutTokens.Refused.class);
  }

  @Test
  void garbageIsRefusedAsSuch() {
    for (String garbage : new String[] {"", "a.b.c", "not a token", "x".repeat(5000), "..."}) {
      assertThatThrownBy(() -> tokens.verify(garbage, Instant.now()))
          .as(garbage)
          .isInstanceOf(LogoutTokens.Refused.class);
    }
  }

  @Test
  void multiFactorIsReadFromAmrOrFromAConfiguredAcr() {
    assertThat(ProviderSignIn.multiFactor(java.util.List.of("pwd", "otp"), null, Set.of()))
        .isTrue();
    assertThat(ProviderSignIn.multiFactor(java.util.List.of("pwd"), "gold", Set.of("gold")))
        .isTrue();
    assertThat(ProviderSignIn.multiFactor(java.util.List.of("pwd"), "1", Set.of("gold"))).isFalse();
    assertThat(ProviderSignIn.multiFactor(java.util.List.of(), null, Set.of())).isFalse();
  }
}
