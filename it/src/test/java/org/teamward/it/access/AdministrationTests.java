package org.teamward.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;
import org.teamward.it.access.AdministrationMatrix.Case;
import org.teamward.it.access.AdministrationMatrix.Result;
import org.teamward.it.access.AdministrationMatrix.Who;
import org.teamward.it.support.Api;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;
import org.teamward.it.support.WebSteps;

/**
 * Administration is symmetric, in both channels: who (a group manager holding a few rights, HR
 * holding USER_MANAGE, the administrator) × which target (the Administrators group or a weaker one,
 * the administrator's account or a weaker one) × which action gives done, refused (403; in the web
 * the checkbox is disabled or the control absent), or a conflict (409) where the change would leave
 * a permission without an active holder. The cells are in {@link AdministrationMatrix}; each runs
 * once over the API and once in the browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class AdministrationTests {

  private Browser browser;
  private String signedIn;
  private Who groupManager;
  private Who hr;
  private Who admin;

  @BeforeAll
  void setUp() {
    groupManager = who("group manager", AdministrationMatrix.GROUP_MANAGER);
    hr = who("HR", AdministrationMatrix.HR);
    admin = new Who("the administrator", Api.admin(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static Who who(String name, Set<String> rights) {
    Api.Actor actor = Api.createActor(rights);
    return new Who(name, actor.device(), actor.person().email(), actor.person().password());
  }

  /** Every cell over the API: what the database decides, so on both databases. */
  @TestFactory
  @Order(1)
  Stream<DynamicTest> whoMayChangeWhichGroupOrAccountOverTheApi() {
    return AdministrationMatrix.cases(groupManager, hr, admin).stream()
        .map(c -> dynamicTest(c + ", API", () -> overTheApi(c)));
  }

  /**
   * Every cell again in the browser, person by person so that each signs in once: the page offers
   * exactly the controls the use case allows, and its forms reach it.
   */
  @TestFactory
  @Order(2)
  @Tag(Browser.ONLY)
  Stream<DynamicNode> whoMayChangeWhichGroupOrAccountInTheBrowser() {
    Map<Who, List<Case>> byPerson = new LinkedHashMap<>();
    AdministrationMatrix.cases(groupManager, hr, admin)
        .forEach(c -> byPerson.computeIfAbsent(c.who(), w -> new ArrayList<>()).add(c));
    return byPerson.entrySet().stream()
        .map(
            person ->
                dynamicContainer(
                    person.getKey() + ", web",
                    person.getValue().stream()
                        .map(c -> dynamicTest(c + ", web", () -> inTheBrowser(c)))));
  }

  private void overTheApi(Case c) {
    Fixture f = c.change().arrange();
    String before = c.change().state(f);
    int status = c.change().api(f, c.who().device());
    String after = c.change().state(f);
    Result result =
        switch (status) {
          case 200, 204 -> Result.DONE;
          case 403 -> Result.REFUSED;
          case 409 -> Result.CONFLICT;
          default -> throw new AssertionError("unexpected status " + status);
        };
    finish(c, f, result, before, after);
  }

  private void inTheBrowser(Case c) {
    Fixture f = c.change().arrange();
    String before = c.change().state(f);
    if (browser == null) {
      browser = new Browser();
    }
    if (!c.who().email().equals(signedIn)) {
      browser.signIn(c.who().email(), c.who().password());
      signedIn = c.who().email();
    }
    Outcome shown = c.change().web(f, browser);
    Result result;
    String after;
    if (shown == Outcome.ALLOWED) {
      after = awaitChangeOrMessage(c, f, before);
      result = after.equals(before) ? messageShown(c) : Result.DONE;
    } else {
      assertThat(shown).as("the web offers no control").isEqualTo(Outcome.REFUSED);
      result = Result.REFUSED;
      after = c.change().state(f);
    }
    if (result != c.expected()) {
      browser.screenshot("administration-" + System.currentTimeMillis());
    }
    finish(c, f, result, before, after);
  }

  /** Checks the result, and that the record changed exactly when it was done; then undoes it. */
  private static void finish(Case c, Fixture f, Result result, String before, String after) {
    try {
      assertThat(result).isEqualTo(c.expected());
      if (result == Result.DONE) {
        assertThat(after).as("done, so changed").isNotEqualTo(before);
      } else {
        assertThat(after).as("not done, so unchanged").isEqualTo(before);
      }
    } finally {
      if (result == Result.DONE) {
        c.change().restore(f, c.who().device());
      }
    }
  }

  private String awaitChangeOrMessage(Case c, Fixture f, String before) {
    try {
      return new FluentWait<>(f)
          .withTimeout(Duration.ofSeconds(15))
          .pollingEvery(Duration.ofMillis(50))
          .until(
              fixture -> {
                String now = c.change().state(fixture);
                return !now.equals(before) || errorShown() ? now : null;
              });
    } catch (TimeoutException e) {
      return c.change().state(f);
    }
  }

  private boolean errorShown() {
    return browser.present(By.cssSelector(".ui-messages-error"));
  }

  /** Submitted and unchanged: the page must say why, refused or in conflict. */
  private Result messageShown(Case c) {
    if (!errorShown()) {
      throw new AssertionError(c + ": submitted, unchanged, and no message: " + browser.text());
    }
    return WebSteps.shownFailure(browser) == Outcome.REFUSED ? Result.REFUSED : Result.CONFLICT;
  }
}
