package org.teamward.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.teamward.it.pages.LoginCodePage;
import org.teamward.it.pages.ProjectsPage;
import org.teamward.it.pages.TwoFactorPage;
import org.teamward.it.pages.UsersPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Secrets;

/**
 * Two-factor authentication end to end: enrolment and sign-in in the real browser, the API rule for
 * {@code POST /api/device}, the administrator's reset, and the requirement that leads people to
 * enrolment. Codes are computed here from the secret the page shows, as an authenticator app would,
 * one step ahead where a code of the current step was just used, so nothing waits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TwoFactorTests {

  Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** The code an authenticator app shows {@code steps} steps from now. */
  public static String code(String shownSecret, int steps) throws Exception {
    byte[] key = new Base32().decode(shownSecret.replace(" ", ""));
    return new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6)
        .generateOneTimePasswordString(
            new SecretKeySpec(key, "HmacSHA1"), Instant.now().plusSeconds(30L * steps));
  }

  /**
   * Signs in with the password and enrols in {@code browser}; answers the secret and the recovery
   * codes shown.
   */
  public static Enrolled enrol(Browser browser, Api.Person person) throws Exception {
    browser.signIn(person.email(), person.password());
    TwoFactorPage page = TwoFactorPage.open(browser);
    String secret = page.start();
    assertThat(secret.replace(" ", "")).matches("[A-Z2-7]{32}");
    assertThat(page.showsQrCode()).isTrue();

    page.confirm("000000");
    browser.waitForText("The code is not right");

    page.confirm(code(secret, 0));
    List<String> codes = page.recoveryCodes().stream().map(WebElement::getText).toList();
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    // For the scans of the log and the database, which must find none of them.
    Secrets.remember(secret.replace(" ", ""));
    codes.forEach(c -> Secrets.remember(c.replace("-", "")));
    return new Enrolled(secret, codes);
  }

  public record Enrolled(String secret, List<String> recoveryCodes) {}

  /** The audit events of one action on one account. */
  public static List<Map<String, Object>> audited(String action, long userId) {
    return audited(action, "targetId", userId);
  }

  /** The audit events of one action, by the value of one of their fields. */
  static List<Map<String, Object>> audited(String action, String field, long value) {
    List<Map<String, Object>> events =
        Api.admin()
            .bearer()
            .queryParam("type", action)
            .queryParam("limit", 500)
            .get("/api/audit-events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return events.stream()
        .filter(e -> action.equals(e.get("action")))
        .filter(e -> e.get(field) instanceof Number id && id.longValue() == value)
        .toList();
  }

  public static void enterCode(Browser browser, String code) {
    new LoginCodePage(browser).enterCode(code);
  }

  @Test
  void enrolmentInTheBrowserThenSignInAsksForTheCodeAndRecoveryCodesWorkOnce() throws Exception {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    Enrolled enrolled = enrol(browser, person);
    assertThat(browser.accessibilityViolations()).isEmpty();
    browser.screenshot("two-factor-recovery-codes");
    new TwoFactorPage(browser).codesSaved();
    browser.waitForText("10 unused recovery codes");

    browser.signIn(person.email(), person.password());
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login-code.xhtml");
    assertThat(browser.accessibilityViolations()).isEmpty();
    browser.screenshot("two-factor-sign-in");
    ProjectsPage.open(browser);
    assertThat(browser.driver.getCurrentUrl())
        .as("the password alone opens nothing")
        .endsWith("/login.xhtml");

    browser.signIn(person.email(), person.password());
    enterCode(browser, "123456");
    browser.waitForText("The code is wrong or was used already");
    enterCode(browser, code(enrolled.secret(), 1));
    browser.until(d -> d.getCurrentUrl().endsWith("/index.xhtml"));
    assertThat(audited("Authentication.secondFactor", person.id()))
        .extracting(e -> e.get("outcome"), e -> e.get("detail"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("FAILED", "wrong code"),
            org.assertj.core.groups.Tuple.tuple("SUCCESS", null));
    // One's own factors: the person is the actor, and no code or secret is in the event.
    assertThat(audited("TwoFactor.confirm", "actorId", person.id()))
        .singleElement()
        .satisfies(e -> assertThat(e.get("credential")).isEqualTo("WEB_SESSION"));

    String recovery = enrolled.recoveryCodes().get(0);
    browser.signIn(person.email(), person.password());
    enterCode(browser, recovery);
    browser.until(d -> d.getCurrentUrl().endsWith("/index.xhtml"));
    browser.signIn(person.email(), person.password());
    enterCode(browser, recovery);
    browser.waitForText("The code is wrong or was used already");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login-code.xhtml");
  }

  @Test
  void theCodePageWithoutAPasswordJustCheckedLeadsBackToTheSignIn() {
    browser.driver.manage().deleteAllCookies();
    LoginCodePage.open(browser);
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login.xhtml");
  }

  @Test
  void withTwoFactorOnThePersonalPasswordCreatesNoDevicePasswordButExistingOnesWork()
      throws Exception {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION", "PROJECT_VIEW"));
    Api.Device before = Api.createDevice(person.email(), person.password(), "before 2FA");
    enrol(browser, person);

    Api.postDevice(person.email(), person.password(), "after 2FA")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", endsWith("/two-factor-enabled"))
        .body("detail", containsString("web interface"));
    before.bearer().get("/api/me").then().statusCode(200);

    // The administrator's reset: the password alone works again, in both channels.
    Api.admin()
        .bearer()
        .delete("/api/users/" + person.id() + "/two-factor")
        .then()
        .statusCode(200)
        .body("twoFactor", is(false));
    assertThat(audited("TwoFactor.reset", person.id()))
        .singleElement()
        .satisfies(e -> assertThat(e.get("credential")).isEqualTo("DEVICE_PASSWORD"));
    Api.postDevice(person.email(), person.password(), "after the reset").then().statusCode(201);
    browser.signIn(person.email(), person.password());
    assertThat(browser.driver.getCurrentUrl()).endsWith("/index.xhtml");
  }

  @Test
  void aResetNeedsTheRightsOfTheAccountItResets() {
    Api.Person manager = Api.createPerson(Set.of("USER_MANAGE", "SYNCHRONISATION"));
    Api.Device device = Api.createDevice(manager.email(), manager.password(), "manager");
    Api.Person stronger = Api.createPerson(Set.of("USER_MANAGE", "USER_GROUP_MANAGE"));
    device
        .bearer()
        .delete("/api/users/" + stronger.id() + "/two-factor")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    Api.anonymous()
        .delete("/api/users/" + stronger.id() + "/two-factor")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  static io.restassured.response.Response setRule(String rule) {
    return Api.admin()
        .bearer()
        .contentType(ContentType.JSON)
        .body(Map.of("requiredFor", rule))
        .put("/api/two-factor-rule");
  }

  @Test
  void theRequirementIsAnAdministratorsAndTakesOnlyItsThreeValues() {
    Api.admin()
        .bearer()
        .get("/api/two-factor-rule")
        .then()
        .statusCode(200)
        .body("requiredFor", is("NOBODY"));
    setRule("SOMETIMES").then().statusCode(400).contentType("application/problem+json");
    Api.Person plain = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.createDevice(plain.email(), plain.password(), "plain")
        .bearer()
        .contentType(ContentType.JSON)
        .body(Map.of("requiredFor", "EVERYONE"))
        .put("/api/two-factor-rule")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    Api.admin().bearer().get("/api/two-factor-rule").then().body("requiredFor", is("NOBODY"));
  }

  @Test
  void aRequirementLeadsItsPeopleToEnrolmentAndNobodyElse() {
    Api.Person syncing = Api.createPerson(Set.of("SYNCHRONISATION", "PROJECT_VIEW"));
    Api.Person plain = Api.createPerson(Set.of("PROJECT_VIEW"));
    try (Browser admin = new Browser()) {
      admin.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
      UsersPage users = UsersPage.open(admin);
      try {
        assertThat(users.requireTwoFactorFor("SYNCHRONISATION_HOLDERS")).isTrue();
        users.saveTwoFactorRule();
        admin.waitForText("The requirement is saved");

        browser.signIn(syncing.email(), syncing.password());
        assertThat(browser.driver.getCurrentUrl()).endsWith("/account/two-factor.xhtml");
        browser.waitForText("Your organisation requires two-factor authentication");
        ProjectsPage.open(browser);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/account/two-factor.xhtml");
        assertThat(new TwoFactorPage(browser).offersStart()).isTrue();

        browser.signIn(plain.email(), plain.password());
        assertThat(browser.driver.getCurrentUrl()).endsWith("/index.xhtml");
      } finally {
        setRule("NOBODY").then().statusCode(200).body("requiredFor", is("NOBODY"));
      }
    }
    browser.signIn(syncing.email(), syncing.password());
    assertThat(browser.driver.getCurrentUrl()).endsWith("/index.xhtml");
  }
}
