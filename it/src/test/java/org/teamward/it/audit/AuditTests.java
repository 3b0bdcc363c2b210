package org.teamward.it.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.teamward.it.pages.AuditEventsPage;
import org.teamward.it.parity.Catalogue;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Concurrently;
import org.teamward.it.support.Operation;
import org.teamward.it.support.RawHttp;
import org.teamward.it.support.Secrets;

/**
 * The security audit log against the real server: every write of the operation catalogue and every
 * credential action leaves exactly one event attributed to the credential that made it; refusals
 * and failed credentials are recorded; the list filters, the CSV export and "Who saw my records"
 * work; and no secret the suite handled is in the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AuditTests {

  /**
   * Use cases whose API form is another use case: the API's check-in and check-out are one clocking
   * use case with idempotency keys and badges (see {@link Catalogue#NOT_IN_CATALOGUE}).
   */
  static final Map<String, String> API_FORMS =
      Map.of("Attendance.checkIn", "Attendance.clock", "Attendance.checkOut", "Attendance.clock");

  private final Map<Set<String>, Api.Actor> actors = new HashMap<>();
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

  /** The events the credential with {@code credentialId} made, as the auditor lists them. */
  static List<Map<String, Object>> eventsOf(String actorName, long credentialId) {
    return events("actor", actorName).stream()
        .filter(e -> e.get("credentialId") != null)
        .filter(e -> ((Number) e.get("credentialId")).longValue() == credentialId)
        .toList();
  }

  /** The newest 500 events matching one filter. */
  public static List<Map<String, Object>> events(String filter, String value) {
    return Api.admin()
        .bearer()
        .queryParam(filter, value)
        .queryParam("limit", 500)
        .get("/api/audit-events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  private static String nameOf(Api.Person person) {
    return "Test " + person.email();
  }

  @TestFactory
  Stream<DynamicTest> everyWriteOfTheCatalogueLeavesExactlyOneEventOfItsCredential() {
    return Catalogue.operations().stream()
        .flatMap(
            operation ->
                Stream.of(
                    dynamicTest(
                        operation + " with " + operation.permission(), () -> granted(operation)),
                    dynamicTest(
                        operation + " without " + operation.permission(),
                        () -> refused(operation))));
  }

  private void granted(Operation operation) {
    Api.Actor actor = actors.computeIfAbsent(operation.with(), Api::createActor);
    Operation.Fixture fixture = operation.arrange().arrange(actor);
    String name = nameOf(actor.person());
    int before = eventsOf(name, actor.device().id()).size();

    int status = operation.api().attempt(fixture, actor.device());

    assertThat(status).as("the attempt with the permission").isBetween(200, 299);
    List<Map<String, Object>> events = eventsOf(name, actor.device().id());
    assertThat(events).as("one new event").hasSize(before + 1);
    Map<String, Object> event = events.get(0);
    assertThat(event.get("action"))
        .isEqualTo(API_FORMS.getOrDefault(operation.useCase(), operation.useCase()));
    assertThat(event.get("outcome")).isEqualTo("SUCCESS");
    assertThat(event.get("credential")).isEqualTo("DEVICE_PASSWORD");
    assertThat(((Number) event.get("actorId")).longValue()).isEqualTo(actor.person().id());
    assertThat(event.get("clientIp")).as("the client's address").isNotNull();
  }

  private void refused(Operation operation) {
    Api.Actor actor = actors.computeIfAbsent(operation.without(), Api::createActor);
    Operation.Fixture fixture = operation.arrange().arrange(actor);
    String name = nameOf(actor.person());
    int before = eventsOf(name, actor.device().id()).size();

    int status = operation.api().attempt(fixture, actor.device());

    List<Map<String, Object>> events = eventsOf(name, actor.device().id());
    if (status == 403) {
      assertThat(events).as("one refusal").hasSize(before + 1);
      assertThat(events.get(0).get("outcome")).isEqualTo("REFUSED");
    } else {
      // A record outside the caller's reach answers 404 like a missing one: nothing was done.
      assertThat(status).isEqualTo(404);
      assertThat(events.subList(0, events.size() - before))
          .noneMatch(e -> "SUCCESS".equals(e.get("outcome")));
    }
  }

  @Test
  void deviceAndAccessAuthorisationActionsLeaveOneEventEachNamingTheirRecord() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.Device device = Api.createDevice(person.email(), person.password(), "audited");
    Api.Device admin = Api.admin();

    device.bearer().delete("/api/devices/" + device.id()).then().statusCode(204);
    long interfaceId =
        Api.createInterface(
                Map.of(
                    "name", Api.unique("audited interface"),
                    "permissions", List.of("PROJECT_VIEW"),
                    "employeeScope", "all",
                    "allowedNetworks", List.of("127.0.0.0/8", "::1/128"),
                    "active", true))
            .id();
    String regenerated =
        admin
            .bearer()
            .post("/api/access-authorisations/" + interfaceId + "/password")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("password");
    Secrets.remember(regenerated);
    admin
        .bearer()
        .header("If-Match", Api.etag("/api/access-authorisations/" + interfaceId))
        .delete("/api/access-authorisations/" + interfaceId)
        .then()
        .statusCode(204);

    assertThat(eventsOf(nameOf(person), device.id()))
        .extracting(e -> e.get("action"))
        .as("the revocation, made with the device password itself")
        .containsExactly("DevicePasswords.revoke");
    List<Map<String, Object>> created =
        events("type", "DevicePasswords.createWithPassword").stream()
            .filter(e -> Long.valueOf(device.id()).equals(number(e.get("targetId"))))
            .toList();
    assertThat(created)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.get("credential")).isEqualTo("PERSONAL_PASSWORD");
              assertThat(number(e.get("actorId"))).isEqualTo(person.id());
            });
    List<Map<String, Object>> onTheInterface =
        events("type", "AccessAuthorisations").stream()
            .filter(e -> Long.valueOf(interfaceId).equals(number(e.get("targetId"))))
            .toList();
    assertThat(onTheInterface)
        .extracting(e -> e.get("action"))
        .containsExactly(
            "AccessAuthorisations.revoke",
            "AccessAuthorisations.regeneratePassword",
            "AccessAuthorisations.create");
  }

  @Test
  void signInsAndFailedApiCredentialsAreRecordedWithoutTheSecret() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    String wrong = "wrong-" + person.password();
    Secrets.remember(wrong);
    Api.postDevice(person.email(), wrong, "x").then().statusCode(401);
    String forged = "tw_dp_" + "0".repeat(49);
    Api.anonymous()
        .header("Authorization", "Bearer " + forged)
        .get("/api/me")
        .then()
        .statusCode(401);

    List<Map<String, Object>> signIns =
        events("actor", person.email()).stream()
            .filter(e -> "Authentication.personalPassword".equals(e.get("action")))
            .toList();
    assertThat(signIns)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.get("outcome")).isEqualTo("FAILED");
              assertThat(e.get("actorName")).isEqualTo(person.email());
              assertThat(e.get("detail")).isEqualTo("wrong password");
              assertThat(number(e.get("attempts"))).isEqualTo(1L);
            });
    assertThat(events("type", "Authentication.apiSecret"))
        .anySatisfy(
            e -> {
              assertThat(e.get("outcome")).isEqualTo("FAILED");
              assertThat(e.get("credential")).isEqualTo("DEVICE_PASSWORD");
            });
  }

  /**
   * Anyone can send refused credentials, as fast as they like: they are counted, one event per kind
   * of refusal, presented identifier, client address and minute, which still says who was refused,
   * from where and how often.
   */
  @Test
  void refusedCredentialsFromOneAddressInAMinuteAreOneEventWithTheirCount() throws Exception {
    int attempts = 12;
    long presentedId = refuseTimes(attempts);

    // one event per minute: the attempts may straddle a minute's end, never more than one
    List<Map<String, Object>> events = events("actor", String.valueOf(presentedId));
    assertThat(events).hasSizeBetween(1, 2);
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.get("action")).isEqualTo("Authentication.apiSecret");
              assertThat(e.get("outcome")).isEqualTo("FAILED");
              assertThat(e.get("actorName")).isEqualTo(String.valueOf(presentedId));
              assertThat(e.get("credential")).isEqualTo("DEVICE_PASSWORD");
              assertThat(e.get("clientIp")).isEqualTo(clientOf(presentedId));
              assertThat(e.get("detail")).isEqualTo("refused");
            });
    assertThat(events.stream().mapToLong(e -> number(e.get("attempts"))).sum()).isEqualTo(attempts);
  }

  /** The web audit page shows the count beside the refusal, and the address it came from. */
  @Test
  void theAuditPageShowsHowOftenACredentialWasRefused() throws Exception {
    Browser browser = browser();
    long presentedId = refuseTimes(3);
    browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    AuditEventsPage audit = AuditEventsPage.open(browser);
    // three attempts are one event, or two if they straddle a minute's end: the larger shows
    long most =
        events("actor", String.valueOf(presentedId)).stream()
            .mapToLong(e -> number(e.get("attempts")))
            .max()
            .orElseThrow();
    audit.filterByActor(String.valueOf(presentedId));
    browser.waitForText("(" + most + " times)");
    assertThat(browser.driver.getPageSource()).contains(clientOf(presentedId));
  }

  /**
   * Sends a forged device password with a Basic id of its own {@code times}, all within one minute,
   * through the suite's trusted proxy from an address of its own ({@link #clientOf}), so that no
   * other test's failures count with these.
   *
   * @return the id presented
   */
  private static long refuseTimes(int times) {
    long presentedId = 900_000_000L + Math.floorMod(System.nanoTime(), 100_000_000L);
    String forged = "tw_dp_" + "0".repeat(49);
    Map<String, String> headers = new HashMap<>();
    headers.put(
        "Authorization",
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString((presentedId + ":" + forged).getBytes(StandardCharsets.UTF_8)));
    headers.put("X-Forwarded-For", clientOf(presentedId));
    for (int i = 0; i < times; i++) {
      assertThat(RawHttp.get("127.0.0.2", "127.0.0.1", "/api/me", headers).status()).isEqualTo(401);
    }
    return presentedId;
  }

  private static String clientOf(long presentedId) {
    return "198.51.100." + (1 + presentedId % 250);
  }

  @Test
  void aRefusedReadIsRecordedAndTheLogNeedsAuditView() {
    Api.Actor actor = Api.createActor(Set.of("PROJECT_VIEW"));

    actor
        .device()
        .bearer()
        .get("/api/audit-events")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");

    assertThat(eventsOf(nameOf(actor.person()), actor.device().id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.get("action")).isEqualTo("AuditLog.list");
              assertThat(e.get("outcome")).isEqualTo("REFUSED");
              assertThat(e.get("detail")).isEqualTo("Forbidden");
            });
  }

  @Test
  void theListFiltersByTypeAndTimeAndRefusesBadInputAsAProblem() {
    Instant start = Instant.now().minusSeconds(1);
    Api.Actor actor = Api.createActor(Set.of("PROJECT_CREATE", "PROJECT_VIEW"));
    actor
        .device()
        .bearer()
        .contentType(ContentType.JSON)
        .body(Map.of("code", Api.unique("AUD"), "name", "Audited"))
        .post("/api/projects")
        .then()
        .statusCode(201);

    JsonPath page =
        Api.admin()
            .bearer()
            .queryParam("type", "Projects")
            .queryParam("actor", actor.person().email())
            .queryParam("from", start.toString())
            .queryParam("to", Instant.now().plusSeconds(60).toString())
            .get("/api/audit-events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items.action")).containsExactly("Projects.create");
    assertThat(page.getInt("total")).isEqualTo(1);
    assertThat(
            Api.admin()
                .bearer()
                .queryParam("type", "Projects")
                .queryParam("actor", actor.person().email())
                .queryParam("to", start.toString())
                .get("/api/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items"))
        .isEmpty();
    Api.admin()
        .bearer()
        .queryParam("from", "yesterday")
        .get("/api/audit-events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Api.admin()
        .bearer()
        .queryParam("from", Instant.now().toString())
        .queryParam("to", start.toString())
        .get("/api/audit-events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("to"));
  }

  @Test
  void theCsvExportStreamsTheFilteredEventsWithFormulaCellsDefused() {
    String formula = "=HYPERLINK(\"http://x\")" + Api.unique("");
    Api.postDevice(formula + "@teamward.test", "not-a-password-1", "x").then().statusCode(401);

    String csv =
        Api.admin()
            .bearer()
            .accept("text/csv")
            .queryParam("type", "Authentication.personalPassword")
            .queryParam("actor", formula)
            .get("/api/audit-events/export")
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .header("Content-Disposition", containsString("audit-events.csv"))
            .extract()
            .asString();

    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).startsWith("occurredAt,actorKind,actorId,actorName,");
    assertThat(lines).hasSize(2);
    // The seam keeps the address as it compares it: lower case.
    assertThat(lines[1]).contains(",\"'=hyperlink(").contains("Authentication.personalPassword");
    Api.admin()
        .bearer()
        .accept("text/csv")
        .queryParam("outcome", "MAYBE")
        .get("/api/audit-events/export")
        .then()
        .statusCode(400);
  }

  @Test
  void aPersonSeesWhoReadTheirAttendanceButNotThemselves() {
    Api.Actor employee = Api.createActor(Set.of("ATTENDANCE_CHECK_IN_OUT"));
    Api.Actor manager = Api.createActor(Set.of("ATTENDANCE_VIEW_ALL"));
    employee
        .device()
        .bearer()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/attendance/check-in")
        .then()
        .statusCode(201);
    employee.device().bearer().get("/api/attendance").then().statusCode(200);
    manager
        .device()
        .bearer()
        .get("/api/attendance?employeeId=" + employee.employee().id())
        .then()
        .statusCode(200);

    List<Map<String, Object>> seen = activityOf(employee);
    assertThat(seen)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.get("actorName")).isEqualTo(nameOf(manager.person()));
              assertThat(t.get("area")).isEqualTo("ATTENDANCE");
              assertThat(t.get("access")).isEqualTo("READ");
              assertThat(t.get("credential")).isEqualTo("DEVICE_PASSWORD");
              assertThat(number(t.get("credentialId"))).isEqualTo(manager.device().id());
            });

    browser().signIn(employee.person().email(), employee.person().password());
    browser().open("/account/activity.xhtml");
    browser().waitForText(nameOf(manager.person()));
    assertThat(browser().accessibilityViolations()).isEmpty();
  }

  /**
   * A clocking locks the employee's row until its transaction ends, while the trace is written in a
   * transaction of its own: the trace must not wait for the clocking, nor be lost.
   */
  @Test
  void aPersonSeesWhoClockedThemIn() {
    Api.Actor employee = Api.createActor(Set.of("ATTENDANCE_CHECK_IN_OUT"));
    Api.Actor manager = Api.createActor(Set.of("ATTENDANCE_MANAGE"));
    manager
        .device()
        .bearer()
        .contentType(ContentType.JSON)
        .body(Map.of("employeeId", employee.employee().id()))
        .post("/api/attendance/check-in")
        .then()
        .statusCode(201);

    List<Map<String, Object>> seen = activityOf(employee);
    assertThat(seen)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.get("actorName")).isEqualTo(nameOf(manager.person()));
              assertThat(t.get("area")).isEqualTo("ATTENDANCE");
              assertThat(t.get("access")).isEqualTo("WRITE");
            });
  }

  /**
   * Readers that page through the same people at once insert the same traces, and whichever request
   * inserts a shared trace first, the others must neither lose the traces of the people only they
   * saw nor double the shared one. One person's absences alternate with everyone else's, so that
   * each page of two holds that person and one other; all pages are asked for at once, and every
   * round has a new reader, so that all its traces are new.
   */
  @Test
  void concurrentReadersOfOverlappingPagesLoseAndDoubleNoTrace() {
    List<Api.Actor> people = new ArrayList<>();
    for (int i = 0; i <= 8; i++) {
      people.add(Api.createActor(Set.of("ABSENCE_REQUEST")));
    }
    Api.Actor shared = people.get(0); // the lowest id: every reader's trace inserts it first
    LocalDate day = LocalDate.of(2031, 3, 3);
    for (int i = 1; i < people.size(); i++) {
      for (Api.Actor person : List.of(people.get(i), shared)) {
        while (day.getDayOfWeek().getValue() > 5) {
          day = day.plusDays(1);
        }
        ApiSteps.requestAbsence(person, day);
        day = day.plusDays(1);
      }
    }
    List<Long> ids = people.stream().map(p -> p.employee().id()).toList();
    List<Long> readers = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      Api.Interface reader =
          Api.createInterface(
              Map.of(
                  "name",
                  Api.unique("reader"),
                  "permissions",
                  List.of("ABSENCE_VIEW"),
                  "employeeScope",
                  ids,
                  "allowedNetworks",
                  List.of(),
                  "active",
                  true));
      readers.add(reader.id());
      List<Callable<Integer>> pages = new ArrayList<>();
      for (int offset = 0; offset < 2 * (people.size() - 1); offset += 2) {
        String page = "/api/absences?limit=2&offset=" + offset;
        pages.add(() -> reader.bearer().get(page).statusCode());
      }
      assertThat(Concurrently.run(pages)).as("round " + round).containsOnly(200);
    }

    for (Api.Actor person : people) {
      Map<Long, Map<Instant, Long>> hoursByReader = new HashMap<>();
      for (Map<String, Object> trace : activityOf(person)) {
        if ("INTERFACE".equals(trace.get("actorKind"))) {
          hoursByReader
              .computeIfAbsent(number(trace.get("actorId")), r -> new HashMap<>())
              .merge(
                  Instant.parse((String) trace.get("firstAt")).truncatedTo(ChronoUnit.HOURS),
                  1L,
                  Long::sum);
        }
      }
      String whose = "the traces of employee " + person.employee().id() + " by reader and hour";
      assertThat(hoursByReader).as(whose).containsOnlyKeys(readers);
      hoursByReader
          .values()
          .forEach(hours -> assertThat(hours.values()).as(whose).containsOnly(1L));
    }
  }

  /** Who read or changed the actor's records, as they see it on their profile. */
  private static List<Map<String, Object>> activityOf(Api.Actor actor) {
    return actor
        .device()
        .bearer()
        .get("/api/me/activity")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  @Test
  void theAuditPageFiltersAndOffersTheDownload() {
    Api.Actor actor = Api.createActor(Set.of("PROJECT_CREATE", "PROJECT_VIEW"));
    String code = Api.unique("WEB").toUpperCase(java.util.Locale.ROOT);
    actor
        .device()
        .bearer()
        .contentType(ContentType.JSON)
        .body(Map.of("code", code, "name", "Seen on the page"))
        .post("/api/projects")
        .then()
        .statusCode(201);

    browser().signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    AuditEventsPage audit = AuditEventsPage.open(browser());
    audit.filterByActorAndType(actor.person().email(), "Projects.create");
    browser().waitForText(nameOf(actor.person()));
    String row = audit.firstRow();
    assertThat(row)
        .as("the action as a sentence, the project by its code and name")
        .contains("Created a project", code + " · Seen on the page")
        .doesNotContain("Project #");
    assertThat(audit.exportLink()).contains("/audit/events.csv?").contains("type=Projects.create");
    assertThat(browser().accessibilityViolations()).isEmpty();
  }

  /**
   * No token or password the suite handled is stored in any text column of any table: checked
   * through JDBC where the suite's database is a server, or in the embedded H2's files, which store
   * text as it is.
   */
  @Test
  void noSecretTheSuiteHandledIsInTheDatabase() throws IOException, SQLException {
    Set<String> secrets = Secrets.all();
    assertThat(secrets).as("secrets handled by the suite").hasSizeGreaterThan(3);
    String url = System.getProperty("teamward.it.dbUrl", "");
    if (!url.isBlank()) {
      try (Connection db =
          DriverManager.getConnection(
              url,
              System.getProperty("teamward.it.dbUser"),
              System.getenv().getOrDefault("TEAMWARD_DB_PASSWORD", ""))) {
        for (String[] column : textColumns(db)) {
          try (Statement statement = db.createStatement();
              ResultSet rows =
                  statement.executeQuery(
                      "select "
                          + column[1]
                          + " from "
                          + column[0]
                          + " where "
                          + column[1]
                          + " is not null")) {
            while (rows.next()) {
              String value = rows.getString(1);
              for (String secret : secrets) {
                assertThat(value).as(column[0] + "." + column[1]).doesNotContain(secret);
              }
            }
          }
        }
      }
      return;
    }
    Path data =
        Path.of(
            System.getProperty("teamward.it.target"),
            "it-data-" + System.getProperty("teamward.it.reportSuffix"));
    List<Path> files;
    try (Stream<Path> all = Files.list(data)) {
      files = all.filter(p -> p.getFileName().toString().endsWith(".db")).toList();
    }
    assertThat(files).as("the embedded database under " + data).isNotEmpty();
    for (Path file : files) {
      String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String secret : secrets) {
        assertThat(content.contains(secret)).as("a secret in " + file).isFalse();
      }
    }
  }

  private static List<String[]> textColumns(Connection db) throws SQLException {
    List<String[]> columns = new ArrayList<>();
    try (ResultSet rs = db.getMetaData().getColumns(null, "public", "%", "%")) {
      while (rs.next()) {
        String type = rs.getString("TYPE_NAME").toLowerCase(java.util.Locale.ROOT);
        if (type.contains("char") || type.contains("text")) {
          columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
        }
      }
    }
    return columns;
  }

  private static Long number(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
