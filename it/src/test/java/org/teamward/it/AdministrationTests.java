package org.teamward.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.teamward.it.AdministrationCases.deactivate;
import static org.teamward.it.AdministrationCases.deleteGroup;
import static org.teamward.it.AdministrationCases.putInto;
import static org.teamward.it.AdministrationCases.renameAccount;
import static org.teamward.it.AdministrationCases.renameGroup;
import static org.teamward.it.AdministrationCases.switchPermission;
import static org.teamward.it.AdministrationCases.weakGroup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;
import org.teamward.it.AdministrationCases.Action;
import org.teamward.it.Operation.Fixture;
import org.teamward.it.Operation.Outcome;

/**
 * Administration is symmetric, in both channels: who (a group manager holding a few rights, HR
 * holding USER_MANAGE, the administrator) × which target (the Administrators group or a weaker one,
 * the administrator's account or a weaker one) × which action gives done, refused (403; in the web
 * the checkbox is disabled or the control absent), or a conflict (409) where the change would leave
 * a permission without an active holder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AdministrationTests {

  enum Result {
    DONE,
    REFUSED,
    CONFLICT
  }

  /** Who acts: a device for the API and a sign-in for the web. */
  record Who(String name, Api.Device device, String email, String password) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** One cell of the matrix. */
  record Case(Who who, String target, String action, Action change, Result expected) {}

  private Browser browser;
  private String signedIn;
  private Who groupManager;
  private Who hr;
  private Who admin;

  @BeforeAll
  void setUp() {
    browser = new Browser();
    groupManager =
        who("group manager", Set.of("USER_GROUP_MANAGE", "PROJECT_VIEW", "TIME_BOOK_OWN"));
    hr = who("HR", Set.of("USER_MANAGE", "EMPLOYEE_VIEW", "ABSENCE_MANAGE", "PROJECT_VIEW"));
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

  private List<Case> cases() {
    Set<String> weak = Set.of("PROJECT_VIEW");
    Set<String> weakPlusUnheld = Set.of("PROJECT_VIEW", "EMPLOYEE_VIEW");
    Set<String> weakPlusHeld = Set.of("PROJECT_VIEW", "TIME_BOOK_OWN");
    List<Case> cases = new ArrayList<>();
    // user groups
    add(
        cases,
        groupManager,
        "a weaker group",
        "add a held right",
        switchPermission(() -> weakGroup(weak), "TIME_BOOK_OWN", true),
        Result.DONE);
    add(
        cases,
        groupManager,
        "a weaker group",
        "remove a right not held",
        switchPermission(() -> weakGroup(weakPlusUnheld), "EMPLOYEE_VIEW", false),
        Result.REFUSED);
    add(
        cases,
        groupManager,
        "a weaker group",
        "remove a held right",
        switchPermission(() -> weakGroup(weakPlusHeld), "TIME_BOOK_OWN", false),
        Result.DONE);
    add(
        cases,
        groupManager,
        "a weaker group",
        "delete group",
        deleteGroup(() -> weakGroup(weak)),
        Result.DONE);
    add(
        cases,
        groupManager,
        "a group with a right not held",
        "delete group",
        deleteGroup(() -> weakGroup(weakPlusUnheld)),
        Result.REFUSED);
    add(
        cases,
        groupManager,
        ADMIN_GROUP,
        "remove a right not held",
        switchPermission(AdministrationCases::administrators, "AUDIT_VIEW", false),
        Result.REFUSED);
    add(
        cases,
        groupManager,
        ADMIN_GROUP,
        "remove a held right",
        switchPermission(AdministrationCases::administrators, "TIME_BOOK_OWN", false),
        Result.DONE);
    add(
        cases,
        groupManager,
        ADMIN_GROUP,
        "delete group",
        deleteGroup(AdministrationCases::administrators),
        Result.REFUSED);
    add(
        cases,
        groupManager,
        ADMIN_GROUP,
        "rename",
        renameGroup(AdministrationCases::administrators),
        Result.DONE);
    add(cases, hr, "a weaker group", "rename", renameGroup(() -> weakGroup(weak)), Result.REFUSED);
    add(
        cases,
        hr,
        "a weaker group",
        "add a held right",
        switchPermission(() -> weakGroup(weak), "EMPLOYEE_VIEW", true),
        Result.REFUSED);
    add(
        cases,
        hr,
        ADMIN_GROUP,
        "delete group",
        deleteGroup(AdministrationCases::administrators),
        Result.REFUSED);
    // AUDIT_VIEW is held through the Administrators group only.
    add(
        cases,
        admin,
        ADMIN_GROUP,
        "remove a held right, its last holders'",
        switchPermission(AdministrationCases::administrators, "AUDIT_VIEW", false),
        Result.CONFLICT);
    add(
        cases,
        admin,
        ADMIN_GROUP,
        "delete group",
        deleteGroup(AdministrationCases::administrators),
        Result.CONFLICT);
    add(
        cases,
        admin,
        "a weaker group",
        "remove a held right",
        switchPermission(() -> weakGroup(weakPlusUnheld), "EMPLOYEE_VIEW", false),
        Result.DONE);
    // accounts
    add(
        cases,
        hr,
        "a weaker account",
        "change groups (to one whose rights HR holds)",
        putInto(AdministrationCases::weakAccount, Set.of("EMPLOYEE_VIEW")),
        Result.DONE);
    add(
        cases,
        hr,
        "a weaker account",
        "change groups (to Administrators)",
        putInto(AdministrationCases::weakAccount, null),
        Result.REFUSED);
    add(
        cases,
        hr,
        "a weaker account",
        "deactivate",
        deactivate(AdministrationCases::weakAccount),
        Result.DONE);
    add(
        cases,
        hr,
        "a weaker account",
        "rename",
        renameAccount(AdministrationCases::weakAccount),
        Result.DONE);
    add(
        cases,
        hr,
        "the administrator's account",
        "change groups",
        putInto(AdministrationCases::adminAccount, Set.of("EMPLOYEE_VIEW")),
        Result.REFUSED);
    add(
        cases,
        hr,
        "the administrator's account",
        "deactivate",
        deactivate(AdministrationCases::adminAccount),
        Result.REFUSED);
    add(
        cases,
        hr,
        "the administrator's account",
        "rename",
        renameAccount(AdministrationCases::adminAccount),
        Result.REFUSED);
    add(
        cases,
        groupManager,
        "a weaker account",
        "deactivate",
        deactivate(AdministrationCases::weakAccount),
        Result.REFUSED);
    add(
        cases,
        admin,
        "a weaker account",
        "change groups (to Administrators)",
        putInto(AdministrationCases::weakAccount, null),
        Result.DONE);
    return cases;
  }

  private static final String ADMIN_GROUP = AdministrationCases.ADMINISTRATORS;

  private static void add(
      List<Case> cases, Who who, String target, String action, Action change, Result expected) {
    cases.add(new Case(who, target, action, change, expected));
  }

  @TestFactory
  Stream<DynamicTest> whoMayChangeWhichGroupOrAccount() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : cases()) {
      String name = c.who() + " · " + c.target() + " · " + c.action() + " → " + c.expected();
      tests.add(dynamicTest(name + ", API", () -> overTheApi(c)));
      tests.add(dynamicTest(name + ", web", () -> inTheBrowser(c)));
    }
    return tests.stream();
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
          .pollingEvery(Duration.ofMillis(200))
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
