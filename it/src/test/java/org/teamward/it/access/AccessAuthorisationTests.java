package org.teamward.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamward.it.pages.AccessPage;
import org.teamward.it.pages.BookingsPage;
import org.teamward.it.pages.CredentialsPage;
import org.teamward.it.pages.Frame;
import org.teamward.it.pages.GroupsPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Operation;
import org.teamward.it.support.RawHttp;
import org.teamward.it.support.Secrets;
import org.teamward.it.support.Server;

/**
 * API access authorisations end to end: an interface holds exactly its options for its employee
 * scope, only from its networks; its lifecycle takes effect at the next request; administrators
 * give only what they hold; people's department-scoped groups reach their department in both
 * channels; and the inventory lists and revokes every credential.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AccessAuthorisationTests {

  static final String PASSWORD_PATTERN = "tw_aa_[0-9A-Za-z]{49}";
  static final long MISSING = 999_999_999L;

  private final String logistics = Api.unique("Logistics");
  private final String sales = Api.unique("Sales");
  private long project;
  private Browser browser;

  @BeforeAll
  void setUp() {
    project = ApiSteps.withProject(null).id("project");
    // department scopes must name departments with employees
    Api.createEmployee(logistics);
    Api.createEmployee(sales);
    browser = new Browser();
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  // --- the credential itself ---------------------------------------------------------------------

  @Test
  void thePasswordIsShownOnceAndBothHeaderFormsAuthenticateAsTheInterface() {
    Response created =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(body(List.of("TIME_VIEW_ALL"), "all", List.of()))
            .post("/api/access-authorisations");
    created
        .then()
        .statusCode(201)
        .header("Cache-Control", "no-store")
        .body("password", matchesPattern(PASSWORD_PATTERN));
    Api.Interface terminal =
        new Api.Interface(
            created.jsonPath().getLong("authorisation.id"),
            created.jsonPath().getString("password"));
    Secrets.remember(terminal.password());

    for (RequestSpecification request : List.of(terminal.bearer(), terminal.basic())) {
      request
          .get("/api/me")
          .then()
          .statusCode(200)
          .body("kind", equalTo("interface"))
          .body("id", equalTo((int) terminal.id()))
          .body("credential", equalTo("access-authorisation"))
          .body("permissions", equalTo(List.of("TIME_VIEW_ALL")));
    }
    String listing =
        Api.admin()
            .bearer()
            .get("/api/access-authorisations?limit=500")
            .then()
            .extract()
            .asString();
    assertThat(listing).contains("\"id\":" + terminal.id()).doesNotContain(terminal.password());
    String one =
        Api.admin()
            .bearer()
            .get("/api/access-authorisations/" + terminal.id())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(one).doesNotContain(terminal.password()).doesNotContain("tokenDigest");

    // Basic must name the interface's own id
    Api.anonymous()
        .header("Authorization", Api.basicHeader((terminal.id() + 1) + ":" + terminal.password()))
        .get("/api/me")
        .then()
        .statusCode(401);
  }

  @Test
  void administrationRightsAndSynchronisationAreNoOptions() {
    Response refused =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(body(List.of("TIME_VIEW_ALL", "USER_MANAGE"), "all", List.of()))
            .post("/api/access-authorisations");
    refused.then().statusCode(400).body("errors[0].field", equalTo("permissions"));
  }

  @Test
  void aBadNetworkEntryIsRefusedByName() {
    Api.admin()
        .bearer()
        .contentType(ContentType.JSON)
        .body(body(List.of("TIME_VIEW_ALL"), "all", List.of("10.0.0.0/8", "10.0.0.0/33")))
        .post("/api/access-authorisations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("allowedNetworks"))
        .body("errors[0].message", org.hamcrest.Matchers.containsString("10.0.0.0/33"));
  }

  // --- the rights matrix: options × scope relation × operation -----------------------------------

  /**
   * One row: an interface with {@code options} and {@code scope} ("departments" = the in-scope
   * department, "employees" = the target alone when in scope, "all") acts on an employee in or out
   * of its scope. Denied writes change nothing.
   */
  @ParameterizedTest(name = "{0} / {1} / {2} employee / {3} -> {4}")
  @CsvSource({
    "TIME_VIEW_ALL,                         departments, in,  read booking,   200",
    "TIME_VIEW_ALL,                         departments, out, read booking,   404",
    "PROJECT_VIEW,                          departments, in,  read booking,   403",
    "TIME_VIEW_ALL,                         employees,   in,  read booking,   200",
    "TIME_VIEW_ALL,                         employees,   out, read booking,   404",
    "TIME_VIEW_ALL,                         all,         out, read booking,   200",
    "TIME_VIEW_ALL,                         departments, in,  book,           403",
    "TIME_VIEW_ALL|TIME_BOOK_OTHERS,        departments, in,  book,           201",
    "TIME_VIEW_ALL|TIME_BOOK_OTHERS,        departments, out, book,           400",
    "TIME_BOOK_OTHERS,                      employees,   in,  book,           201",
    "TIME_BOOK_OTHERS,                      employees,   out, book,           400",
    "ATTENDANCE_CHECK_IN_OUT,               employees,   in,  check in,       201",
    "ATTENDANCE_CHECK_IN_OUT,               employees,   out, check in,       400",
    "ATTENDANCE_CHECK_IN_OUT,               departments, in,  check in,       201",
    "ATTENDANCE_CHECK_IN_OUT,               all,         out, check in,       201",
    "ATTENDANCE_VIEW_ALL,                   departments, in,  check in,       403",
    "ABSENCE_VIEW,                          departments, in,  read absence,   200",
    "ABSENCE_VIEW|ABSENCE_VIEW_DETAILS,     departments, in,  read absence,   200 detailed",
    "ABSENCE_VIEW,                          departments, out, read absence,   404",
    "ABSENCE_VIEW,                          departments, in,  approve,        403",
    "ABSENCE_VIEW|ABSENCE_MANAGE,           departments, in,  approve,        200",
    "ABSENCE_VIEW|ABSENCE_MANAGE,           departments, out, approve,        404",
    "EMPLOYEE_VIEW,                         departments, in,  read employee,  200",
    "EMPLOYEE_VIEW,                         departments, out, read employee,  404",
    "EMPLOYEE_VIEW,                         employees,   out, read employee,  404",
  })
  void anInterfaceActsWithExactlyItsOptionsForItsScope(
      String options, String scope, String relation, String action, String expected) {
    Api.Employee target = Api.createEmployee(relation.equals("in") ? logistics : sales);
    Object employeeScope =
        switch (scope) {
          case "departments" -> Map.of("departments", List.of(logistics));
          case "employees" ->
              List.of(relation.equals("in") ? target.id() : Api.createEmployee(logistics).id());
          default -> "all";
        };
    Api.Interface terminal =
        Api.createInterface(body(Arrays.asList(options.split("\\|")), employeeScope, List.of()));
    int status = Integer.parseInt(expected.split(" ")[0]);
    switch (action) {
      case "read booking" -> {
        long booking = booking(target.id());
        Response answer = terminal.bearer().get("/api/time-bookings/" + booking);
        assertThat(answer.statusCode()).isEqualTo(status);
        assertSameAsMissingWhenHidden(answer, terminal, "/api/time-bookings/");
        boolean listed =
            terminal
                .bearer()
                .get("/api/time-bookings?limit=500&employeeId=" + target.id())
                .then()
                .extract()
                .asString()
                .contains("\"id\":" + booking);
        assertThat(listed).as("listed").isEqualTo(status == 200);
      }
      case "book" -> {
        String before = bookingsOf(target.id());
        Response answer =
            terminal
                .bearer()
                .contentType(ContentType.JSON)
                .body(
                    Map.of(
                        "employeeId",
                        target.id(),
                        "projectId",
                        project,
                        "date",
                        ApiSteps.today(),
                        "durationMinutes",
                        30))
                .post("/api/time-bookings");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
        if (status != 201) {
          assertThat(bookingsOf(target.id())).as("nothing written").isEqualTo(before);
        }
      }
      case "check in" -> {
        Response answer =
            terminal
                .bearer()
                .contentType(ContentType.JSON)
                .body(Map.of("employeeId", target.id()))
                .post("/api/attendance/check-in");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
        assertThat(ApiSteps.checkedIn(target.id())).as("checked in").isEqualTo(status == 201);
      }
      case "read absence" -> {
        long absence = absence(target.id());
        Response answer = terminal.bearer().get("/api/absences/" + absence);
        assertThat(answer.statusCode()).isEqualTo(status);
        assertSameAsMissingWhenHidden(answer, terminal, "/api/absences/");
        if (status == 200) {
          assertThat(answer.jsonPath().getString("type"))
              .as("the reason, only with Detailed")
              .isEqualTo(expected.endsWith("detailed") ? "SICKNESS" : null);
        }
      }
      case "approve" -> {
        long absence = absence(target.id());
        Response answer =
            terminal
                .bearer()
                .header("If-Match", Api.etag("/api/absences/" + absence))
                .post("/api/absences/" + absence + "/approve");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
        assertThat(
                Api.admin().bearer().get("/api/absences/" + absence).jsonPath().getString("status"))
            .isEqualTo(status == 200 ? "APPROVED" : "REQUESTED");
      }
      case "read employee" -> {
        Response answer = terminal.bearer().get("/api/employees/" + target.id());
        assertThat(answer.statusCode()).isEqualTo(status);
        assertSameAsMissingWhenHidden(answer, terminal, "/api/employees/");
      }
      default -> throw new IllegalArgumentException(action);
    }
  }

  @Test
  void aTerminalThatSendsNoCategoryClocksWithItsDefault() {
    Api.Employee worker = Api.createEmployee(logistics);
    Map<String, Object> body =
        body(List.of("ATTENDANCE_CHECK_IN_OUT"), List.of(worker.id()), List.of());
    body.put("defaultCategory", "EXTERNAL_WORK");
    Api.Interface terminal = Api.createInterface(body);
    terminal
        .bearer()
        .contentType(ContentType.JSON)
        .body(Map.of("employeeId", worker.id()))
        .post("/api/attendance/check-in")
        .then()
        .statusCode(201)
        .body("category", equalTo("EXTERNAL_WORK"));
  }

  // --- IP protection
  // -------------------------------------------------------------------------------

  @Test
  void onlyAllowedNetworksMayUseAValidPassword() {
    Api.Interface outside =
        Api.createInterface(body(List.of("PROJECT_VIEW"), "all", List.of("10.20.0.0/16")));
    Response refused = outside.bearer().get("/api/me");
    refused
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", endsWith("/ip-not-allowed"));
    assertThat(refused.asString()).doesNotContain(outside.password());

    Api.Interface here = Api.createInterface(body(List.of("PROJECT_VIEW"), "all", ownNetworks()));
    here.bearer().get("/api/me").then().statusCode(200);

    // a wrong password from outside is a 401 like any other: the address is no oracle
    Api.anonymous()
        .header("Authorization", "Bearer " + tampered(outside.password()))
        .get("/api/me")
        .then()
        .statusCode(401);
  }

  @Test
  void ipv6ClientsAreMatchedAgainstIpv6Networks() {
    Api.Interface v6 =
        Api.createInterface(body(List.of("PROJECT_VIEW"), "all", List.of("::1/128")));
    Map<String, String> auth = Map.of("Authorization", "Bearer " + v6.password());
    assertThat(RawHttp.get("::1", "::1", "/api/me", auth).status()).isEqualTo(200);
    assertThat(RawHttp.get("127.0.0.1", "127.0.0.1", "/api/me", auth).status()).isEqualTo(403);
  }

  @Test
  void aSpoofedForwardedForFromAnUntrustedPeerChangesNothing() {
    Api.Interface terminal =
        Api.createInterface(body(List.of("PROJECT_VIEW"), "all", List.of("10.20.0.0/16")));
    Map<String, String> spoofed = new HashMap<>();
    spoofed.put("Authorization", "Bearer " + terminal.password());
    spoofed.put("X-Forwarded-For", "10.20.1.5");
    assertThat(RawHttp.get("127.0.0.1", "127.0.0.1", "/api/me", spoofed).status()).isEqualTo(403);
    Map<String, String> forwarded = new HashMap<>();
    forwarded.put("Authorization", "Bearer " + terminal.password());
    forwarded.put("Forwarded", "for=10.20.1.5");
    assertThat(RawHttp.get("127.0.0.3", "127.0.0.1", "/api/me", forwarded).status()).isEqualTo(403);
  }

  /** The suite's server trusts 127.0.0.2 as a reverse proxy (TEAMWARD_TRUSTED_PROXIES). */
  @Test
  void behindATrustedProxyTheForwardedClientCounts() {
    Api.Interface terminal =
        Api.createInterface(body(List.of("PROJECT_VIEW"), "all", List.of("10.20.0.0/16")));
    Map<String, String> headers = new HashMap<>();
    headers.put("Authorization", "Bearer " + terminal.password());
    headers.put("X-Forwarded-For", "10.20.1.5");
    assertThat(RawHttp.get("127.0.0.2", "127.0.0.1", "/api/me", headers).status()).isEqualTo(200);
    headers.put("X-Forwarded-For", "192.0.2.1");
    assertThat(RawHttp.get("127.0.0.2", "127.0.0.1", "/api/me", headers).status()).isEqualTo(403);
    Map<String, String> rfc7239 = new HashMap<>();
    rfc7239.put("Authorization", "Bearer " + terminal.password());
    rfc7239.put("Forwarded", "for=\"[2001:db8::9]\", for=10.20.7.7;proto=https");
    assertThat(RawHttp.get("127.0.0.2", "127.0.0.1", "/api/me", rfc7239).status()).isEqualTo(200);
    assertThat(
            Api.admin()
                .bearer()
                .get("/api/access-authorisations/" + terminal.id())
                .jsonPath()
                .getString("lastUsedIp"))
        .as("the forwarded client is recorded as last used from")
        .isEqualTo("10.20.1.5");
  }

  // --- lifecycle
  // -------------------------------------------------------------------------------------

  @Test
  void changeDeactivateExpireAndRevokeTakeEffectAtTheNextRequest() {
    Map<String, Object> settings = body(List.of("PROJECT_VIEW"), "all", List.of());
    Api.Interface terminal = Api.createInterface(settings);
    terminal.bearer().get("/api/projects").then().statusCode(200);

    Response changed =
        Api.admin().bearer().post("/api/access-authorisations/" + terminal.id() + "/password");
    changed.then().statusCode(200).body("password", matchesPattern(PASSWORD_PATTERN));
    Api.Interface renewed =
        new Api.Interface(terminal.id(), changed.jsonPath().getString("password"));
    Secrets.remember(renewed.password());
    terminal.bearer().get("/api/projects").then().statusCode(401);
    renewed.bearer().get("/api/projects").then().statusCode(200);

    settings.put("active", false);
    update(renewed.id(), settings);
    renewed.bearer().get("/api/projects").then().statusCode(401);
    settings.put("active", true);
    update(renewed.id(), settings);
    renewed.bearer().get("/api/projects").then().statusCode(200);

    // a last day already past could never work: refused by name, and nothing changes (that an
    // expired authorisation is refused is proven in the domain, where the day can be set)
    settings.put("expiresOn", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString());
    Api.admin()
        .bearer()
        .contentType(ContentType.JSON)
        .header("If-Match", Api.etag("/api/access-authorisations/" + renewed.id()))
        .body(settings)
        .put("/api/access-authorisations/" + renewed.id())
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("expiresOn"));
    renewed.bearer().get("/api/projects").then().statusCode(200);
    settings.put("expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString());
    update(renewed.id(), settings);
    renewed.bearer().get("/api/projects").then().statusCode(200);

    Api.admin()
        .bearer()
        .header("If-Match", Api.etag("/api/access-authorisations/" + renewed.id()))
        .delete("/api/access-authorisations/" + renewed.id())
        .then()
        .statusCode(204);
    renewed.bearer().get("/api/projects").then().statusCode(401);
    Api.admin().bearer().get("/api/access-authorisations/" + renewed.id()).then().statusCode(404);
  }

  // --- escalation
  // ------------------------------------------------------------------------------------

  @Test
  void anAdministratorGivesAndTakesOnlyWhatTheyHoldForAsManyEmployees() {
    Api.Actor manager = Api.createActor(Set.of("API_ACCESS_MANAGE", "TIME_VIEW_ALL"));
    RequestSpecification as = manager.device().bearer().contentType(ContentType.JSON);
    as.body(body(List.of("TIME_VIEW_ALL"), "all", List.of()))
        .post("/api/access-authorisations")
        .then()
        .statusCode(201);
    manager
        .device()
        .bearer()
        .contentType(ContentType.JSON)
        .body(body(List.of("TIME_VIEW_ALL", "TIME_BOOK_OTHERS"), "all", List.of()))
        .post("/api/access-authorisations")
        .then()
        .statusCode(403);

    // taking away an option one does not hold is refused as well, and changes nothing
    Api.Interface terminal =
        Api.createInterface(
            body(List.of("TIME_VIEW_ALL", "ATTENDANCE_CHECK_IN_OUT"), "all", List.of()));
    manager
        .device()
        .bearer()
        .contentType(ContentType.JSON)
        .header("If-Match", Api.etag("/api/access-authorisations/" + terminal.id()))
        .body(body(List.of("TIME_VIEW_ALL"), "all", List.of()))
        .put("/api/access-authorisations/" + terminal.id())
        .then()
        .statusCode(403);
    assertThat(terminal.bearer().get("/api/me").jsonPath().getList("permissions"))
        .containsExactlyInAnyOrder("ATTENDANCE_CHECK_IN_OUT", "TIME_VIEW_ALL");

    // a manager whose TIME_VIEW_ALL reaches one department cannot give it for everyone
    Api.Actor scoped = Api.createActor(Set.of("API_ACCESS_MANAGE"));
    long group = Api.createGroup(Set.of("TIME_VIEW_ALL"));
    scopeGroup(group, "DEPARTMENTS", List.of(logistics), Set.of("TIME_VIEW_ALL"));
    addToGroup(scoped.person().id(), List.of(scoped.person().groupId(), group));
    scoped
        .device()
        .bearer()
        .contentType(ContentType.JSON)
        .body(body(List.of("TIME_VIEW_ALL"), "all", List.of()))
        .post("/api/access-authorisations")
        .then()
        .statusCode(403);
    scoped
        .device()
        .bearer()
        .contentType(ContentType.JSON)
        .body(body(List.of("TIME_VIEW_ALL"), Map.of("departments", List.of(logistics)), List.of()))
        .post("/api/access-authorisations")
        .then()
        .statusCode(201);
  }

  // --- people with a department-scoped group, in both channels
  // ------------------------------------

  @Test
  void aDepartmentScopedGroupReachesTheOwnDepartmentInBothChannels() {
    Api.Employee colleague = Api.createEmployee(logistics);
    Api.Employee stranger = Api.createEmployee(sales);
    String ownText = Api.unique("colleague-booking");
    String strangerText = Api.unique("stranger-booking");
    long colleagueBooking = booking(colleague.id(), ownText);
    long strangerBooking = booking(stranger.id(), strangerText);

    Api.Employee leadEmployee = Api.createEmployee(logistics);
    Api.Person lead =
        Api.createPerson(
            Set.of("TIME_BOOK_OWN", "TIME_VIEW_ALL", "SYNCHRONISATION"), leadEmployee.id());
    scopeGroup(
        lead.groupId(),
        "OWN_DEPARTMENT",
        List.of(),
        Set.of("TIME_BOOK_OWN", "TIME_VIEW_ALL", "SYNCHRONISATION"));
    Api.Device device = Api.createDevice(lead.email(), lead.password(), "scoped lead");

    device.bearer().get("/api/time-bookings/" + colleagueBooking).then().statusCode(200);
    Response hidden = device.bearer().get("/api/time-bookings/" + strangerBooking);
    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(hidden.asString())
        .isEqualTo(device.bearer().get("/api/time-bookings/" + MISSING).asString());
    String listed = device.bearer().get("/api/time-bookings?limit=500").asString();
    assertThat(listed).contains(ownText).doesNotContain(strangerText);

    browser.signIn(lead.email(), lead.password());
    BookingsPage.open(browser);
    browser.waitForText(ownText);
    assertThat(browser.text()).contains(ownText).doesNotContain(strangerText);
  }

  @Test
  void aGroupsScopeIsChosenInTheWebToo() {
    Api.createEmployee(logistics); // a department is offered once someone works in it
    String name = Api.unique("web-scoped");
    long group =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(Map.of("name", name, "permissions", List.of("TIME_VIEW_ALL")))
            .post("/api/user-groups")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    GroupsPage groups = GroupsPage.open(browser, name);
    groups.openRename(name);
    tick("Chosen departments");
    tick(logistics);
    groups.saveRename();
    browser.waitForText("The group has been saved.");
    Response saved = Api.admin().bearer().get("/api/user-groups/" + group);
    assertThat(saved.jsonPath().getString("scope")).isEqualTo("DEPARTMENTS");
    assertThat(saved.jsonPath().getList("departments")).containsExactly(logistics);
    assertThat(saved.jsonPath().getList("permissions")).containsExactly("TIME_VIEW_ALL");
  }

  // --- the inventory
  // ---------------------------------------------------------------------------------

  @Test
  void theInventoryListsAndRevokesEveryCredential() {
    Api.Person owner = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.Device first = Api.createDevice(owner.email(), owner.password(), Api.unique("phone"));
    Api.Device second = Api.createDevice(owner.email(), owner.password(), Api.unique("laptop"));
    Api.Interface terminal = Api.createInterface(body(List.of("PROJECT_VIEW"), "all", List.of()));

    // a page of the whole inventory, then each kind of credential by its filter
    Response page = Api.admin().bearer().get("/api/credentials?limit=2");
    page.then().statusCode(200);
    assertThat(page.jsonPath().getList("items")).hasSize(2);
    assertThat(page.jsonPath().getInt("total")).isGreaterThanOrEqualTo(3);
    Response all = Api.admin().bearer().get("/api/credentials?kind=access-authorisation&limit=500");
    assertThat(all.jsonPath().getList("items.id")).contains((int) terminal.id());
    assertThat(all.asString()).doesNotContain(terminal.password());
    assertThat(
            Api.admin()
                .bearer()
                .get("/api/credentials?ownerId=" + owner.id())
                .jsonPath()
                .getList("items.id"))
        .containsExactlyInAnyOrder((int) first.id(), (int) second.id());
    assertThat(Api.admin().bearer().get("/api/credentials?ownerId=" + owner.id()).asString())
        .doesNotContain(first.token());
    assertThat(
            Api.admin()
                .bearer()
                .get("/api/credentials?kind=access-authorisation")
                .jsonPath()
                .getList("items.kind", String.class))
        .containsOnly("access-authorisation");
    Api.admin().bearer().get("/api/credentials?kind=gadget").then().statusCode(400);
    Api.admin().bearer().get("/api/credentials?unusedDays=-1").then().statusCode(400);

    Api.admin()
        .bearer()
        .delete("/api/credentials/access-authorisation/" + terminal.id())
        .then()
        .statusCode(204);
    terminal.bearer().get("/api/me").then().statusCode(401);
    Api.admin()
        .bearer()
        .delete("/api/credentials/device-passwords?ownerId=" + owner.id())
        .then()
        .statusCode(200)
        .body("revoked", equalTo(2));
    first.bearer().get("/api/me").then().statusCode(401);
    second.bearer().get("/api/me").then().statusCode(401);

    // the same in the web: revoke one credential from the inventory page, with a confirmation
    String name = Api.unique("tablet");
    Api.Device third = Api.createDevice(owner.email(), owner.password(), name);
    browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    assertThat(CredentialsPage.open(browser).rowAction(name, "revoke").confirm(browser))
        .isEqualTo(Operation.Outcome.ALLOWED);
    browser.waitForText("Revoked.");
    third.bearer().get("/api/me").then().statusCode(401);
  }

  // --- the web form
  // ----------------------------------------------------------------------------------

  @Test
  void theWebFormShowsTheEffectiveRightsAndThePasswordOnce() {
    String hall = Api.unique("Hall");
    Api.Employee a = Api.createEmployee(hall);
    Api.createEmployee(hall);
    browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    AccessPage access = AccessPage.open(browser);
    access.startNew();
    String options = access.options();
    assertThat(options)
        .as("only options that act for an interface, grouped by area")
        .contains("Attendance", "Absences", "Check in and out")
        .doesNotContain("has no effect");
    assertThat(access.networks().getAttribute("placeholder"))
        .as("a placeholder that cannot pass for a value")
        .startsWith("One network per line");
    String name = Api.unique("Hall terminal");
    access.enterName(name);
    tick("Check in and out");
    browser.waitForText("Broad: no IP restriction");
    tick("Chosen departments");
    tick(hall);
    access.enterNetworks(String.join("\n", ownNetworks()));
    access.clickName();
    browser.waitForText(
        "for the 2 employees of " + hall + ", from " + String.join(", ", ownNetworks()) + " only");
    assertThat(browser.text()).doesNotContain("Broad: no IP restriction");
    access.save();
    String password = access.password();
    long id = access.authorisationId();
    assertThat(password).matches(PASSWORD_PATTERN);
    Secrets.remember(password);
    Api.Interface created = new Api.Interface(id, password);
    created
        .bearer()
        .contentType(ContentType.JSON)
        .body(Map.of("employeeId", a.id()))
        .post("/api/attendance/check-in")
        .then()
        .statusCode(201);
    AccessPage.open(browser);
    assertThat(browser.text()).contains(name).doesNotContain(password);
  }

  // --- helpers
  // ---------------------------------------------------------------------------------------

  private static Map<String, Object> body(
      List<String> options, Object employeeScope, List<String> networks) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", Api.unique("interface"));
    body.put("permissions", new ArrayList<>(options));
    body.put("employeeScope", employeeScope);
    body.put("allowedNetworks", networks);
    body.put("active", true);
    return body;
  }

  /**
   * The networks this suite's requests come from: loopback, and the server's own address as the
   * suite reaches it (the deployment's URL may name the machine rather than loopback).
   */
  private static List<String> ownNetworks() {
    try {
      java.net.InetAddress address =
          java.net.InetAddress.getByName(java.net.URI.create(Server.base()).getHost());
      String own =
          address.getHostAddress().replaceAll("%.*$", "")
              + (address instanceof java.net.Inet6Address ? "/128" : "/32");
      return address.isLoopbackAddress()
          ? List.of("127.0.0.0/8", "::1/128")
          : List.of(own, "127.0.0.0/8", "::1/128");
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The password with its last character changed, so that it is surely wrong. */
  private static String tampered(String password) {
    char last = password.charAt(password.length() - 1);
    return password.substring(0, password.length() - 1) + (last == 'x' ? 'y' : 'x');
  }

  private static void update(long id, Map<String, Object> body) {
    Api.admin()
        .bearer()
        .contentType(ContentType.JSON)
        .header("If-Match", Api.etag("/api/access-authorisations/" + id))
        .body(body)
        .put("/api/access-authorisations/" + id)
        .then()
        .statusCode(200);
  }

  private static void scopeGroup(
      long group, String scope, List<String> departments, Set<String> permissions) {
    Api.admin()
        .bearer()
        .contentType(ContentType.JSON)
        .header("If-Match", Api.etag("/api/user-groups/" + group))
        .body(
            Map.of(
                "name", Api.unique("scoped"),
                "permissions", permissions,
                "scope", scope,
                "departments", departments))
        .put("/api/user-groups/" + group)
        .then()
        .statusCode(200)
        .body("scope", equalTo(scope));
  }

  private static void addToGroup(long user, List<Long> groups) {
    Api.admin()
        .bearer()
        .contentType(ContentType.JSON)
        .header("If-Match", Api.etag("/api/users/" + user))
        .body(Map.of("groups", groups))
        .put("/api/users/" + user)
        .then()
        .statusCode(200);
  }

  private long booking(long employee) {
    return booking(employee, Api.unique("booking"));
  }

  private long booking(long employee, String description) {
    return Api.admin()
        .bearer()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "employeeId", employee,
                "projectId", project,
                "date", ApiSteps.today(),
                "durationMinutes", 45,
                "description", description))
        .post("/api/time-bookings")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static String bookingsOf(long employee) {
    return Api.admin()
        .bearer()
        .get("/api/time-bookings?limit=500&employeeId=" + employee)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /** A sick day the employee reported themselves, still waiting for a decision. */
  private static long absence(long employee) {
    Api.Person person = Api.createPerson(Set.of("ABSENCE_REQUEST", "SYNCHRONISATION"), employee);
    Api.Device device = Api.createDevice(person.email(), person.password(), "absence");
    String day = ApiSteps.monday();
    long id =
        device
            .bearer()
            .contentType(ContentType.JSON)
            .body(Map.of("type", "SICKNESS", "from", day, "to", day))
            .post("/api/absences")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return id;
  }

  private static void assertSameAsMissingWhenHidden(
      Response answer, Api.Interface terminal, String path) {
    if (answer.statusCode() == 404) {
      assertThat(answer.asString())
          .as("a record out of scope answers exactly like a missing one")
          .isEqualTo(terminal.bearer().get(path + MISSING).asString());
    }
  }

  /** Ticks the checkbox or radio button labelled {@code label}, as a person clicks it. */
  private void tick(String label) {
    new Frame(browser).tick(label);
  }
}
