package org.teamward.it.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teamward.it.access.TwoFactorTests;
import org.teamward.it.audit.AuditTests;
import org.teamward.it.pages.LoginPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Server;
import org.teamward.it.support.WebClient;

/**
 * Sign-in with the company's identity provider (OpenID Connect), on the wire against the real
 * Keycloak the suite starts ({@link Keycloak}) with the realm file in {@code src/test/keycloak}:
 * who comes in, who is refused and why, and that no replayed, forged or mixed-up answer signs
 * anyone in or breaks the server. Each person of the realm serves one test, so that the tests do
 * not depend on each other's order.
 */
public abstract class CompanySignInTests {

  static final String SIGN_IN = "Authentication.identityProvider";
  static final String LINK = "Authentication.linkProviderSubject";

  /** Ada's account: the hostile tests use her at the provider, and expect her to come in. */
  static Api.Person ada;

  @BeforeAll
  static void providerIsUp() {
    Keycloak.ready();
    ada = Api.createPerson(Set.of("TIME_BOOK_OWN"), null, "ada.sso@teamward.test");
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

  @Test
  void theSignInPageOffersTheProviderBesideThePasswordForm() {
    given()
        .get(Server.loopback() + "/login.xhtml")
        .then()
        .statusCode(200)
        .body(containsString("id=\"login:signIn\""))
        .body(containsString("id=\"login:sso\""))
        .body(containsString("Sign in with Keycloak"));
  }

  @Test
  void theStartSendsTheBrowserToTheProviderWithStateNonceAndTheCallback() {
    URI authorization = new ProviderFlow().start();

    assertThat(authorization.toString())
        .startsWith(Keycloak.issuer() + "/protocol/openid-connect/auth?");
    Map<String, String> query = ProviderFlow.query(authorization);
    assertThat(query)
        .containsEntry("client_id", Keycloak.CLIENT_ID)
        .containsEntry("response_type", "code")
        .containsEntry("redirect_uri", Server.loopback() + "/sso/callback");
    assertThat(query.get("scope")).contains("openid");
    // the platform's mechanism: a random UUID as state, a SHA-256 of a random value as nonce
    assertThat(query.get("state")).hasSizeGreaterThanOrEqualTo(32);
    assertThat(query.get("nonce")).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(query.get("state"));
  }

  @Test
  void aPersonWithAVerifiedAddressSignsInAndTheSubjectIsLinked() {
    Api.Person mo = Api.createPerson(Set.of("TIME_BOOK_OWN"), null, "mover.sso@teamward.test");
    ProviderFlow browser = new ProviderFlow();

    HttpResponse<String> answer = browser.signIn("sso-mover", "sso-mover-password");

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(ProviderFlow.location(answer).getPath()).isEqualTo("/index.xhtml");
    assertThat(browser.signedIn()).isTrue();
    assertThat(actions("Test " + mo.email()))
        .as("the link, then the sign-in, in the audit log")
        .containsSubsequence(SIGN_IN + " SUCCESS", LINK + " SUCCESS");
  }

  /** The API never takes a browser's session, however it was signed in. */
  @Test
  void theApiRefusesTheProviderSignedInSession() {
    ProviderFlow browser = new ProviderFlow();
    browser.signIn("sso-ada", "sso-ada-password");
    assertThat(browser.signedIn()).isTrue();

    HttpResponse<String> me = browser.get(URI.create(Server.loopback() + "/api/me"));

    assertThat(me.statusCode()).isEqualTo(401);
    assertThat(me.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  /**
   * After the first sign-in the account is found by the provider's subject: an address changed at
   * the provider later, even to an unverified one, still leads into the same account.
   */
  @Test
  void laterSignInsMatchByTheSubjectNotTheAddress() {
    Api.Person nia = Api.createPerson(Set.of("TIME_BOOK_OWN"), null, "nia.sso@teamward.test");
    Keycloak.changeEmail("sso-nia", "Nia", "Renamed", "nia.renamed@elsewhere.test", false);
    ProviderFlow unlinked = new ProviderFlow();
    assertThat(refusal(unlinked.signIn("sso-nia", "sso-nia-password")))
        .as("no link yet, and the address is not verified")
        .isEqualTo("unverified");

    Keycloak.changeEmail("sso-nia", "Nia", "Renamed", nia.email(), true);
    new ProviderFlow().signIn("sso-nia", "sso-nia-password");
    Keycloak.changeEmail("sso-nia", "Nia", "Renamed", "nia.renamed@elsewhere.test", false);
    ProviderFlow later = new ProviderFlow();

    HttpResponse<String> answer = later.signIn("sso-nia", "sso-nia-password");

    assertThat(ProviderFlow.location(answer).getPath()).isEqualTo("/index.xhtml");
    assertThat(later.signedIn()).isTrue();
    assertThat(actions("Test " + nia.email()))
        .filteredOn(a -> a.equals(SIGN_IN + " SUCCESS"))
        .hasSize(2);
  }

  @Test
  void anUnverifiedAddressIsRefusedWithThePageSayingWhy() {
    Api.createPerson(Set.of("TIME_BOOK_OWN"), null, "unverified.sso@teamward.test");
    ProviderFlow browser = new ProviderFlow();

    HttpResponse<String> answer = browser.signIn("sso-unverified", "sso-unverified-password");

    assertThat(refusal(answer)).isEqualTo("unverified");
    assertThat(browser.signedIn()).isFalse();
    assertThat(browser.get(absolute(ProviderFlow.location(answer))).body())
        .contains("has not verified your e-mail address");
    assertThat(actions("unverified.sso@teamward.test")).contains(SIGN_IN + " FAILED");
  }

  @Test
  void anUnknownPersonIsRefusedAndNoAccountIsCreated() {
    ProviderFlow browser = new ProviderFlow();

    HttpResponse<String> answer = browser.signIn("sso-stranger", "sso-stranger-password");

    assertThat(refusal(answer)).isEqualTo("unknown");
    assertThat(browser.signedIn()).isFalse();
    List<?> accounts =
        Api.admin()
            .bearer()
            .queryParam("q", "stranger.sso")
            .get("/api/users")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(accounts).isEmpty();
    assertThat(actions("stranger.sso@teamward.test")).containsExactly(SIGN_IN + " FAILED");
  }

  @Test
  void aDeactivatedAccountIsRefusedWhateverTheProviderSays() {
    Api.Person ines = Api.createPerson(Set.of("TIME_BOOK_OWN"), null, "inactive.sso@teamward.test");
    Api.setActive(ines.id(), false);
    ProviderFlow browser = new ProviderFlow();

    HttpResponse<String> answer = browser.signIn("sso-inactive", "sso-inactive-password");

    assertThat(refusal(answer)).isEqualTo("inactive");
    assertThat(browser.signedIn()).isFalse();
  }

  // Hostile answers: each signs nobody in, ends on the sign-in page naming a failure, never 5xx.

  @Test
  void anAnswerWithAnotherStateIsRefusedAndUsesUpTheSignIn() {
    ProviderFlow browser = new ProviderFlow();
    URI callback = browser.atProvider(browser.start(), "sso-ada", "sso-ada-password");

    assertThat(refusal(browser.callback(ProviderFlow.with(callback, "state", "forged-state"))))
        .isEqualTo("failed");
    assertThat(refusal(browser.callback(callback)))
        .as("the genuine answer after a forged one: the sign-in was used up")
        .isEqualTo("failed");
    assertThat(browser.signedIn()).isFalse();
  }

  @Test
  void anAnswerWithoutAStartedSignInIsRefused() {
    ProviderFlow starter = new ProviderFlow();
    URI callback = starter.atProvider(starter.start(), "sso-ada", "sso-ada-password");
    ProviderFlow other = new ProviderFlow();

    assertThat(refusal(other.callback(callback)))
        .as("another browser, which started nothing")
        .isEqualTo("failed");
    assertThat(other.signedIn()).isFalse();
  }

  @Test
  void aUsedCodeIsRefused() {
    ProviderFlow first = new ProviderFlow();
    URI callback = first.atProvider(first.start(), "sso-ada", "sso-ada-password");
    assertThat(ProviderFlow.location(first.callback(callback)).getPath()).isEqualTo("/index.xhtml");
    assertThat(refusal(first.callback(callback))).as("the same answer again").isEqualTo("failed");

    ProviderFlow second = new ProviderFlow();
    String state = ProviderFlow.query(second.start()).get("state");
    HttpResponse<String> replay = second.callback(ProviderFlow.with(callback, "state", state));

    assertThat(refusal(replay)).as("the used code with a valid state").isEqualTo("failed");
    assertThat(second.signedIn()).isFalse();
    assertThat(detailsOfRefusals()).contains("state, code or token refused");
  }

  @Test
  void anErrorAnswerIsRefused() {
    ProviderFlow browser = new ProviderFlow();
    String state = ProviderFlow.query(browser.start()).get("state");

    HttpResponse<String> answer =
        browser.get(
            URI.create(
                Server.loopback()
                    + "/sso/callback?error=access_denied&error_description=%3Cscript%3E&state="
                    + state));

    assertThat(refusal(answer)).isEqualTo("failed");
    assertThat(browser.signedIn()).isFalse();
    assertThat(detailsOfRefusals()).contains("provider answered error access_denied");
  }

  @Test
  void aTokenWithAnotherNonceIsRefused() {
    ProviderFlow browser = new ProviderFlow();
    URI authorization = ProviderFlow.with(browser.start(), "nonce", "a-nonce-of-another-sign-in");

    HttpResponse<String> answer =
        browser.callback(browser.atProvider(authorization, "sso-ada", "sso-ada-password"));

    assertThat(refusal(answer)).isEqualTo("failed");
    assertThat(browser.signedIn()).isFalse();
    assertThat(detailsOfRefusals()).anyMatch(d -> d.contains("Invalid nonce"));
  }

  @Test
  void aCodeForAnotherClientIsRefused() {
    ProviderFlow browser = new ProviderFlow();
    URI authorization = ProviderFlow.with(browser.start(), "client_id", "other-app");

    HttpResponse<String> answer =
        browser.callback(browser.atProvider(authorization, "sso-ada", "sso-ada-password"));

    assertThat(refusal(answer)).isEqualTo("failed");
    assertThat(browser.signedIn()).isFalse();
  }

  @Test
  void garbageAtTheCallbackIsRefusedWithoutAServerError() {
    ProviderFlow browser = new ProviderFlow();
    String state = ProviderFlow.query(browser.start()).get("state");
    for (String query :
        new String[] {
          "",
          "state=" + state,
          "code=&state=" + state,
          "code=" + "x".repeat(2000) + "&state=" + state,
          "code=%00&state=%00",
          "state=" + state + "&state=other&code=a"
        }) {
      HttpResponse<String> answer =
          browser.get(URI.create(Server.loopback() + "/sso/callback?" + query));
      assertThat(answer.statusCode()).as(query).isEqualTo(302);
      assertThat(refusal(answer)).as(query).isEqualTo("failed");
    }
    assertThat(browser.signedIn()).isFalse();
  }

  /** The reason a refused provider sign-in names on the sign-in page ({@code ?sso=}). */
  static String refusal(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as("the callback's answer").isEqualTo(302);
    URI location = ProviderFlow.location(answer);
    assertThat(location.getPath()).isEqualTo("/login.xhtml");
    return ProviderFlow.query(location).get("sso");
  }

  static URI absolute(URI location) {
    return location.isAbsolute() ? location : URI.create(Server.loopback()).resolve(location);
  }

  /** "action OUTCOME" of the audit events whose actor's name contains {@code actor}. */
  static List<String> actions(String actor) {
    return AuditTests.events("actor", actor).stream()
        .map(e -> e.get("action") + " " + e.get("outcome"))
        .toList();
  }

  /** The reasons of the provider answers refused so far, newest first. */
  static List<String> detailsOfRefusals() {
    return refusedAnswers(Api.admin().bearer()).getList("items.detail", String.class);
  }

  /** The audit log's rows of refused provider answers, as {@code admin} reads them. */
  static io.restassured.path.json.JsonPath refusedAnswers(
      io.restassured.specification.RequestSpecification admin) {
    return admin
        .queryParam("type", SIGN_IN)
        .queryParam("outcome", "FAILED")
        .queryParam("limit", 500)
        .get("/api/audit-events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  // The per-person mode, in both channels.

  static void setSso(long userId, String mode, int expectedStatus) {
    Api.admin()
        .bearer()
        .contentType("application/json")
        .header("If-Match", Api.etag("/api/users/" + userId))
        .body(Map.of("sso", mode))
        .put("/api/users/" + userId)
        .then()
        .statusCode(expectedStatus);
  }

  @Test
  void enforcedRetiresThePasswordForTheFormAndForDevicePasswordsOverTheApi() {
    Api.Person pat = Api.createPerson(Set.of("TIME_BOOK_OWN", "SYNCHRONISATION"));
    assertThat(
            Api.admin()
                .bearer()
                .get("/api/users/" + pat.id())
                .then()
                .extract()
                .path("sso")
                .toString())
        .as("new accounts' default")
        .isEqualTo("allowed");

    setSso(pat.id(), "enforced", 200);

    Api.postDevice(pat.email(), pat.password(), "phone")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.endsWith("/sso-enforced"))
        .body("detail", containsString("web interface"));
    WebClient web = new WebClient();
    assertThat(web.signIn(pat.email(), pat.password()).asString())
        .contains("signs in with the company account only");
    assertThat(web.signedIn()).isFalse();
    // a wrong password is told nothing of the mode
    Api.postDevice(pat.email(), "a-wrong-password", "phone").then().statusCode(401);

    setSso(pat.id(), "allowed", 200);
    Api.postDevice(pat.email(), pat.password(), "phone").then().statusCode(201);
    assertThat(new WebClient().signIn(pat.email(), pat.password()).statusCode()).isEqualTo(302);
  }

  /**
   * The three modes, channel by channel, for one person: the password form, a device password made
   * with the personal password ({@code POST /api/device}), a device password made before, and the
   * provider's sign-in.
   */
  @Test
  void eachModeOpensExactlyItsWaysIn() {
    Api.Person mia =
        Api.createPerson(Set.of("TIME_BOOK_OWN", "SYNCHRONISATION"), null, "mia.sso@teamward.test");
    Api.Device earlier = Api.createDevice(mia.email(), mia.password(), "made before");
    Map<String, List<Object>> seen = new LinkedHashMap<>();

    for (String mode : List.of("disabled", "allowed", "enforced")) {
      setSso(mia.id(), mode, 200);
      WebClient form = new WebClient();
      form.signIn(mia.email(), mia.password());
      int device = Api.postDevice(mia.email(), mia.password(), mode).statusCode();
      int earlierDevice = earlier.bearer().get("/api/me").statusCode();
      HttpResponse<String> provider = new ProviderFlow().signIn("sso-mia", "sso-mia-password");
      String providerOutcome =
          ProviderFlow.location(provider).getPath().equals("/index.xhtml")
              ? "signed in"
              : refusal(provider);
      seen.put(mode, List.of(form.signedIn(), device, earlierDevice, providerOutcome));
    }

    assertThat(seen)
        .as("password form, POST /api/device, earlier device password, provider")
        .containsExactly(
            Map.entry("disabled", List.of(true, 201, 200, "disabled")),
            Map.entry("allowed", List.of(true, 201, 200, "signed in")),
            Map.entry("enforced", List.of(false, 403, 200, "signed in")));
    assertThat(TwoFactorTests.audited("Users.update", mia.id()))
        .extracting(e -> e.get("detail"))
        .as("each change of the mode in the audit log")
        .containsExactlyInAnyOrder(
            "sign-in mode allowed → disabled",
            "sign-in mode disabled → allowed",
            "sign-in mode allowed → enforced");
  }

  /**
   * Teamward's own second factor still follows the provider's sign-in, in a real browser: the
   * provider's answer alone opens nothing, a wrong code is refused, the right one signs in, and the
   * audit log has each step.
   */
  @Test
  void anAccountWithTwoFactorGetsTheCodeStepAfterTheProvider() throws Exception {
    Api.Person tess = Api.createPerson(Set.of("TIME_BOOK_OWN"), null, "tess.sso@teamward.test");
    try (Browser browser = new Browser()) {
      TwoFactorTests.Enrolled enrolled = TwoFactorTests.enrol(browser, tess);
      browser.driver.manage().deleteAllCookies();

      browser.driver.get(Server.loopback() + "/login.xhtml");
      new LoginPage(browser).signInWithCompany().signIn("sso-tess", "sso-tess-password");
      browser.until(d -> d.getCurrentUrl().endsWith("/login-code.xhtml"));
      browser.driver.get(Server.loopback() + "/index.xhtml");
      assertThat(browser.driver.getCurrentUrl())
          .as("the provider's answer alone opens nothing")
          .endsWith("/login.xhtml");

      // signed in at the provider still: its answer comes back at once, and the code is asked
      new LoginPage(browser).signInWithCompany();
      browser.until(d -> d.getCurrentUrl().endsWith("/login-code.xhtml"));
      TwoFactorTests.enterCode(browser, "123456");
      browser.waitForText("The code is wrong or was used already");
      TwoFactorTests.enterCode(browser, TwoFactorTests.code(enrolled.secret(), 1));
      browser.until(d -> d.getCurrentUrl().endsWith("/index.xhtml"));
    }
    assertThat(actions("Test " + tess.email()))
        .as("two provider answers, then the code; newest first")
        .containsSubsequence(
            "Authentication.secondFactor SUCCESS", SIGN_IN + " SUCCESS", SIGN_IN + " SUCCESS");
    assertThat(TwoFactorTests.audited("Authentication.secondFactor", tess.id()))
        .extracting(e -> e.get("outcome"), e -> e.get("detail"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("FAILED", "wrong code"),
            org.assertj.core.groups.Tuple.tuple("SUCCESS", null));
  }

  @Test
  void disabledRefusesTheProviderSignIn() {
    Api.Person dora = Api.createPerson(Set.of("TIME_BOOK_OWN"), null, "dora.sso@teamward.test");
    setSso(dora.id(), "disabled", 200);
    ProviderFlow browser = new ProviderFlow();

    assertThat(refusal(browser.signIn("sso-dora", "sso-dora-password"))).isEqualTo("disabled");
    assertThat(browser.signedIn()).isFalse();

    setSso(dora.id(), "allowed", 200);
    assertThat(
            ProviderFlow.location(new ProviderFlow().signIn("sso-dora", "sso-dora-password"))
                .getPath())
        .isEqualTo("/index.xhtml");
  }

  @Test
  void anUnknownModeIsABadRequestNamingTheField() {
    Api.Person sam = Api.createPerson(Set.of("TIME_BOOK_OWN"));

    Api.admin()
        .bearer()
        .contentType("application/json")
        .header("If-Match", Api.etag("/api/users/" + sam.id()))
        .body(Map.of("sso", "sometimes"))
        .put("/api/users/" + sam.id())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(containsString("sso"));
  }

  /** The mode is an account change like any other: only on accounts no stronger than oneself. */
  @Test
  void theModeOfAStrongerAccountCannotBeChanged() {
    Api.Actor manager = Api.createActor(Set.of("USER_MANAGE"));
    Api.Person stronger = Api.createPerson(Set.of("USER_MANAGE", "AUDIT_VIEW"));

    manager
        .device()
        .bearer()
        .contentType("application/json")
        .header("If-Match", Api.etag("/api/users/" + stronger.id()))
        .body(Map.of("sso", "enforced"))
        .put("/api/users/" + stronger.id())
        .then()
        .statusCode(403);
    assertThat(
            Api.admin()
                .bearer()
                .get("/api/users/" + stronger.id())
                .then()
                .extract()
                .path("sso")
                .toString())
        .isEqualTo("allowed");
  }

  // The provider's back-channel logout.

  @Test
  void theProvidersBackChannelLogoutEndsThePersonsSessions() {
    Api.createPerson(Set.of("TIME_BOOK_OWN"), null, "bea.sso@teamward.test");
    Keycloak.setBackChannelLogout(Server.loopback() + "/sso/back-channel-logout");
    ProviderFlow browser = new ProviderFlow();
    browser.signIn("sso-bea", "sso-bea-password");
    assertThat(browser.signedIn()).isTrue();

    Keycloak.logOut("sso-bea");

    assertThat(browser.signedIn()).isFalse();
    assertThat(actions("bea.sso@teamward.test")).contains("Authentication.providerLogout SUCCESS");
  }

  @Test
  void aForgedLogoutTokenEndsNothing() {
    ProviderFlow browser = new ProviderFlow();
    browser.signIn("sso-ada", "sso-ada-password");
    assertThat(browser.signedIn()).isTrue();
    URI logout = URI.create(Server.loopback() + "/sso/back-channel-logout");
    String header =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    ProviderFlow provider = new ProviderFlow();
    assertThat(provider.post(logout, Map.of("logout_token", header + ".e30.")).statusCode())
        .isEqualTo(400);
    assertThat(provider.post(logout, Map.of("logout_token", "garbage")).statusCode())
        .isEqualTo(400);
    assertThat(provider.post(logout, Map.of()).statusCode()).isEqualTo(400);
    assertThat(provider.get(logout).statusCode()).isEqualTo(405);
    assertThat(browser.signedIn()).isTrue();
    assertThat(detailsOfLogoutRefusals()).contains("logout token refused: not a signed token");
  }

  static List<String> detailsOfLogoutRefusals() {
    return Api.admin()
        .bearer()
        .queryParam("type", "Authentication.providerLogout")
        .queryParam("outcome", "FAILED")
        .queryParam("limit", 500)
        .get("/api/audit-events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.detail", String.class);
  }

  /** "My sessions" tells a provider sign-in from a password one. */
  @Test
  void mySessionsMarksProviderSignIns() {
    Api.Person eve = Api.createPerson(Set.of("TIME_BOOK_OWN"), null, "eve.sso@teamward.test");
    WebClient password = new WebClient();
    password.signIn(eve.email(), eve.password());
    ProviderFlow browser = new ProviderFlow();
    browser.signIn("sso-eve", "sso-eve-password");

    String page = browser.get(URI.create(Server.loopback() + "/account/sessions.xhtml")).body();

    assertThat(page).contains(":thisSession\"");
    assertThat(page.split("Company account", -1))
        .as("one of the two sessions is marked")
        .hasSize(2);
  }

  /** After Teamward's sign-out, the provider's own sign-out is offered, and leads there. */
  @Test
  void signOutOffersTheProvidersSignOut() {
    given()
        .get(Server.loopback() + "/login.xhtml?signedOut=true&provider=true")
        .then()
        .statusCode(200)
        .body(containsString("id=\"login:ssoSignOut\""));

    HttpResponse<String> answer =
        new ProviderFlow().get(URI.create(Server.loopback() + "/sso/sign-out"));

    assertThat(answer.statusCode()).isEqualTo(302);
    URI location = ProviderFlow.location(answer);
    assertThat(location.toString())
        .startsWith(Keycloak.issuer() + "/protocol/openid-connect/logout?");
    assertThat(ProviderFlow.query(location))
        .containsEntry("client_id", Keycloak.CLIENT_ID)
        .containsEntry(
            "post_logout_redirect_uri", Server.loopback() + "/login.xhtml?signedOut=true");
  }
}
