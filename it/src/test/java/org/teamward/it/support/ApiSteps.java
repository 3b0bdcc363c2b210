package org.teamward.it.support;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.teamward.it.support.Operation.Fixture;

/**
 * API steps shared by the catalogue's entries: requests with a person's device password, the
 * records the administrator makes for an attempt, and the administrator's reading of the state an
 * attempt may change.
 */
public final class ApiSteps {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private ApiSteps() {}

  public static int post(Api.Device device, String path, Map<String, ?> body) {
    return device.bearer().contentType(ContentType.JSON).body(body).post(path).statusCode();
  }

  /** A change of the record at {@code path}, with its current ETag in If-Match. */
  public static int put(Api.Device device, String path, Map<String, ?> body) {
    return device
        .bearer()
        .contentType(ContentType.JSON)
        .header("If-Match", Api.etag(path))
        .body(body)
        .put(path)
        .statusCode();
  }

  /** Deletes the record at {@code path}, with its current ETag in If-Match. */
  public static int delete(Api.Device device, String path) {
    return device.bearer().header("If-Match", Api.etag(path)).delete(path).statusCode();
  }

  /**
   * A transition such as {@code /api/projects/7/archive}, with the current ETag of the record it
   * changes in If-Match.
   */
  public static int transition(Api.Device device, String path) {
    return device
        .bearer()
        .contentType(ContentType.JSON)
        .header("If-Match", Api.etagOfRecord(path))
        .body(Map.of())
        .post(path)
        .statusCode();
  }

  /** The administrator's view of one record: status, version and body. */
  public static String read(String path) {
    Response r = Api.admin().bearer().get(path);
    return r.statusCode() + " " + r.header("ETag") + " " + r.asString();
  }

  public static String total(String path) {
    Response r = Api.admin().bearer().get(path);
    return r.statusCode() + " total=" + r.jsonPath().getLong("total");
  }

  static void assertCreated(int status) {
    if (status != 201) {
      throw new IllegalStateException("the administrator could not set up the record: " + status);
    }
  }

  public static String code() {
    return Api.unique("PX").toUpperCase();
  }

  public static String password() {
    String password = "pw-" + UUID.randomUUID();
    Secrets.remember(password);
    return password;
  }

  public static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  /** A Monday far ahead, a different one per attempt, so that requests never overlap. */
  public static String monday() {
    return LocalDate.of(2027, 3, 1).plusWeeks(COUNTER.incrementAndGet()).toString();
  }

  public static Fixture withProject(Api.Actor actor) {
    String code = code();
    long id =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(Map.of("code", code, "name", code))
            .post("/api/projects")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return new Fixture(actor).with("project", id).with("code", code);
  }

  /** A fresh group without members or rights: never a standard group. */
  public static Fixture withGroup(Api.Actor actor) {
    String name = Api.unique("parity");
    long id =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(Map.of("name", name, "permissions", List.of()))
            .post("/api/user-groups")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return new Fixture(actor).with("group", id).with("name", name);
  }

  /** A day of annual leave that {@code actor} requests for themselves; answers its id. */
  public static long requestAbsence(Api.Actor actor, LocalDate day) {
    return actor
        .device()
        .bearer()
        .contentType(ContentType.JSON)
        .body(Map.of("type", "ANNUAL_LEAVE", "from", day.toString(), "to", day.toString()))
        .post("/api/absences")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** An absence requested by a new person for a future Monday: still waiting for a decision. */
  public static Fixture withRequestedAbsence(Api.Actor actor) {
    Api.Actor requester = Api.createActor(java.util.Set.of("ABSENCE_REQUEST"));
    long id = requestAbsence(requester, LocalDate.parse(monday()));
    return new Fixture(actor)
        .with("absence", id)
        .with("employee", requester.employee().id())
        .with("name", requester.employee().fullName());
  }

  // --- attendance, clocked by the administrator -------------------------------------------------

  public static boolean checkedIn(long employee) {
    return Api.admin().bearer().get("/api/attendance/current?employeeId=" + employee).statusCode()
        == 200;
  }

  static Response clock(String action, long employee) {
    return Api.admin()
        .bearer()
        .contentType(ContentType.JSON)
        .body(Map.of("employeeId", employee))
        .post("/api/attendance/" + action);
  }

  /** The employee not checked in, whatever they were before. */
  public static void checkedOut(long employee) {
    if (checkedIn(employee)) {
      clock("check-out", employee).then().statusCode(200);
    }
  }

  /** A new open attendance record of the employee: checked out first if they were checked in. */
  public static Response freshlyCheckedIn(long employee) {
    checkedOut(employee);
    Response r = clock("check-in", employee);
    assertCreated(r.statusCode());
    return r;
  }

  /** The employee checked in, on a break or not as asked. */
  public static void checkedIn(long employee, boolean onBreak) {
    Response current = Api.admin().bearer().get("/api/attendance/current?employeeId=" + employee);
    if (current.statusCode() != 200) {
      assertCreated(clock("check-in", employee).statusCode());
      current = Api.admin().bearer().get("/api/attendance/current?employeeId=" + employee);
    }
    if (current.jsonPath().getBoolean("onBreak") != onBreak) {
      clock(onBreak ? "break-start" : "break-end", employee).then().statusCode(200);
    }
  }
}
