package org.teamward.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** The web UI in a real browser: sign-in, session, menu, My day, devices and passwords. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebTests {

  static final String FAILED =
      "The e-mail or password is not correct, or the account is not active.";

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

  @Test
  void theSignInPageIsServedAndPagesNeedASignIn() {
    browser.driver.manage().deleteAllCookies();
    browser.open("/");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login.xhtml");
    assertThat(browser.present(By.id("login:signIn"))).isTrue();
    browser.screenshot("sign-in");
  }

  @Test
  void theAdministratorFromTheEnvironmentSignsInWithoutAForcedChange() {
    browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    assertThat(browser.driver.getCurrentUrl()).endsWith("/index.xhtml");
    assertThat(browser.present(By.id("menuForm:mUsers"))).isTrue();
    assertThat(browser.present(By.id("menuForm:mGroups"))).isTrue();
  }

  @Test
  void aFailedSignInNeverTellsWhetherTheAccountExists() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    Api.Person inactive = Api.createPerson(Set.of("PROJECT_VIEW"));
    Api.setActive(inactive.id(), false);

    browser.signIn(person.email(), "wrong-password-123");
    String wrongPassword = browser.visible(By.cssSelector("#login\\:messages")).getText();
    browser.signIn("nobody-" + person.email(), person.password());
    String unknown = browser.visible(By.cssSelector("#login\\:messages")).getText();
    browser.signIn(inactive.email(), inactive.password());
    String deactivated = browser.visible(By.cssSelector("#login\\:messages")).getText();

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
    assertThat(browser.present(By.id("menuForm:mProjects"))).isTrue();
    assertThat(browser.present(By.id("menuForm:mUsers"))).isFalse();
    assertThat(browser.present(By.id("menuForm:mGroups"))).isFalse();
    assertThat(browser.present(By.id("menuForm:mDevices"))).isFalse();
    assertThat(browser.present(By.id("menuForm:mBookings"))).isFalse();
    assertThat(browser.present(By.id("menuForm:mEmployees"))).isFalse();
    assertThat(browser.present(By.id("menuForm:mAbsences"))).isFalse();

    Api.Person admin =
        Api.createPerson(Set.of("USER_MANAGE", "USER_GROUP_MANAGE", "SYNCHRONISATION"));
    browser.signIn(admin.email(), admin.password());
    assertThat(browser.present(By.id("menuForm:mUsers"))).isTrue();
    assertThat(browser.present(By.id("menuForm:mGroups"))).isTrue();
    assertThat(browser.present(By.id("menuForm:mDevices"))).isTrue();
    assertThat(browser.present(By.id("menuForm:mProjects"))).isFalse();
  }

  @Test
  void theDevicesPageIsRefusedWithoutSynchronisation() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    browser.signIn(person.email(), person.password());
    browser.open("/account/devices.xhtml");
    assertThat(browser.text()).contains("You do not have the permission for this page.");
    assertThat(browser.present(By.id("devices:create"))).isFalse();
  }

  @Test
  void theDevicesPageShowsANewTokenOnceAndRegeneratesIt() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    browser.signIn(person.email(), person.password());
    browser.open("/account/devices.xhtml");
    browser.type(By.id("devices:name"), "Calendar on my phone");
    browser.click(By.id("devices:create"));
    String token = browser.visible(By.id("token")).getText();
    long id = Long.parseLong(browser.visible(By.id("deviceId")).getText());
    Secrets.remember(token);
    assertThat(token).matches(Api.TOKEN_PATTERN);
    assertThat(browser.text()).contains("shown only this once");
    browser.screenshot("devices");

    Api.Device device = new Api.Device(id, token, person.id());
    device.bearer().get("/api/me").then().statusCode(200);
    device.basic().get("/api/me").then().statusCode(200);

    browser.driver.navigate().refresh();
    browser.visible(By.id("devices:list"));
    assertThat(browser.present(By.id("token"))).isFalse();
    assertThat(browser.text()).doesNotContain(token).contains("Calendar on my phone");

    // "Change password": a new token, and the old one is dead at once.
    browser.click(By.id("devices:list:0:regenerate"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.until(d -> !d.findElements(By.id("token")).isEmpty());
    String regenerated = browser.visible(By.id("token")).getText();
    Secrets.remember(regenerated);
    assertThat(regenerated).isNotEqualTo(token).matches(Api.TOKEN_PATTERN);
    device.bearer().get("/api/me").then().statusCode(401);
    new Api.Device(id, regenerated, person.id()).bearer().get("/api/me").then().statusCode(200);

    // Revoke from the page.
    browser.click(By.id("devices:list:0:revoke"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
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
    browser.click(By.id("menuForm:userMenu"));
    browser.click(By.id("menuForm:mSignOut"));
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
    browser.open("/account/password.xhtml");
    assertThat(browser.driver.findElement(By.id("password:revokeDevices_input")).isSelected())
        .isTrue();
    changePassword(chosen, next);
    assertThat(browser.text()).contains("device password(s) were revoked");
    device.bearer().get("/api/me").then().statusCode(401);
  }

  private void changePassword(String current, String next) {
    browser.type(By.id("password:current_input"), current, By.id("password:current"));
    browser.type(By.id("password:next_input"), next, By.id("password:next"));
    browser.type(By.id("password:repeat_input"), next, By.id("password:repeat"));
    browser.click(By.id("password:save"));
    browser.until(d -> !d.getCurrentUrl().endsWith("/account/password.xhtml"));
  }

  @Test
  void myDayChecksInTakesABreakAndChecksOut() throws IOException {
    String employee = demoSignIn("employee");
    browser.signIn(employee, demoPassword());
    browser.visible(By.id("myday:clock"));
    if (browser.present(By.id("myday:checkOut"))) {
      browser.click(By.id("myday:checkOut"));
      browser.visible(By.id("myday:checkIn"));
    }
    browser.click(By.id("myday:checkIn"));
    browser.visible(By.id("checkedInSince"));
    browser.screenshot("my-day");
    browser.click(By.id("myday:startBreak"));
    browser.visible(By.id("myday:endBreak"));
    browser.click(By.id("myday:endBreak"));
    browser.click(By.id("myday:checkOut"));
    browser.visible(By.id("myday:checkIn"));
    assertThat(browser.text()).contains("Checked out.");
  }

  @Test
  void everyPageRendersForTheDemoAdministrator() throws IOException {
    browser.signIn(demoSignIn("administrator"), demoPassword());
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    pages.put("/index.xhtml", "my-day-admin");
    pages.put("/dashboard.xhtml", "dashboard");
    pages.put("/time/bookings.xhtml", "time-bookings");
    pages.put("/projects/projects.xhtml", "projects");
    pages.put("/attendance/attendance.xhtml", "attendance");
    pages.put("/absences/absences.xhtml", "absences");
    pages.put("/employees/employees.xhtml", "employees");
    pages.put("/admin/users.xhtml", "users");
    pages.put("/admin/groups.xhtml", "user-groups");
    pages.put("/account/devices.xhtml", "devices-admin");
    pages.put("/account/password.xhtml", "password");
    for (var page : pages.entrySet()) {
      browser.open(page.getKey());
      browser.visible(By.cssSelector("h1.tw-title"));
      assertThat(browser.text())
          .as(page.getKey())
          .doesNotContain("Something went wrong")
          .doesNotContain("Exception");
      browser.screenshot(page.getValue());
    }
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
          Map.entry("mDevices", "/account/devices.xhtml"));

  /**
   * Each demo person sees exactly the pages their standard groups allow, every one of them renders,
   * and every other page refuses them when its address is typed.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "employee      | mDashboard mBookings mProjects mAttendance mAbsences mEmployees",
        "team lead     | mDashboard mBookings mProjects mAttendance mAbsences mEmployees mDevices",
        "HR            | mDashboard mBookings mProjects mAttendance mAbsences mEmployees mUsers mGroups",
        "administrator | mDashboard mBookings mProjects mAttendance mAbsences mEmployees mUsers mGroups"
            + " mDevices"
      })
  void eachDemoPersonSeesExactlyWhatTheirGroupsAllow(String role, String visible)
      throws IOException {
    Set<String> expected = Set.of(visible.trim().split("\\s+"));
    browser.signIn(demoSignIn(role), demoPassword());
    for (var page : PAGES.entrySet()) {
      browser.open("/index.xhtml");
      boolean shown = browser.present(By.id("menuForm:" + page.getKey()));
      assertThat(shown)
          .as(role + " sees " + page.getKey())
          .isEqualTo(expected.contains(page.getKey()));
      browser.open(page.getValue());
      if (shown) {
        browser.visible(By.cssSelector("h1.tw-title"));
        assertThat(browser.text())
            .as(role + " on " + page.getValue())
            .doesNotContain("Something went wrong");
      } else {
        assertThat(browser.text())
            .as(role + " typing " + page.getValue())
            .contains("You do not have the permission for this page.");
      }
    }
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
        .map(l -> l.substring(prefix.length()).trim())
        .findFirst()
        .orElseThrow(() -> new AssertionError("No '" + prefix + "' in " + file));
  }
}
