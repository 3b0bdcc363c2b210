package org.teamward.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;

/**
 * Ids cannot be probed: for every API resource with an id, a record the policy hides from the
 * caller and an id that does not exist answer byte for byte the same (404, problem+json, the same
 * detail), whether read, changed or named as the employee of a new record. The two bodies are
 * compared with each other; no text is assumed.
 */
public abstract class ProbingTests {

  /** An id no table reaches in a test run. */
  static final long MISSING = 987_654_321_987L;

  @Test
  void anotherEmployeesTimeBookingIsLikeAMissingOne() {
    Api.Actor caller = Api.createActor(Set.of("TIME_BOOK_OWN"));
    Api.Employee other = Api.createEmployee();
    long project = ApiSteps.withProject(caller).id("project");
    Map<String, Object> booking =
        Map.of(
            "employeeId",
            other.id(),
            "projectId",
            project,
            "date",
            ApiSteps.today(),
            "durationMinutes",
            30);
    long hidden = created(Api.admin().bearer(), "/api/time-bookings", booking);
    Map<String, Object> change =
        Map.of("projectId", project, "date", ApiSteps.today(), "durationMinutes", 45);

    sameAnswer(caller, id -> caller.device().bearer().get("/api/time-bookings/" + id), hidden);
    // the hidden record's current ETag, sent for the missing id as well: only the id differs
    String tag = Api.etag("/api/time-bookings/" + hidden);
    sameAnswer(
        caller,
        id -> json(caller).header("If-Match", tag).body(change).put("/api/time-bookings/" + id),
        hidden);
    sameAnswer(
        caller,
        id -> caller.device().bearer().header("If-Match", tag).delete("/api/time-bookings/" + id),
        hidden);
    sameAnswerInTheBody(
        caller,
        id ->
            json(caller)
                .body(
                    Map.of(
                        "employeeId",
                        id,
                        "projectId",
                        project,
                        "date",
                        ApiSteps.today(),
                        "durationMinutes",
                        30))
                .post("/api/time-bookings"),
        other.id());
  }

  @Test
  void anotherEmployeesAttendanceIsLikeAMissingOne() {
    Api.Actor caller = Api.createActor(Set.of("ATTENDANCE_CHECK_IN_OUT"));
    Api.Employee other = Api.createEmployee();
    long hidden = ApiSteps.freshlyCheckedIn(other.id()).jsonPath().getLong("id");

    sameAnswer(caller, id -> caller.device().bearer().get("/api/attendance/" + id), hidden);
    for (String clocking : List.of("check-in", "check-out", "break-start", "break-end")) {
      sameAnswerInTheBody(
          caller,
          id -> json(caller).body(Map.of("employeeId", id)).post("/api/attendance/" + clocking),
          other.id());
    }
    sameAnswer(
        caller,
        id -> caller.device().bearer().get("/api/attendance/current?employeeId=" + id),
        other.id());
  }

  @Test
  void anotherEmployeesAbsenceIsLikeAMissingOne() {
    Api.Actor caller = Api.createActor(Set.of("ABSENCE_REQUEST"));
    long hidden = ApiSteps.withRequestedAbsence(caller).id("absence");
    long otherEmployee = Api.createEmployee().id();
    String date = ApiSteps.monday();

    sameAnswer(caller, id -> caller.device().bearer().get("/api/absences/" + id), hidden);
    String tag = Api.etag("/api/absences/" + hidden);
    sameAnswer(
        caller,
        id ->
            json(caller)
                .header("If-Match", tag)
                .body(Map.of())
                .post("/api/absences/" + id + "/cancel"),
        hidden);
    sameAnswerInTheBody(
        caller,
        id ->
            json(caller)
                .body(Map.of("employeeId", id, "type", "ANNUAL_LEAVE", "from", date, "to", date))
                .post("/api/absences"),
        otherEmployee);
  }

  @Test
  void anotherEmployeeIsLikeAMissingOne() {
    Api.Actor caller = Api.createActor(Set.of("PROJECT_VIEW"));
    long hidden = Api.createEmployee().id();
    sameAnswer(caller, id -> caller.device().bearer().get("/api/employees/" + id), hidden);
  }

  @Test
  void anotherPersonsDevicePasswordIsLikeAMissingOne() {
    Api.Actor caller = Api.createActor(Set.of("PROJECT_VIEW"));
    Api.Actor owner = Api.createActor(Set.of("PROJECT_VIEW"));
    sameAnswer(
        caller, id -> caller.device().bearer().delete("/api/devices/" + id), owner.device().id());
    owner.device().bearer().get("/api/me").then().statusCode(200);
  }

  /**
   * Projects, accounts and groups belong to no employee, so no policy hides one from a caller who
   * may read them; to one who may not, an existing id answers exactly as a missing one, so the
   * refusal tells nothing about which ids exist.
   */
  @Test
  void withoutTheRightAnExistingProjectAccountOrGroupIsLikeAMissingOne() {
    Api.Actor caller = Api.createActor(Set.of("TIME_BOOK_OWN"));
    long project = ApiSteps.withProject(caller).id("project");
    long group = Api.createGroup(Set.of("PROJECT_VIEW"));
    for (var read :
        Map.of(
                "/api/projects/", project,
                "/api/users/", caller.person().id(),
                "/api/user-groups/", group)
            .entrySet()) {
      Response existing = caller.device().bearer().get(read.getKey() + read.getValue());
      Response missing = caller.device().bearer().get(read.getKey() + MISSING);
      assertThat(existing.statusCode()).as(read.getKey()).isIn(403, 404);
      assertThat(existing.contentType()).startsWith("application/problem+json");
      assertThat(existing.statusCode()).as(read.getKey()).isEqualTo(missing.statusCode());
      assertThat(existing.asString()).as(read.getKey()).isEqualTo(missing.asString());
    }
  }

  /**
   * The record hidden from the caller and the missing id answer alike: 404, problem+json, and the
   * very same body.
   */
  private static void sameAnswer(
      Api.Actor caller, Function<Long, Response> request, long hiddenId) {
    sameAnswer(caller, request, hiddenId, 404);
  }

  /**
   * The same for a record a request's body names: 400 naming the field, since it is the body that
   * is wrong, not the URL.
   */
  private static void sameAnswerInTheBody(
      Api.Actor caller, Function<Long, Response> request, long hiddenId) {
    sameAnswer(caller, request, hiddenId, 400);
  }

  private static void sameAnswer(
      Api.Actor caller, Function<Long, Response> request, long hiddenId, int status) {
    Response hidden = request.apply(hiddenId);
    Response missing = request.apply(MISSING);
    assertThat(missing.statusCode()).as("a missing id").isEqualTo(status);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(hidden.statusCode())
        .as("a record hidden from %s: %s", caller.person().email(), hidden.asString())
        .isEqualTo(status);
    assertThat(hidden.contentType()).startsWith("application/problem+json");
    assertThat(hidden.asString()).as("hidden and missing bodies").isEqualTo(missing.asString());
  }

  private static RequestSpecification json(Api.Actor caller) {
    return caller.device().bearer().contentType(ContentType.JSON);
  }

  private static long created(RequestSpecification request, String path, Map<String, ?> body) {
    return request
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
