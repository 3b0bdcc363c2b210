package org.teamward.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.teamward.it.pages.Frame;
import org.teamward.it.pages.MyDayPage;
import org.teamward.it.pages.PasswordPage;
import org.teamward.it.pages.SessionsPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Secrets;
import org.teamward.it.support.WebClient;

/**
 * Web sessions known to the database: a fresh session id at sign-in, sign-out that kills the
 * session on the server, and ending sessions (My sessions, deactivation) that takes effect at the
 * other client's very next request. Two clients: the browser and a {@link WebClient}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SessionTests {

  private Browser browser;

  /**
   * Started by the first test that needs it, so that the tests without a browser still run where
   * Debian's chromium is missing (the browser tests are then reported as skipped).
   */
  Browser browser() {
    if (browser == null) {
      browser = new Browser();
    }
    return browser;
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aSessionIdFromBeforeSignInIsUselessAfterIt() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    WebClient client = new WebClient();
    // The sign-in page opens a session (the form's view state): the id an attacker could plant.
    client.cookies.putAll(client.get("/login.xhtml").getCookies());
    Map<String, String> before = Map.copyOf(client.cookies);
    assertThat(before).containsKey("JSESSIONID");
    Response signedIn = client.signIn(person.email(), person.password());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(client.signedIn()).isTrue();
    assertThat(client.cookies.get("JSESSIONID"))
        .as("a new id at sign-in")
        .isNotEqualTo(before.get("JSESSIONID"));

    WebClient planted = new WebClient();
    planted.cookies.putAll(before);
    assertThat(planted.signedIn()).as("the id from before sign-in").isFalse();
  }

  @Test
  void signOutEndsTheSessionOnTheServer() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    browser().signIn(person.email(), person.password());
    WebClient copy = WebClient.copyOf(browser());
    assertThat(copy.signedIn()).as("the copied cookie works while signed in").isTrue();
    MyDayPage.open(browser());
    new Frame(browser()).signOut();
    browser().until(d -> d.getCurrentUrl().contains("/login.xhtml"));
    assertThat(copy.signedIn()).as("the old cookie after sign-out").isFalse();
  }

  @Test
  void endingASessionInMySessionsSignsThatClientOutAtOnce() throws Exception {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    WebClient phone = new WebClient();
    phone.signIn(person.email(), person.password());
    assertThat(phone.signedIn()).isTrue();

    browser().signIn(person.email(), person.password());
    MyDayPage.open(browser());
    new Frame(browser()).openAccountMenuEntry("mSessions");
    browser().until(d -> d.getCurrentUrl().endsWith(SessionsPage.PATH));
    SessionsPage sessions = new SessionsPage(browser());
    sessions.waitForList();
    assertThat(sessions.rows()).hasSize(2);
    assertThat(browser().text())
        .contains("This session")
        .contains("Chrome on Linux")
        .as("the other client sends no browser's user agent")
        .contains("Unknown device")
        .containsPattern("\\d+\\.\\d+\\.\\d+\\.\\d+");
    assertThat(browser().accessibilityViolations()).isEmpty();
    browser().screenshot("my-sessions");

    // The row that is not this session: the phone's.
    List<org.openqa.selenium.WebElement> rows = sessions.rows();
    int other = rows.get(0).getText().contains("This session") ? 1 : 0;
    sessions.end(other);
    browser().waitForText("The session has been ended.");
    assertThat(phone.signedIn()).as("the phone at its next request").isFalse();
    browser().open("/index.xhtml");
    assertThat(browser().driver.getCurrentUrl()).as("this session stays").endsWith("/index.xhtml");
  }

  @Test
  void endingAllOtherSessionsKeepsThisOne() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    WebClient phone = new WebClient();
    phone.signIn(person.email(), person.password());
    WebClient tablet = new WebClient();
    tablet.signIn(person.email(), person.password());
    browser().signIn(person.email(), person.password());
    SessionsPage.open(browser()).endOthers();
    browser().waitForText("2 other sessions have been ended.");
    assertThat(phone.signedIn()).isFalse();
    assertThat(tablet.signedIn()).isFalse();
    browser().open("/index.xhtml");
    assertThat(browser().driver.getCurrentUrl()).endsWith("/index.xhtml");
  }

  @Test
  void deactivationEndsTheSessionsAtOnce() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    WebClient laptop = new WebClient();
    laptop.signIn(person.email(), person.password());
    assertThat(laptop.signedIn()).isTrue();
    Api.setActive(person.id(), false);
    assertThat(laptop.signedIn()).isFalse();
    Api.setActive(person.id(), true);
    assertThat(laptop.signedIn()).as("reactivation revives no ended session").isFalse();
  }

  @Test
  void thePasswordChangeEndsOtherSessionsByDefault() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    WebClient phone = new WebClient();
    phone.signIn(person.email(), person.password());
    browser().signIn(person.email(), person.password());
    PasswordPage password = PasswordPage.open(browser());
    assertThat(password.endsOtherSessions()).isTrue();
    assertThat(password.revokesDevices()).as("apps keep working unless chosen").isFalse();
    String next = person.password() + "-new";
    Secrets.remember(next);
    password.change(person.password(), next);
    assertThat(phone.signedIn()).isFalse();
    browser().open("/index.xhtml");
    assertThat(browser().driver.getCurrentUrl()).endsWith("/index.xhtml");
  }
}
