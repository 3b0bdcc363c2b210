package org.teamward.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.teamward.it.support.Api;

/**
 * Every endpoint against bad input: malformed JSON, wrong types, missing and oversized fields,
 * unknown enum values, impossible dates, huge limits, ids that don't exist, stale and concurrent
 * updates. Each must answer a 4xx problem+json, and nothing may be half-written.
 */
public abstract class BadInputTests {

  static final String NO_SUCH_ID = "987654321";

  /** The collection a bad request was aimed at, to prove nothing was added to it. */
  record Case(String label, String method, String path, String body, String collection) {
    @Override
    public String toString() {
      return method + " " + path + ": " + label;
    }
  }

  static Stream<Case> cases() {
    String projects = "/api/projects";
    String bookings = "/api/time-bookings";
    String absences = "/api/absences";
    String employees = "/api/employees";
    String users = "/api/users";
    String groups = "/api/user-groups";
    String attendance = "/api/attendance";
    return Stream.of(
        new Case("not JSON", "POST", projects, "{code: nope", projects),
        new Case("array instead of object", "POST", projects, "[]", projects),
        new Case("missing name", "POST", projects, "{\"code\":\"BAD-1\"}", projects),
        new Case(
            "oversized code",
            "POST",
            projects,
            "{\"code\":\"" + "C".repeat(33) + "\",\"name\":\"x\"}",
            projects),
        new Case(
            "budget is text",
            "POST",
            projects,
            "{\"code\":\"BAD-2\",\"name\":\"x\",\"budgetHours\":\"lots\"}",
            projects),
        new Case(
            "negative budget",
            "POST",
            projects,
            "{\"code\":\"BAD-3\",\"name\":\"x\",\"budgetHours\":-5}",
            projects),
        new Case(
            "unknown status",
            "POST",
            projects,
            "{\"code\":\"BAD-4\",\"name\":\"x\",\"status\":\"FROZEN\"}",
            projects),
        new Case(
            "project id is text",
            "POST",
            bookings,
            "{\"projectId\":\"abc\",\"date\":\"2026-11-02\",\"durationMinutes\":60}",
            bookings),
        new Case(
            "project does not exist",
            "POST",
            bookings,
            "{\"projectId\":" + NO_SUCH_ID + ",\"date\":\"2026-11-02\",\"durationMinutes\":60}",
            bookings),
        new Case(
            "impossible date",
            "POST",
            bookings,
            "{\"projectId\":1,\"date\":\"2026-02-30\",\"durationMinutes\":60}",
            bookings),
        new Case(
            "zero duration",
            "POST",
            bookings,
            "{\"projectId\":1,\"date\":\"2026-11-02\",\"durationMinutes\":0}",
            bookings),
        new Case(
            "huge duration",
            "POST",
            bookings,
            "{\"projectId\":1,\"date\":\"2026-11-02\",\"durationMinutes\":100000}",
            bookings),
        new Case(
            "unknown absence type",
            "POST",
            absences,
            "{\"type\":\"HOLIDAY\",\"from\":\"2026-12-01\",\"to\":\"2026-12-02\"}",
            absences),
        new Case(
            "to before from",
            "POST",
            absences,
            "{\"type\":\"ANNUAL_LEAVE\",\"from\":\"2026-12-10\",\"to\":\"2026-12-01\"}",
            absences),
        new Case(
            "absence for nobody",
            "POST",
            absences,
            "{\"employeeId\":"
                + NO_SUCH_ID
                + ",\"type\":\"ANNUAL_LEAVE\",\"from\":\"2026-12-01\",\"to\":\"2026-12-02\"}",
            absences),
        new Case(
            "unknown category",
            "POST",
            attendance + "/check-in",
            "{\"category\":\"BEACH\"}",
            attendance),
        new Case(
            "time is not an instant",
            "POST",
            attendance + "/check-in",
            "{\"at\":\"yesterday\"}",
            attendance),
        new Case(
            "employee does not exist",
            "POST",
            attendance + "/check-in",
            "{\"employeeId\":" + NO_SUCH_ID + "}",
            attendance),
        new Case(
            "unknown time zone",
            "POST",
            employees,
            "{\"personnelNumber\":\"BAD-1\",\"firstName\":\"A\",\"lastName\":\"B\",\"timeZone\":\"Mars/Base\"}",
            employees),
        new Case(
            "line manager does not exist",
            "POST",
            employees,
            "{\"personnelNumber\":\"BAD-2\",\"firstName\":\"A\",\"lastName\":\"B\",\"timeZone\":\"UTC\",\"lineManagerId\":"
                + NO_SUCH_ID
                + "}",
            employees),
        new Case(
            "oversized first name",
            "POST",
            employees,
            "{\"personnelNumber\":\"BAD-3\",\"firstName\":\""
                + "F".repeat(101)
                + "\",\"lastName\":\"B\",\"timeZone\":\"UTC\"}",
            employees),
        new Case(
            "invalid e-mail",
            "POST",
            users,
            "{\"email\":\"not-an-address\",\"name\":\"X\",\"groups\":[]}",
            users),
        new Case(
            "group does not exist",
            "POST",
            users,
            "{\"email\":\"bad-group@teamward.test\",\"name\":\"X\",\"groups\":["
                + NO_SUCH_ID
                + "]}",
            users),
        new Case(
            "unknown permission",
            "POST",
            groups,
            "{\"name\":\"bad group\",\"permissions\":[\"FLY\"]}",
            groups),
        new Case("permissions missing", "POST", groups, "{\"name\":\"bad group 2\"}", groups));
  }

  static long total(String collection) {
    return Api.admin()
        .bearer()
        .get(collection + "?limit=1")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  static void assertProblem(Response response, String label) {
    assertThat(response.statusCode()).as(label).isBetween(400, 499);
    assertThat(response.contentType()).as(label).startsWith("application/problem+json");
    assertThat(response.asString()).as(label).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badBodiesAreRefusedAndWriteNothing(Case c) {
    long before = total(c.collection());
    Response response =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(c.body())
            .request(c.method(), c.path());
    assertProblem(response, c.toString());
    assertThat(total(c.collection())).as("nothing written by " + c).isEqualTo(before);
  }

  /**
   * Input that JSON-B or the database would take the wrong way: a number wrapped or truncated into
   * another id, control characters, dates and instants far outside any working life, more than one
   * document. {@code {project}} and {@code {employee}} are replaced by records that exist, so that
   * the refusal can only be for the named field.
   */
  record StrictCase(String label, String path, String body, String collection, String field) {
    @Override
    public String toString() {
      return "POST " + path + ": " + label;
    }
  }

  static Stream<StrictCase> strictCases() {
    String bookings = "/api/time-bookings";
    String absences = "/api/absences";
    String projects = "/api/projects";
    String checkIn = "/api/attendance/check-in";
    String attendance = "/api/attendance";
    String booking = "{\"projectId\":{project},\"employeeId\":{employee},\"durationMinutes\":60,";
    String absence = "{\"employeeId\":{employee},\"type\":\"ANNUAL_LEAVE\",";
    return Stream.of(
        new StrictCase(
            "id past 2^64 would wrap to an existing id",
            bookings,
            "{\"projectId\":18446744073709552573,\"date\":\"2026-11-02\",\"durationMinutes\":60}",
            bookings,
            "projectId"),
        new StrictCase(
            "fractional id",
            bookings,
            "{\"projectId\":{project}.7,\"date\":\"2026-11-02\",\"durationMinutes\":60}",
            bookings,
            "projectId"),
        new StrictCase(
            "id in exponent notation",
            bookings,
            "{\"projectId\":1e30,\"date\":\"2026-11-02\",\"durationMinutes\":60}",
            bookings,
            "projectId"),
        new StrictCase(
            "minutes past the int range",
            bookings,
            booking + "\"date\":\"2026-11-02\",\"durationMinutes\":4294967356}",
            bookings,
            "durationMinutes"),
        new StrictCase(
            "NUL in a description",
            bookings,
            booking + "\"date\":\"2026-11-02\",\"description\":\"a\\u0000b\"}",
            bookings,
            "description"),
        new StrictCase(
            "escape character in a description",
            bookings,
            booking + "\"date\":\"2026-11-02\",\"description\":\"a\\u001bb\"}",
            bookings,
            "description"),
        new StrictCase(
            "booking in year 999999999",
            bookings,
            booking + "\"date\":\"+999999999-12-31\"}",
            bookings,
            "date"),
        new StrictCase(
            "booking in 2201", bookings, booking + "\"date\":\"2201-01-01\"}", bookings, "date"),
        new StrictCase(
            "booking in 1969", bookings, booking + "\"date\":\"1969-12-31\"}", bookings, "date"),
        new StrictCase(
            "absence in year -999999999",
            absences,
            absence + "\"from\":\"-999999999-01-01\",\"to\":\"2026-12-02\"}",
            absences,
            "from"),
        new StrictCase(
            "absence ending in 2300",
            absences,
            absence + "\"from\":\"2026-12-01\",\"to\":\"2300-01-01\"}",
            absences,
            "to"),
        new StrictCase(
            "NUL in an absence note",
            absences,
            absence + "\"from\":\"2026-12-01\",\"to\":\"2026-12-02\",\"note\":\"\\u0000\"}",
            absences,
            "note"),
        new StrictCase(
            "check-in in year -999999999",
            checkIn,
            "{\"employeeId\":{employee},\"at\":\"-999999999-01-01T00:00:00Z\"}",
            attendance,
            "at"),
        new StrictCase(
            "check-in in 1900",
            checkIn,
            "{\"employeeId\":{employee},\"at\":\"1900-01-01T00:00:00Z\"}",
            attendance,
            "at"),
        new StrictCase(
            "check-in tomorrow",
            checkIn,
            "{\"employeeId\":{employee},\"at\":\""
                + java.time.Instant.now().plusSeconds(86400)
                + "\"}",
            attendance,
            "at"),
        new StrictCase(
            "control character in a project name",
            projects,
            "{\"code\":\"STRICT-1\",\"name\":\"a\\u0007b\"}",
            projects,
            "name"),
        new StrictCase(
            "C1 control character in a project code",
            projects,
            "{\"code\":\"STRICT-\\u0085\",\"name\":\"x\"}",
            projects,
            "code"),
        new StrictCase(
            "trailing garbage after the document",
            projects,
            "{\"code\":\"STRICT-2\",\"name\":\"x\"} trailing",
            projects,
            "body"),
        new StrictCase(
            "a second document",
            projects,
            "{\"code\":\"STRICT-3\",\"name\":\"x\"}{\"code\":\"STRICT-4\",\"name\":\"y\"}",
            projects,
            "body"),
        new StrictCase(
            "\"yes\" for a boolean",
            bookings,
            booking + "\"date\":\"2026-11-02\",\"billable\":\"yes\"}",
            bookings,
            "billable"),
        new StrictCase(
            "1 for a boolean",
            bookings,
            booking + "\"date\":\"2026-11-02\",\"billable\":1}",
            bookings,
            "billable"),
        new StrictCase(
            "a number for a text", projects, "{\"code\":123,\"name\":\"x\"}", projects, "code"),
        new StrictCase(
            "an id as text",
            bookings,
            "{\"projectId\":\"{project}\",\"employeeId\":{employee},\"durationMinutes\":60,"
                + "\"date\":\"2026-11-02\"}",
            bookings,
            "projectId"),
        new StrictCase(
            "an array of two objects for one",
            projects,
            "[{\"code\":\"STRICT-6\",\"name\":\"x\"},{\"code\":\"STRICT-7\",\"name\":\"y\"}]",
            projects,
            "body"),
        new StrictCase(
            "a key twice",
            projects,
            "{\"code\":\"STRICT-8\",\"name\":\"x\",\"name\":\"y\"}",
            projects,
            "name"),
        new StrictCase(
            "a number of 1,101 digits",
            bookings,
            booking + "\"date\":\"2026-11-02\",\"billable\":" + "9".repeat(1101) + "}",
            bookings,
            "billable"),
        new StrictCase(
            "a day that does not exist",
            bookings,
            booking + "\"date\":\"2026-02-30\"}",
            bookings,
            "date"),
        new StrictCase(
            "a date without leading zeros",
            bookings,
            booking + "\"date\":\"2026-1-1\"}",
            bookings,
            "date"),
        new StrictCase(
            "an hour that does not exist",
            bookings,
            "{\"projectId\":{project},\"employeeId\":{employee},\"date\":\"2026-11-02\","
                + "\"start\":\"25:00\",\"end\":\"26:00\"}",
            bookings,
            "start"),
        new StrictCase(
            "an unknown absence type",
            absences,
            "{\"employeeId\":{employee},\"type\":\"HOLIDAY\",\"from\":\"2026-12-01\","
                + "\"to\":\"2026-12-02\"}",
            absences,
            "type"),
        new StrictCase(
            "an instant without its offset",
            checkIn,
            "{\"employeeId\":{employee},\"at\":\"2026-11-02T08:00:00\"}",
            attendance,
            "at"),
        new StrictCase(
            "a project that does not exist",
            bookings,
            booking.replace("{project}", NO_SUCH_ID) + "\"date\":\"2026-11-02\"}",
            bookings,
            "projectId"),
        new StrictCase(
            "a line manager who does not exist",
            "/api/employees",
            "{\"personnelNumber\":\"STRICT-9\",\"firstName\":\"A\",\"lastName\":\"B\","
                + "\"timeZone\":\"UTC\",\"lineManagerId\":"
                + NO_SUCH_ID
                + "}",
            "/api/employees",
            "lineManagerId"),
        new StrictCase(
            "a group scoped to a department nobody is in",
            "/api/user-groups",
            "{\"name\":\"Strict group\",\"permissions\":[\"TIME_VIEW_ALL\"],"
                + "\"scope\":\"DEPARTMENTS\",\"departments\":[\"No such department\"]}",
            "/api/user-groups",
            "departments"),
        new StrictCase(
            "an access authorisation that expired yesterday",
            "/api/access-authorisations",
            "{\"name\":\"Strict\",\"permissions\":[\"ATTENDANCE_CHECK_IN_OUT\"],"
                + "\"expiresOn\":\""
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2)
                + "\"}",
            "/api/access-authorisations",
            "expiresOn"),
        new StrictCase(
            "an access authorisation for a department nobody is in",
            "/api/access-authorisations",
            "{\"name\":\"Strict\",\"permissions\":[\"ATTENDANCE_CHECK_IN_OUT\"],"
                + "\"employeeScope\":{\"departments\":[\"No such department\"]}}",
            "/api/access-authorisations",
            "employeeScope"),
        new StrictCase(
            "nested a thousand deep",
            projects,
            "{\"code\":\"STRICT-5\",\"name\":\"x\",\"extra\":"
                + "[".repeat(1000)
                + "]".repeat(1000)
                + "}",
            projects,
            "extra" + "[0]".repeat(31)));
  }

  private static Api.Employee strictEmployee;
  private static long strictProject;

  private static synchronized String fill(String body) {
    if (strictEmployee == null) {
      strictEmployee = Api.createEmployee();
      strictProject =
          Api.admin()
              .bearer()
              .contentType(ContentType.JSON)
              .body(Map.of("code", Api.unique("S").toUpperCase(), "name", "Strict"))
              .post("/api/projects")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("id");
    }
    return body.replace("{project}", Long.toString(strictProject))
        .replace("{employee}", Long.toString(strictEmployee.id()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strictCases")
  void ambiguousInputIsRefusedNamingTheFieldAndWritesNothing(StrictCase c) {
    String body = fill(c.body());
    long before = total(c.collection());
    Response response =
        Api.admin().bearer().contentType(ContentType.JSON).body(body).post(c.path());
    assertProblem(response, c.toString());
    assertThat(response.statusCode()).as(c.toString()).isEqualTo(400);
    assertThat(response.jsonPath().getList("errors.field", String.class))
        .as(c + ": " + response.asString())
        .contains(c.field());
    assertThat(total(c.collection())).as("nothing written by " + c).isEqualTo(before);
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedNotStoredAsReplacementCharacters() {
    long before = total("/api/projects");
    byte[] latin1 =
        "{\"code\":\"LATIN-1\",\"name\":\"Caf\u00e9\"}"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Response response =
        Api.admin()
            .bearer()
            .contentType("application/json; charset=utf-8")
            .body(latin1)
            .post("/api/projects");
    assertProblem(response, "Latin-1 bytes");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getList("errors.field", String.class)).containsExactly("body");
    assertThat(total("/api/projects")).isEqualTo(before);
  }

  @Test
  void aHugeNumberWithoutCredentialsIsABadRequestNotAServerError() {
    Response response =
        Api.anonymous()
            .contentType(ContentType.JSON)
            .body(
                "{\"email\":\"a@b.c\",\"password\":"
                    + "1".repeat(1101)
                    + ",\"deviceName\":\"x\",\"deviceType\":\"x\"}")
            .post("/api/device");
    assertProblem(response, "1,101 digits");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getList("errors.field", String.class))
        .containsExactly("password");
  }

  @Test
  void tooManyOfflineEventsAreCountedAsEvents() {
    String event = "{\"eventId\":\"e\",\"type\":\"CHECK_IN\",\"at\":\"2026-11-02T08:00:00Z\"}";
    String body =
        "{\"events\":[" + String.join(",", java.util.Collections.nCopies(501, event)) + "]}";
    Response response =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/attendance/events");
    assertProblem(response, "501 events");
    assertThat(response.jsonPath().getList("errors.field", String.class)).containsExactly("events");
    assertThat(response.jsonPath().getString("errors[0].message"))
        .isEqualTo("events must have at most 500 events; send the rest in another request");
  }

  @Test
  void theSameInputWithinTheBoundsIsAccepted() {
    // the control for the strict cases: they fail for the named field, not for the rest
    String body =
        fill(
            "{\"projectId\":{project},\"employeeId\":{employee},\"durationMinutes\":60,"
                + "\"date\":\"2026-11-02\",\"description\":\"tab\\tand\\nnew line\"}");
    Response response =
        Api.admin().bearer().contentType(ContentType.JSON).body(body).post("/api/time-bookings");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    assertThat(response.jsonPath().getString("description")).isEqualTo("tab\tand\nnew line");
  }

  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsParsed() {
    long before = total("/api/projects");
    String huge = "{\"code\":\"HUGE\",\"name\":\"" + "x".repeat(1100 * 1024) + "\"}";
    Response declared =
        Api.admin().bearer().contentType(ContentType.JSON).body(huge).post("/api/projects");
    assertThat(declared.statusCode()).isEqualTo(413);
    assertProblem(declared, "413");
    assertThat(total("/api/projects")).isEqualTo(before);
  }

  static Stream<Arguments> badReads() {
    return Stream.of(
        Arguments.of("/api/projects?limit=100000"),
        Arguments.of("/api/time-bookings?from=notadate"),
        Arguments.of("/api/time-bookings?limit=-1"),
        Arguments.of("/api/absences?status=MAYBE"),
        Arguments.of("/api/employees?offset=-5"),
        Arguments.of("/api/projects/" + NO_SUCH_ID),
        Arguments.of("/api/time-bookings/" + NO_SUCH_ID),
        Arguments.of("/api/absences/" + NO_SUCH_ID),
        Arguments.of("/api/attendance/" + NO_SUCH_ID),
        Arguments.of("/api/employees/" + NO_SUCH_ID),
        Arguments.of("/api/users/" + NO_SUCH_ID),
        Arguments.of("/api/user-groups/" + NO_SUCH_ID),
        Arguments.of("/api/projects/not-a-number"),
        Arguments.of("/api/projects/18446744073709552573"),
        Arguments.of("/api/time-bookings?projectId=18446744073709552573"),
        Arguments.of("/api/time-bookings?projectId=957.7"),
        Arguments.of("/api/time-bookings?from=%2B999999999-12-31"),
        Arguments.of("/api/attendance?from=-999999999-01-01T00:00:00Z"),
        Arguments.of("/api/users?active=maybe"),
        Arguments.of("/api/users?active=1"),
        Arguments.of("/api/employees?active=yes"),
        Arguments.of("/api/time-bookings?employeId=1"),
        Arguments.of("/api/devices?offset=x"),
        Arguments.of("/api/me?verbose=true"));
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("badReads")
  void badReadsAreRefused(String path) {
    assertProblem(Api.admin().bearer().get(path), path);
  }

  @Test
  void aStaleOrConcurrentUpdateIsRefusedAndLosesNothing() {
    String code = Api.unique("P").toUpperCase();
    Response created =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(Map.of("code", code, "name", "Original"))
            .post("/api/projects");
    created.then().statusCode(201);
    long id = created.jsonPath().getLong("id");
    String etag = created.header("ETag");
    assertThat(etag).isNotBlank();

    // Two clients read the same version; the first write wins, the second is refused.
    Api.admin()
        .bearer()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(Map.of("code", code, "name", "First"))
        .put("/api/projects/" + id)
        .then()
        .statusCode(200);
    Response second =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .header("If-Match", etag)
            .body(Map.of("code", code, "name", "Second"))
            .put("/api/projects/" + id);
    assertThat(second.statusCode()).isEqualTo(412);
    assertProblem(second, "stale update");
    Api.admin().bearer().get("/api/projects/" + id).then().statusCode(200).extract().path("name");
    assertThat(Api.admin().bearer().get("/api/projects/" + id).jsonPath().getString("name"))
        .isEqualTo("First");

    Response garbage =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .header("If-Match", "not-an-etag")
            .body(Map.of("code", code, "name", "Third"))
            .put("/api/projects/" + id);
    assertProblem(garbage, "malformed If-Match");
  }
}
