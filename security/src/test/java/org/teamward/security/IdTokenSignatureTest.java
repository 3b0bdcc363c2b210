package org.teamward.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check Teamward adds to the platform's verdict on an ID token: it must carry a public-key
 * signature. The platform's mechanism verifies such a signature against the provider's keys, but
 * takes an unsigned token as valid; a shared-secret signature proves nothing about the provider.
 */
class IdTokenSignatureTest {

  static final JWTClaimsSet CLAIMS =
      new JWTClaimsSet.Builder().issuer("https://login.example.com").subject("s-1").build();

  @BeforeAll
  static void keys() throws Exception {
    LogoutTokensTest.keys();
  }

  @Test
  void aTokenSignedWithAPublicKeyPasses() throws Exception {
    assertThat(
            ProviderSignIn.signedWithAKey(
                LogoutTokensTest.signed(LogoutTokensTest.providerKey, CLAIMS)))
        .isTrue();
  }

  @Test
  void unsignedMacSignedAndGarbageTokensDoNot() throws Exception {
    assertThat(ProviderSignIn.signedWithAKey(new PlainJWT(CLAIMS).serialize())).isFalse();
    SignedJWT mac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), CLAIMS);
    mac.sign(new MACSigner("a-shared-secret-of-at-least-32-bytes!"));
    assertThat(ProviderSignIn.signedWithAKey(mac.serialize())).isFalse();
    assertThat(ProviderSignIn.signedWithAKey("not.a.token")).isFalse();
    assertThat(ProviderSignIn.signedWithAKey(null)).isFalse();
  }
}
