package org.teamward.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with the company's identity provider (OpenID Connect), against the real Keycloak the
 * suite starts ({@link Keycloak}) with the realm file in {@code src/test/keycloak}.
 */
abstract class CompanySignInTests {

  @BeforeAll
  static void providerIsUp() {
    Keycloak.ready();
  }

  @Test
  void theProviderServesTheSuitesRealm() {
    given()
        .get(Keycloak.issuer() + "/.well-known/openid-configuration")
        .then()
        .statusCode(200)
        .body("issuer", equalTo(Keycloak.issuer()))
        .body(
            "authorization_endpoint", equalTo(Keycloak.issuer() + "/protocol/openid-connect/auth"));
  }

  /** The realm's client accepts any port on 127.0.0.1, where the server under test listens. */
  @Test
  void theProviderKnowsTheClientAndItsRedirectUris() {
    given()
        .redirects()
        .follow(false)
        .queryParam("client_id", Keycloak.CLIENT_ID)
        .queryParam("response_type", "code")
        .queryParam("scope", "openid email")
        .queryParam("redirect_uri", Server.loopback() + "/sso/callback")
        .queryParam("state", "s")
        .get(Keycloak.issuer() + "/protocol/openid-connect/auth")
        .then()
        .statusCode(200)
        .body(containsString("id=\"kc-form-login\""));
  }
}
