package org.teamward.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint against bad input: malformed JSON, wrong types, missing and oversized fields,
 * unknown enum values, impossible dates, huge limits, ids that don't exist, stale and concurrent
 * updates. Each must answer a 4xx problem+json, and nothing may be half-written.
 */
abstract class BadInputTests {

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
        Arguments.of("/api/projects/not-a-number"));
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
