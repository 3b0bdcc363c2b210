package org.teamward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teamward.access.ProviderIdentity;

/**
 * The ID token checks, with tokens signed here by a key of the test's own: each forged, expired,
 * foreign or unsigned token is refused, naming the check that failed.
 */
class IdTokenVerifierTest {

  static final String ISSUER = "https://login.example.com/realms/company";
  static final String CLIENT = "teamward";
  static final String NONCE = "nonce-of-this-sign-in";
  static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  static KeyPair providerKey;
  static KeyPair otherKey;

  final IdTokenVerifier verifier = new IdTokenVerifier(ISSUER, CLIENT, Set.of("gold"));

  @BeforeAll
  static void keys() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    providerKey = generator.generateKeyPair();
    otherKey = generator.generateKeyPair();
  }

  static JsonObjectBuilder claims() {
    return Json.createObjectBuilder()
        .add("iss", ISSUER)
        .add("aud", CLIENT)
        .add("azp", CLIENT)
        .add("sub", "subject-1")
        .add("email", "ada@example.com")
        .add("email_verified", true)
        .add("nonce", NONCE)
        .add("iat", NOW.minusSeconds(5).getEpochSecond())
        .add("exp", NOW.plusSeconds(300).getEpochSecond());
  }

  static String token(String alg, String kid, KeyPair key, JsonObjectBuilder claims)
      throws GeneralSecurityException {
    JsonObjectBuilder header = Json.createObjectBuilder().add("alg", alg).add("typ", "JWT");
    if (kid != null) {
      header.add("kid", kid);
    }
    String signingInput =
        encode(header.build().toString()) + "." + encode(claims.build().toString());
    if (key == null) {
      return signingInput + ".";
    }
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(key.getPrivate());
    signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput
        + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
  }

  static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static Map<String, PublicKey> published() {
    return Map.of("k1", providerKey.getPublic());
  }

  ProviderIdentity verify(String token) throws IdTokenVerifier.Refused {
    return verifier.verify(token, published(), NONCE, NOW);
  }

  String signed(Consumer<JsonObjectBuilder> change) throws GeneralSecurityException {
    JsonObjectBuilder claims = claims();
    change.accept(claims);
    return token("RS256", "k1", providerKey, claims);
  }

  @Test
  void aTokenThatPassesEveryCheckYieldsTheIdentity() throws Exception {
    ProviderIdentity identity = verify(signed(c -> {}));

    assertThat(identity)
        .isEqualTo(new ProviderIdentity(ISSUER, "subject-1", "ada@example.com", true, false));
  }

  @Test
  void multiFactorIsReadFromAmrOrFromAConfiguredAcr() throws Exception {
    assertThat(
            verify(signed(c -> c.add("amr", Json.createArrayBuilder().add("pwd").add("otp"))))
                .multiFactor())
        .isTrue();
    assertThat(verify(signed(c -> c.add("acr", "gold"))).multiFactor()).isTrue();
    assertThat(
            verify(signed(c -> c.add("acr", "1").add("amr", Json.createArrayBuilder().add("pwd"))))
                .multiFactor())
        .isFalse();
  }

  @Test
  void anUnverifiedAddressIsPassedOnAsUnverified() throws Exception {
    assertThat(verify(signed(c -> c.add("email_verified", false))).emailVerified()).isFalse();
    assertThat(verify(signed(c -> c.add("email_verified", "true"))).emailVerified())
        .as("a string is not the boolean true")
        .isFalse();
  }

  @Test
  void anUnsignedTokenIsRefused() throws Exception {
    String unsigned = token("none", "k1", null, claims());

    assertThatThrownBy(() -> verify(unsigned)).hasMessage("not a signed token");
    String claimsNone = unsigned + "c2ln";
    assertThatThrownBy(() -> verify(claimsNone))
        .hasMessageStartingWith("signature algorithm not accepted");
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    String forged = token("RS256", "k1", otherKey, claims());

    assertThatThrownBy(() -> verify(forged)).hasMessage("signature does not verify");
    String unknownKey = token("RS256", "k2", otherKey, claims());
    assertThatThrownBy(() -> verify(unknownKey)).hasMessage("signed with an unknown key");
  }

  @Test
  void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() throws Exception {
    String[] parts = signed(c -> {}).split("\\.");
    String changed =
        parts[0]
            + "."
            + encode(claims().add("sub", "someone-else").build().toString())
            + "."
            + parts[2];

    assertThatThrownBy(() -> verify(changed)).hasMessage("signature does not verify");
  }

  @Test
  void anHmacTokenIsRefusedWhateverItsKey() throws Exception {
    String hmac = token("HS256", "k1", providerKey, claims());

    assertThatThrownBy(() -> verify(hmac)).hasMessage("signature algorithm not accepted: HS256");
  }

  @Test
  void aTokenForAnotherClientIsRefused() throws Exception {
    assertThatThrownBy(() -> verify(signed(c -> c.add("aud", "other-app").add("azp", "other-app"))))
        .hasMessage("issued for another client");
    assertThatThrownBy(
            () ->
                verify(
                    signed(
                        c ->
                            c.add("aud", Json.createArrayBuilder().add(CLIENT).add("other-app"))
                                .add("azp", "other-app"))))
        .hasMessage("issued for another client");
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    assertThatThrownBy(() -> verify(signed(c -> c.add("iss", "https://evil.example.com"))))
        .hasMessage("issued by another provider");
  }

  @Test
  void anExpiredTokenIsRefusedBeyondTheLeeway() throws Exception {
    assertThatThrownBy(
            () -> verify(signed(c -> c.add("exp", NOW.minusSeconds(61).getEpochSecond()))))
        .hasMessage("expired");
    assertThat(verify(signed(c -> c.add("exp", NOW.minusSeconds(30).getEpochSecond()))).subject())
        .as("within a minute of clock difference")
        .isEqualTo("subject-1");
    assertThatThrownBy(() -> verify(signed(c -> c.add("exp", "tomorrow")))).hasMessage("expired");
  }

  @Test
  void aTokenIssuedInTheFutureIsRefused() {
    assertThatThrownBy(
            () -> verify(signed(c -> c.add("iat", NOW.plusSeconds(600).getEpochSecond()))))
        .hasMessage("issued in the future");
  }

  @Test
  void aTokenWithAnotherNonceOrNoneIsRefused() {
    assertThatThrownBy(() -> verify(signed(c -> c.add("nonce", "nonce-of-another-sign-in"))))
        .hasMessage("nonce does not match this sign-in");
    assertThatThrownBy(() -> verify(signed(c -> c.addNull("nonce"))))
        .hasMessage("nonce does not match this sign-in");
  }

  @Test
  void garbageIsRefusedAsSuch() {
    assertThatThrownBy(() -> verify(null)).hasMessage("not a signed token");
    assertThatThrownBy(() -> verify("a.b")).hasMessage("not a signed token");
    assertThatThrownBy(() -> verify("!!!.???.sig")).hasMessage("not a well-formed token");
    assertThatThrownBy(() -> verify(encode("[1]") + "." + encode("{}") + ".sig"))
        .hasMessage("not a well-formed token");
  }

  @Test
  void publishedKeysAreReadFromTheirJwk() {
    RSAPublicKey key = (RSAPublicKey) providerKey.getPublic();
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    var jwk =
        Json.createObjectBuilder()
            .add("kty", "RSA")
            .add("use", "sig")
            .add("kid", "k1")
            .add("n", encoder.encodeToString(key.getModulus().toByteArray()))
            .add("e", encoder.encodeToString(key.getPublicExponent().toByteArray()));

    assertThat(IdTokenVerifier.rsaKey(jwk.build())).contains(key);
    assertThat(IdTokenVerifier.rsaKey(jwk.add("use", "enc").build())).isEmpty();
    assertThat(IdTokenVerifier.rsaKey(Json.createObjectBuilder().add("kty", "EC").build()))
        .isEmpty();
    assertThat(IdTokenVerifier.rsaKey(Json.createObjectBuilder().add("kty", "RSA").build()))
        .isEmpty();
  }

  static JsonObjectBuilder logoutClaims() {
    return Json.createObjectBuilder()
        .add("iss", ISSUER)
        .add("aud", CLIENT)
        .add("sub", "subject-1")
        .add("sid", "session-1")
        .add("iat", NOW.minusSeconds(2).getEpochSecond())
        .add("jti", "j1")
        .add(
            "events",
            Json.createObjectBuilder()
                .add(IdTokenVerifier.BACK_CHANNEL_LOGOUT_EVENT, Json.createObjectBuilder()));
  }

  String logout(JsonObjectBuilder claims) throws Exception {
    return verifier.verifyLogout(token("RS256", "k1", providerKey, claims), published(), NOW);
  }

  @Test
  void aLogoutTokenNamesItsSubject() throws Exception {
    assertThat(logout(logoutClaims())).isEqualTo("subject-1");
  }

  @Test
  void anIdTokenIsNoLogoutToken() {
    assertThatThrownBy(() -> logout(claims())).hasMessage("not a logout token");
    assertThatThrownBy(() -> logout(logoutClaims().add("nonce", NONCE)))
        .hasMessage("a logout token carries no nonce");
  }

  @Test
  void aLogoutTokenIsCheckedLikeAnIdToken() throws Exception {
    assertThatThrownBy(() -> logout(logoutClaims().add("aud", "other-app")))
        .hasMessage("issued for another client");
    assertThatThrownBy(
            () -> logout(logoutClaims().add("iat", NOW.minusSeconds(600).getEpochSecond())))
        .hasMessage("too old for a logout token");
    assertThatThrownBy(() -> logout(logoutClaims().addNull("sub"))).hasMessage("no subject");
    String forged = token("RS256", "k1", otherKey, logoutClaims());
    assertThatThrownBy(() -> verifier.verifyLogout(forged, published(), NOW))
        .hasMessage("signature does not verify");
    String unsigned = token("none", null, null, logoutClaims());
    assertThatThrownBy(() -> verifier.verifyLogout(unsigned, published(), NOW))
        .hasMessage("not a signed token");
  }
}
