package org.teamward.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every write answers the ETag of the state it committed: a client may send it straight back in
 * {@code If-Match} and the next write succeeds, and a fresh read shows the same tag. Goes through
 * every resource and every write operation that answers a record.
 */
abstract class EtagTests {

  /** Checks the answer of one write and returns its ETag for the next write. */
  static String written(Response response, int status, String path, String label) {
    assertThat(response.statusCode()).as(label + ": " + response.asString()).isEqualTo(status);
    String etag = response.header("ETag");
    assertThat(etag).as(label + " ETag").isNotBlank();
    String read = Api.admin().bearer().get(path).then().statusCode(200).extract().header("ETag");
    assertThat(etag).as(label + ": the ETag of the committed state").isEqualTo(read);
    return etag;
  }

  static RequestSpecification admin() {
    return Api.admin().bearer().contentType(ContentType.JSON);
  }

  static long id(Response response) {
    return response.jsonPath().getLong("id");
  }

  @Test
  void projects() {
    String code = Api.unique("E").toUpperCase();
    Response created = admin().body(Map.of("code", code, "name", "One")).post("/api/projects");
    String path = "/api/projects/" + id(created);
    String etag = written(created, 201, path, "create project");
    etag =
        written(
            admin().header("If-Match", etag).body(Map.of("code", code, "name", "Two")).put(path),
            200,
            path,
            "update project");
    etag = written(admin().header("If-Match", etag).post(path + "/archive"), 200, path, "archive");
    admin().header("If-Match", etag).delete(path).then().statusCode(204);
  }

  @Test
  void timeBookings() {
    long project = project();
    long employee = Api.createEmployee().id();
    Map<String, Object> body =
        Map.of(
            "projectId",
            project,
            "employeeId",
            employee,
            "date",
            "2026-11-02",
            "durationMinutes",
            60);
    Response created = admin().body(body).post("/api/time-bookings");
    String path = "/api/time-bookings/" + id(created);
    String etag = written(created, 201, path, "create booking");
    etag =
        written(
            admin()
                .header("If-Match", etag)
                .body(
                    Map.of(
                        "projectId",
                        project,
                        "employeeId",
                        employee,
                        "date",
                        "2026-11-02",
                        "durationMinutes",
                        90))
                .put(path),
            200,
            path,
            "update booking");
    admin().header("If-Match", etag).delete(path).then().statusCode(204);
  }

  @Test
  void employees() {
    Map<String, Object> body =
        Map.of(
            "personnelNumber", Api.unique("PN"),
            "firstName", "Etag",
            "lastName", "One",
            "timeZone", "UTC");
    Response created = admin().body(body).post("/api/employees");
    String path = "/api/employees/" + id(created);
    String etag = written(created, 201, path, "create employee");
    Map<String, Object> changed = new java.util.HashMap<>(body);
    changed.put("lastName", "Two");
    etag = written(admin().header("If-Match", etag).body(changed).put(path), 200, path, "update");
    changed.put("lastName", "Three");
    written(admin().header("If-Match", etag).body(changed).put(path), 200, path, "update again");
  }

  @Test
  void usersAndGroups() {
    Response group =
        admin()
            .body(Map.of("name", Api.unique("g"), "permissions", List.of("PROJECT_VIEW")))
            .post("/api/user-groups");
    String groupPath = "/api/user-groups/" + id(group);
    String groupTag = written(group, 201, groupPath, "create group");
    groupTag =
        written(
            admin()
                .header("If-Match", groupTag)
                .body(Map.of("name", Api.unique("g"), "permissions", List.of("PROJECT_VIEW")))
                .put(groupPath),
            200,
            groupPath,
            "update group");

    Response user =
        admin()
            .body(
                Map.of(
                    "email",
                    Api.unique("etag") + "@teamward.test",
                    "name",
                    "Etag",
                    "groups",
                    List.of(id(group))))
            .post("/api/users");
    String userPath = "/api/users/" + id(user);
    String userTag = written(user, 201, userPath, "create user");
    userTag =
        written(
            admin().header("If-Match", userTag).body(Map.of("name", "Etag Two")).put(userPath),
            200,
            userPath,
            "update user");
    written(
        admin().header("If-Match", userTag).body(Map.of("active", false)).put(userPath),
        200,
        userPath,
        "deactivate user");

    Response emptyGroup =
        admin()
            .body(Map.of("name", Api.unique("g"), "permissions", List.of("PROJECT_VIEW")))
            .post("/api/user-groups");
    String emptyPath = "/api/user-groups/" + id(emptyGroup);
    String emptyTag = written(emptyGroup, 201, emptyPath, "create group");
    admin().header("If-Match", emptyTag).delete(emptyPath).then().statusCode(204);
  }

  @Test
  void absences() {
    Api.Actor actor = Api.createActor(Set.of("ABSENCE_REQUEST"));
    LocalDate start = LocalDate.now().plusYears(1).withDayOfMonth(1);

    // requested, approved, cancelled: three writes, each with the ETag of the one before
    String path = requested(actor, start);
    String etag = Api.admin().bearer().get(path).header("ETag");
    etag = written(admin().header("If-Match", etag).post(path + "/approve"), 200, path, "approve");
    written(admin().header("If-Match", etag).post(path + "/cancel"), 200, path, "cancel");

    String rejected = requested(actor, start.plusDays(10));
    etag = Api.admin().bearer().get(rejected).header("ETag");
    written(admin().header("If-Match", etag).post(rejected + "/reject"), 200, rejected, "reject");

    // the requester cancels their own request with the ETag the request answered
    RequestSpecification own =
        actor
            .device()
            .bearer()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "type", "ANNUAL_LEAVE",
                    "from", start.plusDays(20).toString(),
                    "to", start.plusDays(21).toString()));
    Response request = own.post("/api/absences");
    String ownPath = "/api/absences/" + id(request);
    etag = written(request, 201, ownPath, "request absence");
    actor
        .device()
        .bearer()
        .header("If-Match", etag)
        .post(ownPath + "/cancel")
        .then()
        .statusCode(200);

    // recorded for someone else: approved at once, and the answer's ETag is still true
    Response recorded =
        admin()
            .body(
                Map.of(
                    "employeeId", actor.employee().id(),
                    "type", "SICKNESS",
                    "from", start.plusDays(30).toString(),
                    "to", start.plusDays(30).toString()))
            .post("/api/absences");
    String recordedPath = "/api/absences/" + id(recorded);
    etag = written(recorded, 201, recordedPath, "record absence");
    written(
        admin().header("If-Match", etag).post(recordedPath + "/cancel"),
        200,
        recordedPath,
        "cancel recorded");
  }

  private static String requested(Api.Actor actor, LocalDate from) {
    Response response =
        actor
            .device()
            .bearer()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "type", "ANNUAL_LEAVE",
                    "from", from.toString(),
                    "to", from.plusDays(1).toString()))
            .post("/api/absences");
    response.then().statusCode(201);
    return "/api/absences/" + id(response);
  }

  @Test
  void attendance() {
    Api.Employee employee = Api.createEmployee();
    Instant at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    Response in =
        admin()
            .body(Map.of("employeeId", employee.id(), "at", at.toString()))
            .post("/api/attendance/check-in");
    String path = "/api/attendance/" + id(in);
    String etag = written(in, 201, path, "check in");
    etag =
        written(
            admin()
                .header("If-Match", etag)
                .body(Map.of("checkIn", at.minus(5, ChronoUnit.MINUTES).toString()))
                .put(path),
            200,
            path,
            "correct");
    Response out =
        admin()
            .body(Map.of("employeeId", employee.id(), "at", at.plusSeconds(3600).toString()))
            .post("/api/attendance/check-out");
    etag = written(out, 200, path, "check out");
    etag =
        written(
            admin()
                .header("If-Match", etag)
                .body(Map.of("checkIn", at.toString(), "checkOut", at.plusSeconds(1800).toString()))
                .put(path),
            200,
            path,
            "correct again");
    admin().header("If-Match", etag).delete(path).then().statusCode(204);
  }

  private static long project() {
    return id(
        admin()
            .body(Map.of("code", Api.unique("E").toUpperCase(), "name", "Etag"))
            .post("/api/projects")
            .then()
            .statusCode(201)
            .extract()
            .response());
  }
}
