package org.teamward.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code TEAMWARD_OIDC_TRUST_PROVIDER_MFA=true} against the real Keycloak, on a second server that
 * has the setting ({@link SecondServer#TRUSTING}): a token that shows the second factor the
 * operator declared ({@code acr} "1", a password typed at the provider just now) signs in; one that
 * does not ({@code acr} "0", Keycloak's own session cookie) is refused, with the reason on the page
 * and in the audit log.
 */
public abstract class TrustedProviderMfaTests {

  static String server;

  @BeforeAll
  static void theTrustingServerIsUp() {
    server = SecondServer.TRUSTING.ready();
    SecondServer.TRUSTING.createPerson("dora.sso@teamward.test", "Dora Trusted");
  }

  static io.restassured.specification.RequestSpecification admin() {
    return SecondServer.TRUSTING.admin();
  }

  @Test
  void aTokenShowingTheDeclaredSecondFactorSignsInAndOneWithoutIsRefused() {
    ProviderFlow browser = new ProviderFlow(server);

    HttpResponse<String> fresh = browser.signIn("sso-dora", "sso-dora-password");
    assertThat(ProviderFlow.location(fresh).getPath())
        .as("acr 1: in, with no code step of Teamward's own")
        .isEqualTo("/index.xhtml");
    assertThat(browser.signedIn()).isTrue();

    ProviderFlow sameProviderSession = browser.withProviderCookiesOnly();
    HttpResponse<String> fromCookie =
        sameProviderSession.callback(
            sameProviderSession.atProvider(sameProviderSession.start(), "sso-dora", "not-asked"));
    assertThat(fromCookie.statusCode()).isEqualTo(302);
    URI page = ProviderFlow.location(fromCookie);
    assertThat(page.getPath()).isEqualTo("/login.xhtml");
    assertThat(ProviderFlow.query(page)).containsEntry("sso", "mfa-required");
    assertThat(sameProviderSession.signedIn()).isFalse();

    assertThat(
            admin()
                .queryParam("type", CompanySignInTests.SIGN_IN)
                .get("/api/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.outcome", String.class))
        .as("newest first: the refusal, then the sign-in")
        .startsWith("FAILED", "SUCCESS");
  }
}
