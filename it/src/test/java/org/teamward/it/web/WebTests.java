package org.teamward.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.teamward.it.access.SoleHolders;
import org.teamward.it.pages.AbsencesPage;
import org.teamward.it.pages.ApiExplorerPage;
import org.teamward.it.pages.AttendancePage;
import org.teamward.it.pages.BookingsPage;
import org.teamward.it.pages.DashboardPage;
import org.teamward.it.pages.DevicesPage;
import org.teamward.it.pages.EmployeesPage;
import org.teamward.it.pages.FormPage;
import org.teamward.it.pages.Frame;
import org.teamward.it.pages.GroupsPage;
import org.teamward.it.pages.LoginPage;
import org.teamward.it.pages.MyDayPage;
import org.teamward.it.pages.PasswordPage;
import org.teamward.it.pages.ProjectsPage;
import org.teamward.it.pages.TerminalPage;
import org.teamward.it.pages.UsersPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Operation.Outcome;
import org.teamward.it.support.Secrets;
import org.teamward.it.support.WebSteps;

/** The web UI in a real browser: sign-in, session, menu, My day, devices and passwords. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WebTests {

  public static final String FAILED =
      "The e-mail or password is not correct, or the account is not active.";

  Browser browser;

  /** What every page shows around its content. */
  private Frame frame() {
    return new Frame(browser);
  }

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

  @Test
  void theSignInPageIsServedAndPagesNeedASignIn() {
    browser.driver.manage().deleteAllCookies();
    browser.open("/");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login.xhtml");
    assertThat(new LoginPage(browser).offersSignIn()).isTrue();
    browser.screenshot("sign-in");
  }

  @Test
  void theAdministratorFromTheEnvironmentSignsInWithoutAForcedChange() {
    browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    assertThat(browser.driver.getCurrentUrl()).endsWith("/index.xhtml");
    assertThat(frame().offersMenuEntry("mUsers")).isTrue();
    assertThat(frame().offersMenuEntry("mGroups")).isTrue();
  }

  @Test
  void aFailedSignInNeverTellsWhetherTheAccountExists() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    Api.Person inactive = Api.createPerson(Set.of("PROJECT_VIEW"));
    Api.setActive(inactive.id(), false);

    String wrongPassword =
        LoginPage.signIn(browser, person.email(), "wrong-password-123").messages();
    String unknown =
        LoginPage.signIn(browser, "nobody-" + person.email(), person.password()).messages();
    String deactivated =
        LoginPage.signIn(browser, inactive.email(), inactive.password()).messages();

    assertThat(wrongPassword).contains(FAILED);
    assertThat(unknown).isEqualTo(wrongPassword);
    assertThat(deactivated).isEqualTo(wrongPassword);
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login.xhtml");
  }

  @Test
  void theSessionCookieIsHardenedAndRenewedAtSignIn() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    browser.driver.manage().deleteAllCookies();
    browser.open("/login.xhtml");
    Cookie before = browser.driver.manage().getCookieNamed("JSESSIONID");
    browser.signIn(person.email(), person.password());
    Cookie after = browser.driver.manage().getCookieNamed("JSESSIONID");

    assertThat(after).isNotNull();
    assertThat(after.isHttpOnly()).isTrue();
    assertThat(after.getSameSite()).isEqualTo("Lax");
    if (before != null) {
      assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }
    assertThat(browser.driver.getCurrentUrl()).doesNotContain("jsessionid");
  }

  @Test
  void theMenuShowsOnlyWhatTheRightsAllow() {
    Api.Person viewer = Api.createPerson(Set.of("PROJECT_VIEW"));
    browser.signIn(viewer.email(), viewer.password());
    Frame frame = frame();
    assertThat(frame.offersMenuEntry("mProjects")).isTrue();
    assertThat(frame.offersMenuEntry("mUsers")).isFalse();
    assertThat(frame.offersMenuEntry("mGroups")).isFalse();
    assertThat(frame.offersMenuEntry("mDevices")).isFalse();
    assertThat(frame.offersMenuEntry("mBookings")).isFalse();
    assertThat(frame.offersMenuEntry("mEmployees")).isFalse();
    assertThat(frame.offersMenuEntry("mAbsences")).isFalse();

    Api.Person admin =
        Api.createPerson(Set.of("USER_MANAGE", "USER_GROUP_MANAGE", "SYNCHRONISATION"));
    browser.signIn(admin.email(), admin.password());
    assertThat(frame.offersMenuEntry("mUsers")).isTrue();
    assertThat(frame.offersMenuEntry("mGroups")).isTrue();
    assertThat(frame.offersMenuEntry("mDevices")).isTrue();
    assertThat(frame.offersMenuEntry("mProjects")).isFalse();
  }

  @Test
  void theDevicesPageIsRefusedWithoutSynchronisation() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    browser.signIn(person.email(), person.password());
    DevicesPage devices = DevicesPage.open(browser);
    assertThat(browser.text()).contains("You do not have the permission for this page.");
    assertThat(devices.offersCreate()).isFalse();
  }

  @Test
  void aRefusedPageKeepsTheMenuNamesTheMissingRightAndAnswers403() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    browser.signIn(person.email(), person.password());
    UsersPage.open(browser);
    frame().title();
    assertThat(browser.text())
        .contains("No access to this page")
        .contains("You do not have the permission for this page.")
        .contains("Manage user accounts")
        .doesNotContain("Something went wrong");
    // The application frame: the person's own menu, from which they can go on.
    assertThat(frame().offersMenuEntry("mProjects")).isTrue();
    assertThat(frame().offersAccountMenu()).isTrue();

    Map<String, String> cookies = new java.util.HashMap<>();
    browser.driver.manage().getCookies().forEach(c -> cookies.put(c.getName(), c.getValue()));
    Api.anonymous()
        .cookies(cookies)
        .redirects()
        .follow(false)
        .get("/admin/users.xhtml")
        .then()
        .statusCode(403);
  }

  /**
   * At laptop width the whole menu fits on one line; at 1024 px it folds into a menu button that
   * opens and closes it, by mouse and by keyboard.
   */
  @Test
  void theMenuFitsAt1366AndFoldsIntoAMenuButtonAt1024() throws IOException {
    browser.signIn(demoSignIn("administrator"), demoPassword());
    try {
      Frame frame = frame();
      UsersPage.open(browser);
      assertThat(frame.menuButton().isDisplayed()).isFalse();
      int first = frame.menuEntry("mMyDay").getLocation().getY();
      int last = frame.administration().getLocation().getY();
      assertThat(last).as("the menu stays on one line").isEqualTo(first);
      assertThat(frame.accountMenu().getLocation().getY()).isLessThan(first + 20);
      assertNothingClippedOrWrapped();

      browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 800));
      UsersPage.open(browser);
      frame.shownMenuButton();
      assertThat(frame.menuEntryShown("mUsers")).isFalse();
      assertNothingClippedOrWrapped();
      UsersPage.open(browser);
      frame.menuButton().sendKeys(org.openqa.selenium.Keys.ENTER);
      frame.administration();
      assertThat(frame.menuButton().getAttribute("aria-expanded")).isEqualTo("true");
      browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
      frame.waitUntilAdministrationHidden();
      frame.openMenu();
      frame.openAdministration();
      frame.openMenuEntry("mGroups");
      browser.until(d -> d.getCurrentUrl().endsWith("/admin/groups.xhtml"));
    } finally {
      browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }
  }

  /**
   * On the users page no e-mail address is cut off, the user-group matrix does not widen the page,
   * and on the bookings filter each date picker's button stays beside its field.
   */
  private void assertNothingClippedOrWrapped() {
    UsersPage users = UsersPage.open(browser);
    users.waitForList();
    assertThat(users.clippedEmails()).as("clipped e-mail addresses").isEmpty();
    GroupsPage.open(browser).waitForMatrix();
    // What reaches past the window's right edge: the header's links, or a table not in its box.
    Object sticksOut =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
            .executeScript(
                "var w = document.documentElement.clientWidth;"
                    + " if (document.documentElement.scrollWidth <= w) { return []; }"
                    + " return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > w + 1"
                    + " && !e.closest('.tw-scroll, .ui-datatable-tablewrapper'))"
                    + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className);");
    assertThat((List<?>) sticksOut).as("elements that widen the page").isEmpty();
    BookingsPage bookings = BookingsPage.open(browser);
    for (String picker : List.of("from", "to")) {
      var field = bookings.filterDate(picker);
      var button = bookings.filterDateButton(picker);
      assertThat(button.getLocation().getY())
          .as(picker + " picker's button beside its field")
          .isBetween(field.getLocation().getY() - 4, field.getLocation().getY() + 4);
    }
  }

  @Test
  void theDevicesPageShowsANewTokenOnceAndRegeneratesIt() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    browser.signIn(person.email(), person.password());
    DevicesPage devices = DevicesPage.open(browser);
    devices.create("Calendar on my phone");
    String token = devices.token();
    long id = devices.deviceId();
    Secrets.remember(token);
    assertThat(token).matches(Api.TOKEN_PATTERN);
    assertThat(browser.text()).contains("shown only this once");
    browser.screenshot("devices");

    Api.Device device = new Api.Device(id, token, person.id());
    device.bearer().get("/api/me").then().statusCode(200);
    device.basic().get("/api/me").then().statusCode(200);

    browser.driver.navigate().refresh();
    devices.waitForList();
    assertThat(devices.showsToken()).isFalse();
    assertThat(browser.text()).doesNotContain(token).contains("Calendar on my phone");

    // "Change password": a new token, and the old one is dead at once.
    devices.regenerate(0);
    devices.waitForToken();
    String regenerated = devices.token();
    Secrets.remember(regenerated);
    assertThat(regenerated).isNotEqualTo(token).matches(Api.TOKEN_PATTERN);
    device.bearer().get("/api/me").then().statusCode(401);
    new Api.Device(id, regenerated, person.id()).bearer().get("/api/me").then().statusCode(200);

    // Revoke from the page.
    devices.revoke(0);
    browser.waitForText("The device password has been revoked.");
    new Api.Device(id, regenerated, person.id()).bearer().get("/api/me").then().statusCode(401);
  }

  @Test
  void aDeactivatedPersonsSessionEndsAtTheNextRequest() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    browser.signIn(person.email(), person.password());
    assertThat(browser.driver.getCurrentUrl()).endsWith("/index.xhtml");
    Api.setActive(person.id(), false);
    browser.open("/index.xhtml");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login.xhtml");
  }

  @Test
  void signingOutEndsTheSession() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    browser.signIn(person.email(), person.password());
    frame().signOut();
    browser.waitForText("You have been signed out.");
    browser.open("/index.xhtml");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login.xhtml");
  }

  @Test
  void aGeneratedPasswordMustBeChangedAndTheChangeRevokesDevicesByDefault() {
    long group = Api.createGroup(Set.of("SYNCHRONISATION"));
    String email = Api.unique("fresh") + "@teamward.test";
    String initial =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(Map.of("email", email, "name", "Fresh Person", "groups", List.of(group)))
            .post("/api/users")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("initialPassword");
    Secrets.remember(initial);
    assertThat(initial).isNotBlank();
    // An initial password cannot create device passwords: it has been seen by an administrator.
    Api.postDevice(email, initial, "too early").then().statusCode(403);

    browser.signIn(email, initial);
    assertThat(browser.driver.getCurrentUrl()).endsWith("/account/password.xhtml");
    assertThat(browser.text()).contains("Please choose your own password");
    browser.open("/index.xhtml");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/account/password.xhtml");

    String chosen = "my-own-password-" + System.nanoTime();
    Secrets.remember(chosen);
    changePassword(initial, chosen);
    assertThat(browser.driver.getCurrentUrl()).endsWith("/index.xhtml");

    Api.Device device = Api.createDevice(email, chosen, "before the change");
    device.bearer().get("/api/me").then().statusCode(200);
    String next = chosen + "-2";
    Secrets.remember(next);
    PasswordPage password = PasswordPage.open(browser);
    assertThat(password.revokesDevices())
        .as("offered, not chosen by default: apps keep working")
        .isFalse();
    password.switchRevokeDevices();
    changePassword(chosen, next);
    assertThat(browser.text()).contains("device password(s) were revoked");
    device.bearer().get("/api/me").then().statusCode(401);
  }

  private void changePassword(String current, String next) {
    new PasswordPage(browser).change(current, next);
  }

  @Test
  void myDayChecksInTakesABreakAndChecksOut() throws IOException {
    String employee = demoSignIn("employee");
    browser.signIn(employee, demoPassword());
    MyDayPage myDay = new MyDayPage(browser);
    myDay.waitForClock();
    if (myDay.offers("checkOut")) {
      myDay.clock("checkOut");
      myDay.waitFor("checkIn");
    }
    myDay.clock("checkIn");
    myDay.waitForCheckedIn();
    browser.screenshot("my-day");
    myDay.clock("startBreak");
    myDay.waitFor("endBreak");
    myDay.clock("endBreak");
    myDay.clock("checkOut");
    myDay.waitFor("checkIn");
    assertThat(browser.text()).contains("Checked out.");
  }

  /**
   * The pages' policy holds in a real browser: the page's own scripts run without a single refusal
   * in the console (every page of each demo person is checked the same way, one pass per person),
   * while a script or an inline handler put into the page without the response's nonce is refused
   * and does not run.
   */
  @Test
  void pagesRunTheirOwnScriptsAndNoInjectedOne() throws IOException {
    browser.signIn(demoSignIn("administrator"), demoPassword());
    ProjectsPage.open(browser);
    frame().title();
    browser.settle();
    assertThat(browser.policyViolations()).as("the page's own scripts").isEmpty();
    JavascriptExecutor js = (JavascriptExecutor) browser.driver;
    js.executeScript(
        "var s = document.createElement('script'); s.textContent = 'window.injected = 1;';"
            + " document.body.appendChild(s);"
            + " var b = document.createElement('button'); b.id = 'injectedHandler';"
            + " b.setAttribute('onclick', 'window.injected = 2;'); document.body.appendChild(b);"
            + " b.click();");
    assertThat(js.executeScript("return typeof window.injected;")).isEqualTo("undefined");
    assertThat(browser.policyViolations())
        .as("refusals the console reports")
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(m -> assertThat(m).contains("script-src"));
  }

  /**
   * The plain pages beside the Faces ones (the API explorer and the time-clock terminal) load their
   * scripts from Teamward itself and need neither inline scripts nor eval: the same policy, without
   * a nonce, refuses nothing of theirs.
   */
  @Test
  void theApiExplorerAndTheTerminalNeedNoRelaxedPolicy() {
    ApiExplorerPage.open(browser);
    assertThat(browser.policyViolations()).as("/api-explorer/").isEmpty();
    // its script has run: it shows one of the sections, all hidden in the markup
    TerminalPage.open(browser, "/terminal/").waitForScript();
    assertThat(browser.policyViolations()).as("/terminal/").isEmpty();
  }

  /** Menu entry id → the page it opens. */
  static final Map<String, String> PAGES =
      Map.ofEntries(
          Map.entry("mDashboard", "/dashboard.xhtml"),
          Map.entry("mBookings", "/time/bookings.xhtml"),
          Map.entry("mProjects", "/projects/projects.xhtml"),
          Map.entry("mAttendance", "/attendance/attendance.xhtml"),
          Map.entry("mAbsences", "/absences/absences.xhtml"),
          Map.entry("mEmployees", "/employees/employees.xhtml"),
          Map.entry("mUsers", "/admin/users.xhtml"),
          Map.entry("mGroups", "/admin/groups.xhtml"),
          Map.entry("mAccess", "/admin/access.xhtml"),
          Map.entry("mCredentials", "/admin/credentials.xhtml"),
          Map.entry("mDevices", "/account/devices.xhtml"));

  /** The README's screenshots: a page of the demo administrator → its file name. */
  private static final Map<String, String> SCREENSHOTS =
      Map.ofEntries(
          Map.entry("/index.xhtml", "my-day-admin"),
          Map.entry("/dashboard.xhtml", "dashboard"),
          Map.entry("/time/bookings.xhtml", "time-bookings"),
          Map.entry("/projects/projects.xhtml", "projects"),
          Map.entry("/attendance/attendance.xhtml", "attendance"),
          Map.entry("/absences/absences.xhtml", "absences"),
          Map.entry("/employees/employees.xhtml", "employees"),
          Map.entry("/admin/users.xhtml", "users"),
          Map.entry("/admin/groups.xhtml", "user-groups"),
          Map.entry("/account/devices.xhtml", "devices-admin"),
          Map.entry("/account/password.xhtml", "password"),
          Map.entry("/account/sessions.xhtml", "my-sessions-admin"));

  /**
   * One pass per demo person, signed in once: the menu offers exactly the pages their standard
   * groups allow; every page it offers (and My day, the password page and My sessions) renders
   * without an error, runs no script the policy refuses, and has no critical or serious axe-core
   * violation; every other page refuses them when its address is typed, and the first refusal
   * passes axe-core too, as does the sign-in page before.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "employee      | mDashboard mBookings mProjects mAttendance mAbsences mEmployees",
        "team lead     | mDashboard mBookings mProjects mAttendance mAbsences mEmployees mDevices",
        "HR            | mDashboard mBookings mProjects mAttendance mAbsences mEmployees mUsers mGroups",
        "administrator | mDashboard mBookings mProjects mAttendance mAbsences mEmployees mUsers mGroups"
            + " mAccess mCredentials mDevices"
      })
  void eachDemoPersonSeesExactlyTheirPagesAndEachPassesAxe(String role, String visible)
      throws IOException {
    List<String> violations = new java.util.ArrayList<>();
    browser.driver.manage().deleteAllCookies();
    browser.open("/login.xhtml");
    violations.addAll(axe("/login.xhtml"));

    Set<String> expected = Set.of(visible.trim().split("\\s+"));
    browser.signIn(demoSignIn(role), demoPassword());
    MyDayPage.open(browser);
    List<String> offered = new java.util.ArrayList<>(List.of("/index.xhtml"));
    List<String> refused = new java.util.ArrayList<>();
    for (var page : PAGES.entrySet()) {
      boolean shown = frame().offersMenuEntry(page.getKey());
      assertThat(shown)
          .as(role + " sees " + page.getKey())
          .isEqualTo(expected.contains(page.getKey()));
      (shown ? offered : refused).add(page.getValue());
    }
    offered.add("/account/password.xhtml");
    offered.add("/account/sessions.xhtml");
    for (String path : offered) {
      browser.open(path);
      frame().title();
      assertThat(browser.text())
          .as(role + " on " + path)
          .doesNotContain("Something went wrong")
          .doesNotContain("Exception");
      assertThat(browser.policyViolations()).as(role + " on " + path).isEmpty();
      violations.addAll(axe(path));
      if (role.equals("administrator") && SCREENSHOTS.containsKey(path)) {
        browser.screenshot(SCREENSHOTS.get(path));
      }
    }
    for (String path : refused) {
      browser.open(path);
      assertThat(browser.text())
          .as(role + " typing " + path)
          .contains("You do not have the permission for this page.");
      // The refusal is part of the person's frame, too.
      if (path.equals(refused.get(0))) {
        violations.addAll(axe(path));
      }
    }
    assertThat(violations).as(role).isEmpty();
  }

  private List<String> axe(String path) {
    return browser.accessibilityViolations().stream().map(v -> path + " " + v).toList();
  }

  /**
   * Nothing a person cannot use is rendered: no Actions column without an action, and no dialog of
   * a forbidden action in the page's HTML.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} on {1}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "employee  | /attendance/attendance.xhtml | attendance:correctionDialog",
        "team lead | /attendance/attendance.xhtml | attendance:correctionDialog",
        "employee  | /employees/employees.xhtml   | employees:employeeDialog",
        "team lead | /employees/employees.xhtml   | employees:employeeDialog",
        "employee  | /projects/projects.xhtml     | projects:projectDialog"
      })
  void noEmptyActionsColumnAndNoDialogOfAForbiddenAction(String role, String path, String dialog)
      throws IOException {
    browser.signIn(demoSignIn(role), demoPassword());
    browser.open(path);
    Frame frame = frame();
    frame.title();
    frame.waitForTable();
    assertThat(frame.actionsColumnHeads()).as("Actions column").isEmpty();
    assertThat(frame.holds(dialog)).as("dialog in the HTML").isFalse();
    assertThat(browser.driver.getPageSource()).doesNotContain("id=\"" + dialog);
  }

  /**
   * The main action of each page is reached with the Tab key, shows a visible focus, and is done
   * with Enter: it opens its dialog or answers with a message.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "administrator | /time/bookings.xhtml         | bookings:tabs:create   | [id='bookings:bookingDialog']",
        "administrator | /projects/projects.xhtml     | projects:create        | [id='projects:projectDialog']",
        "administrator | /employees/employees.xhtml   | employees:create       | [id='employees:employeeDialog']",
        "administrator | /admin/users.xhtml           | users:create           | [id='users:createDialog']",
        "administrator | /admin/groups.xhtml          | groups:create          | [id='groups:newPanel'] .ui-message-error, [id='groups:messages'] .ui-messages-error",
        "administrator | /attendance/attendance.xhtml | attendance:filter      | [id='attendance:list'] tbody tr",
        "employee      | /absences/absences.xhtml     | absences:submitRequest | [id='absences:requestPanel'] .ui-message-error",
        "team lead     | /account/devices.xhtml       | devices:create         | [id='devices:messages'] .ui-messages-error",
        "HR            | /account/password.xhtml      | password:save          | [id='password:messages'] .ui-messages-error"
      })
  void theMainActionOfEachPageWorksByKeyboard(
      String role, String path, String action, String effect) throws IOException {
    browser.signIn(demoSignIn(role), demoPassword());
    browser.open(path);
    var focused = frame().tabTo(action, 200);
    assertThat(browser.focusIsVisible(focused)).as("visible focus on " + action).isTrue();
    focused.sendKeys(org.openqa.selenium.Keys.ENTER);
    browser.settle();
    frame().waitFor(effect);
  }

  /**
   * An empty booking is refused in the form's words, each message once and next to its field; the
   * API's field names (projectId, durationMinutes) never reach the person.
   */
  @Test
  void validationMessagesUseTheFormsLabelsOnceNextToTheField() throws IOException {
    browser.signIn(demoSignIn("employee"), demoPassword());
    BookingsPage bookings = BookingsPage.open(browser);
    bookings.openNewBooking();
    bookings.save();
    String project = bookings.fieldMessage("project");
    assertThat(project).isEqualTo("Project: please fill this in.");
    String minutes = bookings.fieldMessage("minutes");
    assertThat(minutes).startsWith("Duration (minutes):");
    String page = browser.text();
    assertThat(page).doesNotContain("projectId").doesNotContain("durationMinutes");
    assertThat(page.split("Project: please fill this in.", -1)).hasSize(2);
  }

  /**
   * A booking in the year 2226, a typing mistake for 2026, is refused by the one rule in the domain
   * for both channels: in the form next to the date, in the form's words; over the API naming the
   * field "date".
   */
  @Test
  void aDateOutsideTheYearsOfWorkingLifeIsRefusedNextToTheDateAsOverTheApi() throws IOException {
    browser.signIn(demoSignIn("employee"), demoPassword());
    BookingsPage bookings = BookingsPage.open(browser);
    bookings.openNewBooking();
    // any active project the picker offers for "a"
    var offered = bookings.suggestProjects("a");
    assertThat(offered).isNotEmpty();
    String project = offered.get(0).getAttribute("data-item-value");
    bookings.choose(offered.get(0));
    bookings.enterDate("2226-01-01");
    bookings.enterMinutes("60");
    bookings.save();
    String date = bookings.fieldMessage("date");
    assertThat(date).isEqualTo("Date: must be between 1970-01-01 and 2200-12-31.");
    assertThat(bookings.showsFieldMessage("project")).isFalse();
    assertThat(bookings.dialogShown()).isTrue();

    var api =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "employeeId",
                    Api.createEmployee().id(),
                    "projectId",
                    Long.valueOf(project),
                    "date",
                    "2226-01-01",
                    "durationMinutes",
                    60))
            .post("/api/time-bookings");
    assertThat(api.statusCode()).as(api.asString()).isEqualTo(400);
    assertThat(api.jsonPath().getList("errors.field", String.class)).containsExactly("date");
    assertThat(api.jsonPath().getList("errors.message", String.class))
        .containsExactly("date must be between 1970-01-01 and 2200-12-31");
  }

  /**
   * An e-mail address that is none is refused by the one constraint on the employee's draft: in the
   * form next to the field, in the form's words, and over the API naming the field "email"; neither
   * channel stores the employee.
   */
  @Test
  void anEmailThatIsNoneIsRefusedNextToTheFieldAsOverTheApi() throws IOException {
    String last = Api.unique("Mailless");
    browser.signIn(demoSignIn("administrator"), demoPassword());
    EmployeesPage employees = EmployeesPage.open(browser);
    employees.startNew();
    employees.fillNew(Api.unique("PN"), "Web", last, "not an address", "UTC");
    employees.save();
    String email = employees.fieldMessage("email");
    assertThat(email).isEqualTo("E-mail: please enter an e-mail address such as name@example.com.");
    assertThat(employees.dialogShown()).isTrue();

    var api =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "personnelNumber",
                    Api.unique("PN"),
                    "firstName",
                    "Api",
                    "lastName",
                    last,
                    "email",
                    "not an address",
                    "timeZone",
                    "UTC"))
            .post("/api/employees");
    assertThat(api.statusCode()).as(api.asString()).isEqualTo(400);
    assertThat(api.jsonPath().getList("errors.field", String.class)).containsExactly("email");
    assertThat(api.jsonPath().getList("errors.message", String.class))
        .containsExactly("email must be an e-mail address");
    assertThat(
            Api.admin()
                .bearer()
                .queryParam("q", last)
                .get("/api/employees")
                .jsonPath()
                .getInt("total"))
        .as("stored by neither channel")
        .isZero();
  }

  /**
   * A colleague's rejected request is an HR decision: someone who sees absences but does not manage
   * them finds it neither in the absences page nor over the API, while the colleague's pending
   * request stays visible in both; their manager still reads the rejected one.
   */
  @Test
  void othersRejectedRequestsAreHiddenFromThoseWhoOnlySeeAbsencesInBothChannels() {
    Api.Actor requester = Api.createActor(java.util.Set.of("ABSENCE_REQUEST"));
    long pending = ApiSteps.requestAbsence(requester, java.time.LocalDate.of(2199, 11, 2));
    long rejected = ApiSteps.requestAbsence(requester, java.time.LocalDate.of(2199, 12, 7));
    assertThat(ApiSteps.transition(Api.admin(), "/api/absences/" + rejected + "/reject"))
        .isEqualTo(200);
    Api.Actor colleague = Api.createActor(java.util.Set.of("ABSENCE_VIEW", "ABSENCE_REQUEST"));

    var listed =
        colleague
            .device()
            .bearer()
            .get("/api/absences?employeeId=" + requester.employee().id())
            .jsonPath()
            .getList("items.id", Long.class);
    assertThat(listed).containsExactly(pending);
    assertThat(colleague.device().bearer().get("/api/absences/" + rejected).statusCode())
        .isEqualTo(404);
    assertThat(Api.admin().bearer().get("/api/absences/" + rejected).statusCode()).isEqualTo(200);

    browser.signIn(colleague.person().email(), colleague.person().password());
    String page = AbsencesPage.open(browser).listText();
    assertThat(page).contains("2199-11-02").doesNotContain("2199-12-07");
  }

  /** A group without a name is refused in the page's words, not in the API's English. */
  @Test
  void aGroupWithoutANameIsRefusedInThePagesWords() throws IOException {
    browser.signIn(demoSignIn("administrator"), demoPassword());
    GroupsPage groups = GroupsPage.open(browser);
    groups.submitNewGroup();
    String shown = groups.errors();
    assertThat(shown).contains("Name: please fill this in.").doesNotContain("name is required");
  }

  /**
   * A record still open 13 hours after its check-in stands out as a forgotten check-out; a closed
   * record of the same person does not.
   */
  @Test
  void anAttendanceOpenLongerThanAShiftIsMarkedAsAForgottenCheckOut() {
    Api.Actor actor = Api.createActor(Set.of("ATTENDANCE_CHECK_IN_OUT"));
    java.time.Instant now = java.time.Instant.now();
    for (var punch :
        List.of(
            Map.entry("check-in", now.minus(Duration.ofHours(20))),
            Map.entry("check-out", now.minus(Duration.ofHours(19))),
            Map.entry("check-in", now.minus(Duration.ofHours(13))))) {
      Api.admin()
          .bearer()
          .contentType(ContentType.JSON)
          .body(Map.of("employeeId", actor.employee().id(), "at", punch.getValue().toString()))
          .post("/api/attendance/" + punch.getKey())
          .then()
          .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    browser.signIn(actor.person().email(), actor.person().password());
    var rows = AttendancePage.open(browser).rows();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getText()).contains("open for 13 h: check-out forgotten?");
    assertThat(rows.get(0).getAttribute("class")).contains("tw-row-attention");
    assertThat(rows.get(1).getText()).doesNotContain("forgotten");
    assertThat(rows.get(1).getAttribute("class")).doesNotContain("tw-row-attention");
  }

  /** The "Time" column shows only where a booking on the page has times, not empty for all. */
  @Test
  void theTimeColumnIsShownOnlyWhenABookingHasTimes() {
    Api.Actor actor = Api.createActor(Set.of("TIME_BOOK_OWN"));
    long project = ApiSteps.withProject(actor).id("project");
    java.util.function.Consumer<Map<String, Object>> book =
        booking -> {
          Map<String, Object> body = new java.util.HashMap<>(booking);
          body.put("projectId", project);
          body.put("date", ApiSteps.today());
          actor
              .device()
              .bearer()
              .contentType(ContentType.JSON)
              .body(body)
              .post("/api/time-bookings")
              .then()
              .statusCode(201);
        };
    book.accept(Map.of("durationMinutes", 90));
    browser.signIn(actor.person().email(), actor.person().password());
    assertThat(BookingsPage.open(browser).columnHeads())
        .contains("Duration")
        .doesNotContain("Time");

    book.accept(Map.of("start", "13:00", "end", "14:30"));
    assertThat(BookingsPage.open(browser).columnHeads()).contains("Duration", "Time");
  }

  /**
   * An administrator's top bar groups the administration pages under one entry, which opens by
   * keyboard and closes with Escape, and the account menu shows the person's name.
   */
  @Test
  void theAdministrationPagesAreOneEntryOfTheTopBar() throws IOException {
    browser.signIn(demoSignIn("administrator"), demoPassword());
    MyDayPage.open(browser);
    Frame frame = frame();
    var topLevel = frame.topLevelEntries();
    assertThat(topLevel).hasSizeLessThanOrEqualTo(8);
    assertThat(frame.administration().getText()).contains("Administration");
    assertThat(frame.menuEntryShown("mUsers")).isFalse();

    var toggle = browser.tabTo(Frame.ADMINISTRATION, 40);
    toggle.sendKeys(org.openqa.selenium.Keys.ENTER);
    assertThat(frame.menuEntry("mUsers").isDisplayed()).isTrue();
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    toggle.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(frame.menuEntryShown("mUsers")).isFalse();

    String name = frame.accountMenu().getText();
    assertThat(name).as("the account menu's visible label").isNotBlank();
  }

  /**
   * At 1,024 px the bookings filter keeps each label beside its field, and a date in the list never
   * breaks over two lines.
   */
  @Test
  void atNarrowLaptopWidthLabelsStayWithTheirFieldsAndDatesDoNotWrap() throws IOException {
    var window = browser.driver.manage().window();
    var before = window.getSize();
    try {
      window.setSize(new org.openqa.selenium.Dimension(1024, 900));
      browser.signIn(demoSignIn("team lead"), demoPassword());
      BookingsPage bookings = BookingsPage.open(browser);
      for (String field : List.of("from", "to")) {
        var label = bookings.filterDateLabel(field);
        var input = bookings.filterDate(field);
        int labelMiddle = label.getRect().getY() + label.getRect().getHeight() / 2;
        assertThat(labelMiddle)
            .as(field + "'s label on the line of its field")
            .isBetween(
                input.getRect().getY(), input.getRect().getY() + input.getRect().getHeight());
      }
      var dates = bookings.dateCells();
      assertThat(dates).isNotEmpty();
      var date = dates.get(0);
      assertThat(date.getCssValue("white-space")).isEqualTo("nowrap");
    } finally {
      window.setSize(before);
    }
  }

  /**
   * The users page says two-factor's state in words, apart from the reset action's own icon; a
   * confirmation names the person it acts on, and its safe answer comes first and stands out.
   */
  @Test
  void aConfirmationNamesThePersonAndDefaultsToTheSafeAnswer() {
    Api.Person person = Api.createPerson(Set.of("TIME_BOOK_OWN"));
    browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    UsersPage users = UsersPage.open(browser);
    users.filter(person.email());
    browser.waitForText(person.email());
    String row = users.row(person.email()).getText();
    assertThat(row).as("two-factor's state in words").contains("off");

    users.deactivate(person.email());
    Frame frame = frame();
    var dialog = frame.confirmDialog();
    assertThat(dialog.getText()).contains("Test " + person.email(), "(" + person.email() + ")");
    var answers = frame.confirmAnswers(dialog);
    assertThat(answers.get(0).getAttribute("class"))
        .as("the safe answer first, in the filled style")
        .contains("ui-confirmdialog-no")
        .doesNotContain("ui-button-outlined");
    assertThat(answers.get(1).getAttribute("class"))
        .contains("ui-confirmdialog-yes")
        .contains("ui-button-outlined");
    answers.get(0).click();
    frame.waitUntilConfirmDialogGone();
    assertThat(
            Api.admin().bearer().get("/api/users/" + person.id()).jsonPath().getBoolean("active"))
        .as("the safe answer changed nothing")
        .isTrue();
  }

  /** My day's main action, checking in or out, by keyboard alone with a visible focus. */
  @Test
  void myDayChecksInAndOutByKeyboard() throws IOException {
    browser.signIn(demoSignIn("team lead"), demoPassword());
    MyDayPage myDay = new MyDayPage(browser);
    myDay.waitForClock();
    for (int i = 0; i < 2; i++) {
      boolean in = myDay.offers("checkOut");
      String action = in ? "checkOut" : "checkIn";
      var focused = myDay.tabTo(action, 60);
      assertThat(browser.focusIsVisible(focused)).as("visible focus on myday:" + action).isTrue();
      focused.sendKeys(org.openqa.selenium.Keys.ENTER);
      myDay.waitFor(in ? "checkIn" : "checkOut");
    }
  }

  @Test
  void aRequiredPasswordFieldIsNamedByItsLabel() throws IOException {
    browser.signIn(demoSignIn("HR"), demoPassword());
    PasswordPage password = PasswordPage.open(browser);
    password.save();
    String shown = password.messages();
    assertThat(shown)
        .contains("Current password: please fill this in.")
        .doesNotContain("password:current")
        .doesNotContain("Validation Error");
  }

  /**
   * In the attendance correction dialog, typing a date leaves Save uncovered: the date picker's
   * pop-up opens only from its button.
   */
  @Test
  void theCorrectionDialogsDatePickerLeavesSaveUncovered() throws IOException {
    browser.signIn(demoSignIn("administrator"), demoPassword());
    AttendancePage attendance = AttendancePage.open(browser);
    attendance.correctFirstRecord();
    attendance.clickCheckIn();
    attendance.clickCheckOut();
    assertThat(
            frame().datePickerPopups().stream()
                .noneMatch(org.openqa.selenium.WebElement::isDisplayed))
        .as("no date pop-up open while typing")
        .isTrue();
    Object onTop = attendance.saveOnTop();
    assertThat(onTop).as("Save is not covered").isEqualTo(Boolean.TRUE);
  }

  /**
   * A date picker's button is named by its visible text, in the page's language; and the axe run
   * really checks that rule: a button whose name leaves out its text is reported.
   */
  @Test
  void datePickerButtonsAreNamedByTheirTextAndAxeChecksIt() throws IOException {
    browser.signIn(demoSignIn("administrator"), demoPassword());
    BookingsPage.open(browser);
    assertDatePickerButtonsNamed("Choose Date");
    assertThat(axe("/time/bookings.xhtml")).isEmpty();

    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript(
            "var b = document.createElement('button'); b.type = 'button'; b.id = 'mismatch';"
                + " b.setAttribute('aria-label', 'Open'); b.textContent = 'Close';"
                + " document.querySelector('main').appendChild(b);");
    assertThat(browser.accessibilityViolations())
        .as("a name that leaves out the visible text")
        .anyMatch(v -> v.contains("label-content-name-mismatch") && v.contains("#mismatch"));
  }

  /** Every date picker button on the page: its name, and its (visually hidden) text is the name. */
  private void assertDatePickerButtonsNamed(String name) {
    var buttons = frame().datePickerButtons();
    for (var button : buttons) {
      assertThat(button.getAttribute("aria-label")).isEqualTo(name);
      assertThat(button.getAttribute("textContent").trim()).isEqualTo(name);
    }
  }

  /**
   * The user-group matrix is one stop for Tab: the arrow keys reach a checkbox, Space switches it,
   * one Tab reaches Save and Enter saves; the group then holds the permission.
   */
  @Test
  void theGroupMatrixIsChangedAndSavedByKeyboardAlone() throws IOException {
    long group = Api.createGroup(Set.of("PROJECT_VIEW"));
    String name = String.valueOf(SoleHolders.group(group).get("name"));
    browser.signIn(demoSignIn("administrator"), demoPassword());
    GroupsPage groups = GroupsPage.open(browser);
    var target = groups.permissionBox(name, "TIME_BOOK_OWN");
    assertThat(target.isSelected()).isFalse();

    groups.tabToMatrix(40);
    var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
    for (int i = 0; i < 60 && !sameRow(js, target); i++) {
      press(org.openqa.selenium.Keys.ARROW_DOWN);
    }
    assertThat(sameRow(js, target)).as("the arrow keys reach the permission's row").isTrue();
    press(org.openqa.selenium.Keys.HOME);
    for (int i = 0; i < 2000 && !target.equals(browser.driver.switchTo().activeElement()); i++) {
      press(org.openqa.selenium.Keys.ARROW_RIGHT);
    }
    assertThat(browser.driver.switchTo().activeElement()).isEqualTo(target);
    press(org.openqa.selenium.Keys.SPACE);
    assertThat(target.isSelected()).isTrue();

    press(org.openqa.selenium.Keys.TAB);
    var save = browser.driver.switchTo().activeElement();
    assertThat(save.getAttribute("id")).as("one Tab from the matrix").isEqualTo("groups:save");
    assertThat(browser.focusIsVisible(save)).as("visible focus on Save").isTrue();
    press(org.openqa.selenium.Keys.ENTER);
    browser.waitForText("1 group(s) saved.");
    assertThat(SoleHolders.permissionsOf(SoleHolders.group(group)))
        .containsExactlyInAnyOrder("PROJECT_VIEW", "TIME_BOOK_OWN");
  }

  /**
   * Among many groups, the matrix narrows to those whose name contains a text; a tick made before
   * narrowing stays although its column is hidden, and Save saves it with the shown one.
   */
  @Test
  void theGroupMatrixNarrowsToAGroupAndSavesTheTicksOfHiddenColumns() throws IOException {
    long first = Api.createGroup(Set.of("PROJECT_VIEW"));
    long second = Api.createGroup(Set.of("PROJECT_VIEW"));
    String firstName = String.valueOf(SoleHolders.group(first).get("name"));
    String secondName = String.valueOf(SoleHolders.group(second).get("name"));
    browser.signIn(demoSignIn("administrator"), demoPassword());
    GroupsPage groups = GroupsPage.open(browser);
    assertThat(groups.showsGroup(firstName) && groups.showsGroup(secondName)).isTrue();

    groups.showOnly(firstName);
    assertThat(groups.showsGroup(secondName)).as("narrowed to the first").isFalse();
    assertThat(groups.tick(firstName, "TIME_BOOK_OWN")).isEqualTo(Outcome.ALLOWED);
    groups.showOnly(secondName);
    assertThat(groups.showsGroup(firstName)).as("narrowed to the second").isFalse();
    assertThat(groups.tick(secondName, "TIME_BOOK_OWN")).isEqualTo(Outcome.ALLOWED);
    groups.save();

    browser.waitForText("2 group(s) saved.");
    for (long group : List.of(first, second)) {
      assertThat(SoleHolders.permissionsOf(SoleHolders.group(group)))
          .containsExactlyInAnyOrder("PROJECT_VIEW", "TIME_BOOK_OWN");
    }
  }

  private void press(CharSequence key) {
    new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(key).perform();
  }

  private boolean sameRow(
      org.openqa.selenium.JavascriptExecutor js, org.openqa.selenium.WebElement target) {
    return Boolean.TRUE.equals(
        js.executeScript(
            "return document.activeElement.closest('tr') === arguments[0].closest('tr');", target));
  }

  /**
   * A person whose browser asks for German gets the whole frame in German: the sign-in page and its
   * language, the menu, the date picker's button, a validation message in the form's own words, and
   * the refusal page with the missing right's name.
   */
  @Test
  void aGermanBrowserGetsGermanLabelsMessagesAndRefusals() throws IOException {
    try (Browser german = new Browser("de")) {
      german.driver.manage().deleteAllCookies();
      LoginPage.open(german).waitForSignIn();
      Frame frame = new Frame(german);
      assertThat(frame.language()).isEqualTo("de");
      assertThat(german.text()).contains("Anmelden").contains("Passwort");

      german.signIn(demoSignIn("employee"), demoPassword());
      assertThat(frame.menuEntry("mMyDay").getText()).isEqualTo("Mein Tag");
      assertThat(frame.menuEntry("mBookings").getText()).isEqualTo("Zeitbuchungen");

      BookingsPage bookings = BookingsPage.open(german);
      assertThat(frame.title().getText()).isEqualTo("Zeitbuchungen");
      bookings.openNewBooking();
      bookings.save();
      String project = bookings.fieldMessage("project");
      assertThat(project).isEqualTo("Projekt: Bitte ausfüllen.");
      assertThat(german.text()).doesNotContain("projectId").doesNotContain("durationMinutes");
      var trigger = frame.firstDatePickerButton();
      assertThat(trigger.getAttribute("aria-label")).isEqualTo("Datum wählen");
      assertThat(trigger.getAttribute("textContent").trim()).isEqualTo("Datum wählen");

      UsersPage.open(german);
      assertThat(frame.title().getText()).isEqualTo("Kein Zugriff auf diese Seite");
      assertThat(german.text())
          .contains("Sie haben keine Berechtigung für diese Seite.")
          .contains("Benutzerkonten verwalten")
          .doesNotContain("You do not have the permission");
      assertThat(frame.offersMenuEntry("mBookings")).isTrue();
      german.screenshot("refusal-de");
    }
  }

  /**
   * The project and employee forms, like the booking form, name a missing field by its label, once
   * and next to the field, never by the API's field name; the long employee form also sums up at
   * its top which fields need correcting.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} {2}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "/projects/projects.xhtml   | projects  | code            | Code: please fill this in.          | false",
        "/employees/employees.xhtml | employees | personnelNumber | Personnel no.: please fill this in. | true",
        "/employees/employees.xhtml | employees | firstName       | First name: please fill this in.    | true"
      })
  void everyFormNamesAMissingFieldByItsLabelOnce(
      String path, String form, String field, String message, boolean summarised)
      throws IOException {
    browser.signIn(demoSignIn("administrator"), demoPassword());
    browser.open(path);
    FormPage page = FormPage.of(browser, form);
    page.startNew();
    page.waitForSave();
    page.save();
    String shown = page.fieldMessage(field);
    assertThat(shown).isEqualTo(message);
    String text = browser.text();
    assertThat(text).doesNotContain(field + " is required");
    assertThat(text.split(java.util.regex.Pattern.quote(message), -1)).hasSize(2);
    String label = message.substring(0, message.indexOf(':'));
    if (summarised) {
      assertThat(page.dialogMessages())
          .startsWith("Please correct the marked fields: ")
          .contains(label);
    } else {
      assertThat(text).doesNotContain("Please correct the marked fields");
    }
  }

  /**
   * The dashboard chart has a text alternative (its name, and the same figures as a table for
   * screen readers) and the unit on its axis.
   */
  @Test
  void theDashboardChartHasATextAlternativeAndAUnit() throws IOException {
    browser.signIn(demoSignIn("administrator"), demoPassword());
    DashboardPage dashboard = DashboardPage.open(browser);
    var canvas = dashboard.chart();
    assertThat(canvas.getAttribute("aria-label"))
        .isEqualTo("Bar chart of hours per project; the figures follow as a table.");
    var table = dashboard.table();
    assertThat(table.getAttribute("textContent")).contains("Hours (h)");
    assertThat(dashboard.tableRows(table)).isNotEmpty();
    Object axis =
        browser.until(
            d ->
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "var c = Chart.getChart(arguments[0]);"
                            + " return c ? c.options.scales.y.title.text : null;",
                        canvas));
    assertThat(axis).isEqualTo("Hours (h)");
  }

  /**
   * The absence calendar tells requested, approved and rejected apart by the word and a pattern,
   * not by colour alone; and where details are withheld, the list says why.
   */
  @Test
  void theAbsenceCalendarTellsStatusesApartByWordAndPattern() throws IOException {
    Api.Actor actor = Api.createActor(Set.of("ABSENCE_REQUEST", "ABSENCE_VIEW"));
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    long requested = ApiSteps.requestAbsence(actor, today.plusDays(1));
    long rejected = ApiSteps.requestAbsence(actor, today.plusDays(3));
    assertThat(ApiSteps.transition(Api.admin(), "/api/absences/" + rejected + "/reject"))
        .isIn(200, 204);
    Api.admin()
        .bearer()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "employeeId", actor.employee().id(),
                "type", "ANNUAL_LEAVE",
                "from", today.plusDays(2).toString(),
                "to", today.plusDays(2).toString()))
        .post("/api/absences")
        .then()
        .statusCode(201);
    assertThat(requested).isPositive();

    browser.signIn(actor.person().email(), actor.person().password());
    AbsencesPage absences = AbsencesPage.open(browser);
    absences.legend();
    assertThat(absences.firstDayHead().getAttribute("class"))
        .as("the week starts on Monday, as My week does")
        .contains("fc-day-mon");
    assertThat(absences.legend().getText())
        .contains("requested")
        .contains("approved")
        .contains("rejected");
    Map<String, String> borders = new java.util.HashMap<>();
    for (String status : List.of("requested", "approved", "rejected")) {
      var event = absences.calendarEntry(status, actor.employee().fullName());
      assertThat(event.getText()).as(status + " in words").contains(status);
      borders.put(status, event.getCssValue("border-top-style"));
    }
    assertThat(borders.get("requested")).isEqualTo("dashed");
    assertThat(borders.get("approved")).isEqualTo("solid");

    browser.signIn(demoSignIn("team lead"), demoPassword());
    absences = AbsencesPage.open(browser);
    absences.list();
    String list = absences.list().getText();
    assertThat(list).as("rows whose details are withheld say only that").contains("absent");
    assertThat(list.split("See absence details", -1))
        .as("the reason, said once below the list, not per row")
        .hasSize(2);
    assertThat(absences.withheldNote().getText())
        .contains("shown only with the right \"See absence details\"");
  }

  /** The pages with employee pickers, and the pickers each page renders for an administrator. */
  static final Map<String, List<String>> PICKERS =
      Map.of(
          // the booking dialog's picker loads with the dialog, when it opens
          "/time/bookings.xhtml", List.of("bookings:tabs:employeeFilter"),
          "/attendance/attendance.xhtml",
              List.of("attendance:clockEmployee", "attendance:employeeFilter"),
          "/absences/absences.xhtml", List.of("absences:employee", "absences:employeeFilter"),
          "/employees/employees.xhtml", List.of("employees:lineManager"),
          "/admin/users.xhtml", List.of("users:employee"));

  /** The menus whose options grow with projects and groups, not with employees. */
  private static final java.util.regex.Pattern NOT_EMPLOYEES =
      java.util.regex.Pattern.compile("id=\"[^\"]*(?:project|projectFilter|[gG]roups)_input\"");

  /**
   * At a company's size, no page lists its employees: each employee choice is a picker that asks
   * the server as one types, so that a page carries at most 100 options (those of the project and
   * group menus aside) whether the company has ten people or a thousand; typing part of a personnel
   * number or of a name, in any case, offers that employee.
   */
  @Test
  void employeePickersKeepPagesSmallAndFindByPersonnelNumberOrName() {
    List<Api.Employee> many = new java.util.ArrayList<>();
    for (int i = 0; i < 120; i++) {
      many.add(Api.createEmployee());
    }
    browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    for (var page : PICKERS.entrySet()) {
      browser.open(page.getKey());
      frame().title();
      browser.settle();
      String html = browser.driver.getPageSource();
      for (String picker : page.getValue()) {
        assertThat(frame().holds(picker + "_input")).as(picker).isTrue();
      }
      assertThat(employeeOptions(html)).as(page.getKey() + " options").isLessThanOrEqualTo(100);
      for (Api.Employee e : many) {
        assertThat(html).as(page.getKey()).doesNotContain(e.fullName());
      }
    }

    Api.Employee byNumber = many.get(17);
    Api.Employee byName = many.get(93);
    for (String filter :
        List.of(
            "/time/bookings.xhtml bookings:tabs:employeeFilter",
            "/attendance/attendance.xhtml attendance:employeeFilter",
            "/absences/absences.xhtml absences:employeeFilter")) {
      String[] at = filter.split(" ");
      browser.open(at[0]);
      assertThat(suggested(at[1], byNumber.personnelNumber().substring(3)))
          .as(filter + " by part of the personnel number")
          .contains(String.valueOf(byNumber.id()));
      // the last name's unique part, in capitals: the search ignores case
      String part =
          byName.fullName().substring("Test ".length()).toUpperCase(java.util.Locale.ROOT);
      assertThat(suggested(at[1], part))
          .as(filter + " by part of the name")
          .containsExactly(String.valueOf(byName.id()));
      assertThat(suggested(at[1], "no-such-person-" + Api.unique("x")))
          .as(filter + " for a text no one matches")
          .isEmpty();
    }
  }

  /** The values the picker suggests for {@code text}. */
  private List<String> suggested(String picker, String text) {
    return WebSteps.suggest(browser, picker, text).stream()
        .map(li -> li.getAttribute("data-item-value"))
        .toList();
  }

  /** The {@code <option>} elements of the page, leaving out the project and group menus'. */
  private static int employeeOptions(String html) {
    int options = 0;
    java.util.regex.Matcher select =
        java.util.regex.Pattern.compile(
                "<select\\b([^>]*)>(.*?)</select>", java.util.regex.Pattern.DOTALL)
            .matcher(html);
    int inSelects = 0;
    while (select.find()) {
      int here = count(select.group(2));
      inSelects += here;
      if (!NOT_EMPLOYEES.matcher(select.group(1)).find()) {
        options += here;
      }
    }
    return options + count(html) - inSelects;
  }

  private static int count(String html) {
    return (int) java.util.regex.Pattern.compile("<option[\\s>]").matcher(html).results().count();
  }

  /**
   * The keyboard alone filters the absences by an employee: Tab to the picker, type part of the
   * personnel number, choose the suggestion with the arrow keys and Enter, Tab to "Filter" and
   * press Enter; the list then shows that employee's absence, not another's.
   */
  @Test
  void anEmployeeIsPickedAndTheListFilteredWithTheKeyboardAlone() {
    Api.Employee wanted = Api.createEmployee();
    Api.Employee other = Api.createEmployee();
    java.time.LocalDate monday =
        java.time.LocalDate.of(2198, 3, 1)
            .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
    for (Api.Employee e : List.of(wanted, other)) {
      Api.admin()
          .bearer()
          .contentType(ContentType.JSON)
          .body(
              Map.of(
                  "employeeId",
                  e.id(),
                  "type",
                  "ANNUAL_LEAVE",
                  "from",
                  monday.toString(),
                  "to",
                  monday.toString()))
          .post("/api/absences")
          .then()
          .statusCode(201);
    }
    browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    AbsencesPage absences = AbsencesPage.open(browser);
    absences.tabToEmployeeFilter(200);

    var keys = new org.openqa.selenium.interactions.Actions(browser.driver);
    keys.sendKeys(wanted.personnelNumber().substring(3)).perform();
    absences.waitForFilterSuggestion(wanted.id());
    browser.settle();
    keys.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN).perform();
    keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
    assertThat(absences.filterEmployeeId()).isEqualTo(String.valueOf(wanted.id()));
    assertThat(absences.filterEmployeeText()).contains(wanted.fullName());

    for (int i = 0; i < 10 && !absences.filterButtonFocused(); i++) {
      keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
    }
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id"))
        .isEqualTo("absences:filter");
    keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
    absences.waitForRows(wanted.fullName());
    String list = absences.list().getText();
    assertThat(list).contains(wanted.fullName()).doesNotContain(other.fullName());
  }

  /** The demo sign-ins the server printed at first start, read from its owner-only file. */
  static String demoSignIn(String role) throws IOException {
    return demoLine(role + ":");
  }

  static String demoPassword() throws IOException {
    return demoLine("password (all):");
  }

  private static String demoLine(String prefix) throws IOException {
    Path file =
        Path.of(
            System.getProperty("teamward.it.target"),
            "it-data-" + System.getProperty("teamward.it.reportSuffix"),
            "demo-credentials.txt");
    return Files.readAllLines(file).stream()
        .map(String::trim)
        .filter(l -> l.startsWith(prefix))
        // the first word: a team lead's line also names their department
        .map(l -> l.substring(prefix.length()).trim().split("\\s+")[0])
        .findFirst()
        .orElseThrow(() -> new AssertionError("No '" + prefix + "' in " + file));
  }
}
