package org.teamward.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.teamward.it.pages.LoginPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.Browser;
import org.teamward.it.support.WebClient;
import org.teamward.it.web.WebTests;

/**
 * Throttling of failed sign-ins, over the API ({@code POST /api/device}) and in the web UI. Every
 * request of the suite comes from 127.0.0.1, so each test fails with accounts of its own: the
 * counters are per account and address, and the suite's per-address ceiling is set high (it/pom) so
 * that groups that send wrong credentials on purpose do not throttle each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ThrottlingTests {

  /** Failures per account and address before the first delay: the default. */
  static final int FREE = 5;

  static final String TOO_MANY = "/too-many-attempts";

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

  private static void failTimes(String email, int times) {
    for (int i = 0; i < times; i++) {
      Api.postDevice(email, "not-the-password", "x").then().statusCode(401);
    }
  }

  @Test
  void afterAFewFailuresTheApiAnswers429WithRetryAfter() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    failTimes(person.email(), FREE);
    Response throttled = Api.postDevice(person.email(), person.password(), "x");
    assertThat(throttled.statusCode()).as("even the right password waits").isEqualTo(429);
    assertThat(throttled.contentType()).startsWith("application/problem+json");
    assertThat(throttled.jsonPath().getString("type")).endsWith(TOO_MANY);
    assertThat(throttled.jsonPath().getInt("status")).isEqualTo(429);
    long retryAfter = Long.parseLong(throttled.header("Retry-After"));
    assertThat(retryAfter).as("the first delay, 30 s by default").isBetween(1L, 30L);
    assertThat(throttled.asString()).doesNotContain(person.password());
  }

  @Test
  void othersBehindTheSameAddressStillSignIn() {
    Api.Person failing = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.Person colleague = Api.createPerson(Set.of("SYNCHRONISATION"));
    failTimes(failing.email(), FREE);
    // The blocked account keeps trying; its refused attempts do not count for the address.
    for (int i = 0; i < 20; i++) {
      Api.postDevice(failing.email(), "not-the-password", "x").then().statusCode(429);
    }
    Api.postDevice(colleague.email(), colleague.password(), "x").then().statusCode(201);
    browser().signIn(colleague.email(), colleague.password());
    assertThat(browser().driver.getCurrentUrl()).endsWith("/index.xhtml");
  }

  @Test
  void unknownAccountAndWrongPasswordLookAlikeAlsoWhenThrottled() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    String unknown = "nobody-" + person.email();
    Response wrong = Api.postDevice(person.email(), "not-the-password", "x");
    Response nobody = Api.postDevice(unknown, "not-the-password", "x");
    assertThat(nobody.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
    assertThat(nobody.asString()).isEqualTo(wrong.asString());

    failTimes(person.email(), FREE - 1);
    failTimes(unknown, FREE - 1);
    Response wrongThrottled = Api.postDevice(person.email(), "not-the-password", "x");
    Response nobodyThrottled = Api.postDevice(unknown, "not-the-password", "x");
    assertThat(wrongThrottled.statusCode()).isEqualTo(429);
    assertThat(nobodyThrottled.statusCode()).isEqualTo(429);
    assertThat(nobodyThrottled.asString()).isEqualTo(wrongThrottled.asString());
    assertThat(nobodyThrottled.header("Retry-After")).isNotNull();
    assertThat(wrongThrottled.header("Retry-After")).isNotNull();
  }

  @Test
  void theSignInPageSaysHowLongToWait() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    for (int i = 0; i < FREE; i++) {
      browser().signIn(person.email(), "not-the-password");
      assertThat(new LoginPage(browser()).messages()).contains(WebTests.FAILED);
    }
    browser().signIn(person.email(), person.password());
    String message = new LoginPage(browser()).messages();
    assertThat(message)
        .contains("Too many failed sign-ins from here.")
        .containsPattern("Please wait \\d+ seconds");
    assertThat(browser().driver.getCurrentUrl()).endsWith("/login.xhtml");
    // Unknown accounts are throttled alike, with the same words.
    String unknown = "nobody-" + person.email();
    for (int i = 0; i < FREE; i++) {
      browser().signIn(unknown, "not-the-password");
    }
    browser().signIn(unknown, "not-the-password");
    assertThat(new LoginPage(browser()).messages()).contains("Too many failed sign-ins from here.");
  }

  @Test
  void theThrottledSignInPageAnswers429WithRetryAfter() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    WebClient client = new WebClient();
    for (int i = 0; i < FREE; i++) {
      assertThat(client.signIn(person.email(), "not-the-password").statusCode()).isEqualTo(200);
    }
    Response throttled = client.signIn(person.email(), person.password());
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 30L);
    assertThat(throttled.asString()).contains("Too many failed sign-ins from here.");
    assertThat(client.signedIn()).isFalse();
  }
}
