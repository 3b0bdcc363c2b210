package org.teamward.it.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.teamward.it.pages.TerminalPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Concurrently;

/**
 * The time-clock terminal: an API access authorisation that clocks the employees of its scope,
 * identified by id or personnel number; idempotent punches under concurrent retries; punches
 * buffered offline and delivered later, in time order and once; impossible sequences refused by
 * name with nothing lost; and the kiosk page in a real browser, through a network outage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TerminalTests {

  private static final AtomicLong NUMBERS =
      new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 100);
  private static final String EVENTS = "/api/attendance/events";

  private final String hall = Api.unique("Hall");
  private final String office = Api.unique("Office");
  private Api.Interface terminal;
  private Instant now;

  @BeforeAll
  void setUp() {
    // a department scope names a department with employees
    employee(hall);
    employee(office);
    terminal = terminalFor(hall);
    now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  // --- idempotency ------------------------------------------------------------------------------

  @Test
  void fiftyConcurrentRetriesOfOneIdempotencyKeyProduceExactlyOneRecord() {
    Api.Employee employee = employee(hall);
    String key = Api.unique("swipe");
    List<Callable<Response>> retries = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      retries.add(
          () ->
              terminal
                  .basic()
                  .header("Idempotency-Key", key)
                  .contentType(ContentType.JSON)
                  .body(Map.of("employeeId", employee.id()))
                  .post("/api/attendance/check-in"));
    }

    List<Response> answers = Concurrently.run(retries);

    assertThat(answers).extracting(Response::statusCode).containsOnly(201);
    assertThat(answers)
        .extracting(r -> r.jsonPath().getLong("id"))
        .containsOnly(id(answers.get(0)));
    assertThat(answers.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))))
        .as("replays")
        .hasSize(49);
    assertThat(records(employee)).as("records of the employee").hasSize(1);
  }

  @Test
  void theSameKeyForAnotherRequestIsANamedConflict() {
    Api.Employee employee = employee(hall);
    Api.Employee other = employee(hall);
    String key = Api.unique("swipe");
    checkIn(employee, key).then().statusCode(201);

    Response reused = checkIn(other, key);

    problem(reused, 409, "idempotency-key-reused");
    assertThat(records(other)).isEmpty();
  }

  // --- who: id or personnel number, within the scope
  // ----------------------------------------------

  @Test
  void aPersonnelNumberWorksOnlyForAnEmployeeInTheScope() {
    Api.Employee inside = employee(hall);
    Api.Employee outside = employee(office);

    Response badge = punch("check-in", Map.of("personnelNumber", inside.personnelNumber()));
    badge.then().statusCode(201);
    assertThat(badge.jsonPath().getLong("employeeId")).isEqualTo(inside.id());
    assertThat(badge.jsonPath().getString("source")).isEqualTo("TERMINAL");

    Response foreign = punch("check-in", Map.of("personnelNumber", outside.personnelNumber()));
    Response unknown = punch("check-in", Map.of("personnelNumber", "no-such-badge"));
    problem(foreign, 400, "invalid-input");
    assertThat(foreign.jsonPath().getString("errors[0].field")).isEqualTo("personnelNumber");
    assertThat(foreign.asString()).isEqualTo(unknown.asString());
    assertThat(records(outside)).as("nothing written for the other department").isEmpty();

    problem(
        punch(
            "check-out",
            Map.of("personnelNumber", inside.personnelNumber(), "employeeId", outside.id())),
        400,
        "invalid-input");
    punch("check-out", Map.of("personnelNumber", inside.personnelNumber())).then().statusCode(200);
  }

  // --- impossible sequences and the window
  // --------------------------------------------------------

  @Test
  void impossibleSequencesAreNamedConflictsAndLoseNothing() {
    Api.Employee employee = employee(hall);
    Response notIn = punch("check-out", Map.of("employeeId", employee.id()));
    problem(notIn, 409, "not-checked-in");
    assertThat(notIn.jsonPath().getString("detail")).contains(employee.fullName());

    Instant nine = hoursAgo(9);
    punch("check-in", Map.of("employeeId", employee.id(), "at", nine.toString()))
        .then()
        .statusCode(201);
    problem(punch("check-in", Map.of("employeeId", employee.id())), 409, "already-checked-in");
    punch("check-out", Map.of("employeeId", employee.id(), "at", hoursAgo(5).toString()))
        .then()
        .statusCode(200);
    Response intoClosed =
        punch("check-in", Map.of("employeeId", employee.id(), "at", hoursAgo(7).toString()));
    problem(intoClosed, 409, "period-closed");
    assertThat(intoClosed.jsonPath().getString("detail")).contains("already closed");

    List<Map<String, Object>> records = records(employee);
    assertThat(records).as("the one closed record, unchanged").hasSize(1);
    assertThat(Instant.parse((String) records.get(0).get("checkIn"))).isEqualTo(nine);
    assertThat(Instant.parse((String) records.get(0).get("checkOut"))).isEqualTo(hoursAgo(5));
  }

  @Test
  void punchesOutsideTheOfflineWindowAreRefusedWithAClearError() {
    Api.Employee employee = employee(hall);
    Response old =
        punch("check-in", Map.of("employeeId", employee.id(), "at", hoursAgo(24 * 8).toString()));
    problem(old, 400, "invalid-input");
    assertThat(old.jsonPath().getString("errors[0].field")).isEqualTo("at");
    assertThat(old.jsonPath().getString("errors[0].message")).contains("7 days");
    Response ahead =
        punch(
            "check-in",
            Map.of("employeeId", employee.id(), "at", Instant.now().plusSeconds(240).toString()));
    problem(ahead, 400, "invalid-input");
    assertThat(records(employee)).isEmpty();
  }

  // --- the offline buffer
  // -------------------------------------------------------------------------

  @Test
  void anOfflineBatchIsAppliedInTimeOrderOnceAndMarkedOffline() {
    Api.Employee ann = employee(hall);
    Api.Employee bob = employee(hall);
    List<Map<String, Object>> events =
        List.of(
            event("CHECK_OUT", ann, hoursAgo(2)),
            event("CHECK_IN", bob, hoursAgo(6)),
            event("CHECK_IN", ann, hoursAgo(10)),
            event("CHECK_OUT", ann, hoursAgo(28)),
            event("CHECK_IN", ann, hoursAgo(34)));

    JsonPath first = deliver(events);

    assertThat(first.getList("results.eventId"))
        .as("one result per event, in the order sent")
        .isEqualTo(events.stream().map(e -> e.get("eventId")).toList());
    assertThat(first.getList("results.outcome", String.class)).containsOnly("applied");
    assertThat(first.getInt("applied")).isEqualTo(5);
    List<Map<String, Object>> anns = records(ann);
    assertThat(anns).as("yesterday's and today's, applied in time order").hasSize(2);
    for (Map<String, Object> record : anns) {
      assertThat(record.get("checkInOffline")).isEqualTo(true);
      assertThat(record.get("checkOutOffline")).isEqualTo(true);
      assertThat(record.get("source")).isEqualTo("TERMINAL");
    }
    assertThat(Instant.parse((String) anns.get(1).get("checkIn"))).isEqualTo(hoursAgo(34));
    assertThat(Instant.parse((String) anns.get(0).get("checkOut"))).isEqualTo(hoursAgo(2));
    assertThat(records(bob)).singleElement().satisfies(r -> assertThat(r.get("checkOut")).isNull());

    JsonPath again = deliver(events);

    assertThat(again.getList("results.outcome", String.class)).containsOnly("replayed");
    assertThat(again.getList("results.record.id"))
        .as("the first outcomes")
        .isEqualTo(first.getList("results.record.id"));
    assertThat(records(ann)).hasSize(2);
    assertThat(records(bob)).hasSize(1);
  }

  @Test
  void aRefusedEventInABatchStopsNothingElseAndIsAnsweredByName() {
    Api.Employee employee = employee(hall);
    Api.Employee outside = employee(office);
    List<Map<String, Object>> events =
        List.of(
            event("CHECK_IN", employee, hoursAgo(8)),
            event("CHECK_IN", employee, hoursAgo(7)),
            event("CHECK_IN", employee, hoursAgo(24 * 9)),
            event("CHECK_IN", outside, hoursAgo(6)),
            event("CHECK_OUT", employee, hoursAgo(1)));

    JsonPath answer = deliver(events);

    assertThat(answer.getList("results.outcome", String.class))
        .containsExactly("applied", "refused", "refused", "refused", "applied");
    assertThat(answer.getList("results.status", Integer.class))
        .containsExactly(201, 409, 400, 400, 200);
    assertThat(answer.getString("results[1].problem.type")).endsWith("/already-checked-in");
    assertThat(answer.getString("results[2].problem.errors[0].field")).isEqualTo("at");
    assertThat(answer.getInt("refused")).isEqualTo(3);
    assertThat(records(employee))
        .singleElement()
        .satisfies(r -> assertThat(r.get("checkOut")).isNotNull());
    assertThat(records(outside)).isEmpty();
  }

  @Test
  void aBatchIsBoundedAndItsEventsAreValidated() {
    Api.Employee employee = employee(hall);
    List<Map<String, Object>> tooMany = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      tooMany.add(event("CHECK_IN", employee, hoursAgo(1)));
    }
    problem(post(Map.of("events", tooMany)), 400, "invalid-input");
    Map<String, Object> undated = new HashMap<>(event("CHECK_IN", employee, hoursAgo(1)));
    undated.remove("at");
    Response missing = post(Map.of("events", List.of(undated)));
    problem(missing, 400, "invalid-input");
    assertThat(missing.jsonPath().getString("errors[0].field")).contains("at");
    problem(post(Map.of("events", List.of())), 400, "invalid-input");
    assertThat(records(employee)).isEmpty();
  }

  @Test
  void aTerminalSeesWhoIsInAmongThoseItClocksAndTheirNamesButNoRecordLists() {
    Api.Employee in = employee(hall);
    Api.Employee elsewhere = employee(office);
    punch("check-in", Map.of("employeeId", in.id())).then().statusCode(201);
    Api.admin()
        .bearer()
        .contentType(ContentType.JSON)
        .body(Map.of("employeeId", elsewhere.id()))
        .post("/api/attendance/check-in")
        .then()
        .statusCode(201);

    List<String> present =
        terminal
            .basic()
            .get("/api/attendance/checked-in?limit=500")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.employeeName");
    List<String> clockable =
        terminal
            .basic()
            .get("/api/attendance/clockable")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("name");

    assertThat(present).contains(in.fullName()).doesNotContain(elsewhere.fullName());
    assertThat(clockable).contains(in.fullName()).doesNotContain(elsewhere.fullName());
    assertThat(
            terminal
                .basic()
                .get("/api/attendance?limit=500")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total"))
        .as("clocking gives no right to read attendance records")
        .isZero();
  }

  // --- the kiosk page ----------------------------------------------------------------------------

  @Test
  void theKioskPageClocksByKeypadAndByNameAndDeliversAPunchMadeWhileOffline() {
    Api.Employee anna = employee(hall);
    Api.Employee ben = employee(hall);
    try (Browser browser = new Browser()) {
      TerminalPage terminalPage = TerminalPage.open(browser, TerminalPage.PATH);
      terminalPage.waitForSetup();
      terminalPage.connect(terminal.id(), "tw_aa_wrong");
      assertThat(terminalPage.setupError()).contains("wrong");
      assertThat(browser.accessibilityViolations()).as("axe on the set-up").isEmpty();
      browser.screenshot("terminal-setup");

      terminalPage.connect(terminal.password());
      terminalPage.waitForClock();
      for (char digit : anna.personnelNumber().toCharArray()) {
        terminalPage.press(digit);
      }
      assertThat(terminalPage.number()).isEqualTo(anna.personnelNumber());
      terminalPage.clock("check-in");
      browser.until(d -> feedback(terminalPage.feedback(), "success"));
      assertThat(terminalPage.feedback().getText()).contains(anna.fullName() + " checked in");
      terminalPage.waitUntilPresent(anna.fullName());
      assertThat(records(anna))
          .singleElement()
          .satisfies(r -> assertThat(r.get("source")).isEqualTo("TERMINAL"));
      assertThat(browser.accessibilityViolations()).as("axe on the clock screen").isEmpty();
      browser.screenshot("terminal-checked-in");

      ChromiumDriver chromium = (ChromiumDriver) browser.driver;
      ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
      offline.setOffline(true);
      chromium.setNetworkConditions(offline);
      Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      terminalPage.typeNumber(anna.personnelNumber());
      terminalPage.clock("check-out");
      browser.until(d -> feedback(terminalPage.feedback(), "warning"));
      terminalPage.waitUntilWaiting("1");
      assertThat(terminalPage.feedback().getText()).contains("Saved on this terminal");
      browser.screenshot("terminal-offline");
      assertThat(records(anna).get(0).get("checkOut")).as("not delivered while offline").isNull();

      chromium.deleteNetworkConditions();
      terminalPage.waitUntilWaiting("0");
      Map<String, Object> delivered = records(anna).get(0);
      assertThat(delivered.get("checkOutOffline")).isEqualTo(true);
      Instant checkOut = Instant.parse((String) delivered.get("checkOut"));
      assertThat(checkOut)
          .as("the time of the punch, not of the delivery")
          .isBetween(before.minusSeconds(5), before.plusSeconds(10));

      browser.driver.navigate().refresh();
      terminalPage.waitForClock();
      terminalPage.openSettings();
      terminalPage.unlock("not-the-password");
      terminalPage.waitForUnlockError();
      assertThat(terminalPage.settingsShown()).isFalse();
      terminalPage.unlock(terminal.password());
      terminalPage.waitForSettings();
      terminalPage.chooseMode("list");
      terminalPage.closeSettings();
      terminalPage.choosePerson(ben.fullName());
      terminalPage.clock("check-in");
      browser.until(d -> feedback(terminalPage.feedback(), "success"));
      assertThat(terminalPage.feedback().getText()).contains(ben.fullName());
      assertThat(records(ben)).hasSize(1);
      browser.screenshot("terminal-list");
      assertThat(
              (String)
                  ((JavascriptExecutor) browser.driver)
                      .executeScript("return localStorage.getItem('teamward.terminal.queue')"))
          .isEqualTo("[]");
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  private static boolean feedback(WebElement box, String kind) {
    return box.getAttribute("class").contains(kind) && !box.getText().isEmpty();
  }

  private static Api.Interface terminalFor(String department) {
    Map<String, Object> body = new HashMap<>();
    // names need not be unique; this one is what the README's screenshots show
    body.put("name", "Hall 2 terminal");
    body.put("permissions", List.of("ATTENDANCE_CHECK_IN_OUT"));
    body.put("employeeScope", Map.of("departments", List.of(department)));
    body.put("allowedNetworks", List.of());
    body.put("active", true);
    return Api.createInterface(body);
  }

  /** An employee with a numeric personnel number, as a keypad can type it. */
  private static Api.Employee employee(String department) {
    return Api.createEmployee(department, Long.toString(NUMBERS.incrementAndGet()));
  }

  /** A moment before the suite began, the same whenever a test asks. */
  private Instant hoursAgo(int hours) {
    return now.minus(hours, ChronoUnit.HOURS);
  }

  private Response checkIn(Api.Employee employee, String key) {
    return terminal
        .basic()
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("employeeId", employee.id()))
        .post("/api/attendance/check-in");
  }

  private Response punch(String kind, Map<String, ?> body) {
    return terminal
        .basic()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/attendance/" + kind);
  }

  private static Map<String, Object> event(String type, Api.Employee employee, Instant at) {
    return Map.of(
        "eventId",
        Api.unique("event"),
        "type",
        type,
        "employeeId",
        employee.id(),
        "at",
        at.toString());
  }

  private Response post(Map<String, ?> body) {
    return terminal.basic().contentType(ContentType.JSON).body(body).post(EVENTS);
  }

  private JsonPath deliver(List<Map<String, Object>> events) {
    return post(Map.of("events", events)).then().statusCode(200).extract().jsonPath();
  }

  private static long id(Response response) {
    return response.jsonPath().getLong("id");
  }

  private static void problem(Response response, int status, String type) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("type")).endsWith("/" + type);
  }

  /** The employee's attendance records, latest check-in first, as the administrator reads them. */
  private static List<Map<String, Object>> records(Api.Employee employee) {
    return Api.admin()
        .bearer()
        .get("/api/attendance?limit=500&employeeId=" + employee.id())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }
}
