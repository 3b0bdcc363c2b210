package org.teamward.it.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

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
import org.teamward.it.support.Api;
import org.teamward.it.support.Secrets;

/**
 * Every write answers the ETag of the state it committed: a client may send it straight back in
 * {@code If-Match} and the next write succeeds, and a fresh read shows the same tag. Goes through
 * every resource and every write operation that answers a record.
 */
public abstract class EtagTests {

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

  // --- If-Match is required, strong, and a refusal writes nothing ------------------------------

  @Test
  void withoutIfMatchAPutADeleteAndATransitionAnswer428AndWriteNothing() {
    String code = Api.unique("E").toUpperCase();
    Response created = admin().body(Map.of("code", code, "name", "Kept")).post("/api/projects");
    String path = "/api/projects/" + id(created);
    String before = written(created, 201, path, "create project");

    preconditionRequired(
        admin().body(Map.of("code", code, "name", "Lost")).put(path), "PUT without If-Match");
    unchanged(path, before, "PUT without If-Match");
    preconditionRequired(admin().delete(path), "DELETE without If-Match");
    unchanged(path, before, "DELETE without If-Match");
    preconditionRequired(admin().post(path + "/archive"), "archive without If-Match");
    unchanged(path, before, "archive without If-Match");
    Api.admin().bearer().get(path).then().body("name", is("Kept")).body("status", is("ACTIVE"));

    // an empty header is no precondition either
    preconditionRequired(
        admin().header("If-Match", "").body(Map.of("code", code, "name", "Lost")).put(path),
        "PUT with an empty If-Match");
    unchanged(path, before, "PUT with an empty If-Match");
  }

  @Test
  void withoutIfMatchAbsenceDecisionsAndRevocationsAnswer428AndWriteNothing() {
    Api.Actor actor = Api.createActor(Set.of("ABSENCE_REQUEST"));
    String absence = requested(actor, LocalDate.now().plusYears(1).withDayOfMonth(3));
    String before = Api.etag(absence);
    for (String transition : List.of("/approve", "/reject", "/cancel")) {
      preconditionRequired(admin().post(absence + transition), transition + " without If-Match");
      unchanged(absence, before, transition + " without If-Match");
    }
    Api.admin().bearer().get(absence).then().body("status", is("REQUESTED"));

    Api.Interface terminal = projectReader();
    String interfacePath = "/api/access-authorisations/" + terminal.id();
    String interfaceTag = Api.etag(interfacePath);
    preconditionRequired(admin().delete(interfacePath), "revoke without If-Match");
    unchanged(interfacePath, interfaceTag, "revoke without If-Match");
    terminal.bearer().get("/api/projects").then().statusCode(200);
    admin().header("If-Match", interfaceTag).delete(interfacePath).then().statusCode(204);
    terminal.bearer().get("/api/projects").then().statusCode(401);
  }

  @Test
  void aWeakTagIsRefusedNamingIfMatchAndWritesNothing() {
    String code = Api.unique("E").toUpperCase();
    Response created = admin().body(Map.of("code", code, "name", "Kept")).post("/api/projects");
    String path = "/api/projects/" + id(created);
    String etag = written(created, 201, path, "create project");
    String weak = "W/" + etag;

    refusedIfMatch(
        admin().header("If-Match", weak).body(Map.of("code", code, "name", "Lost")).put(path),
        "PUT with a weak tag");
    unchanged(path, etag, "PUT with a weak tag");
    refusedIfMatch(admin().header("If-Match", weak).delete(path), "DELETE with a weak tag");
    unchanged(path, etag, "DELETE with a weak tag");
    refusedIfMatch(
        admin().header("If-Match", weak).post(path + "/archive"), "archive with a weak tag");
    unchanged(path, etag, "archive with a weak tag");
    Api.admin().bearer().get(path).then().body("name", is("Kept")).body("status", is("ACTIVE"));
  }

  @Test
  void anyVersionIsRefusedWhereTheRecordHasOne() {
    String code = Api.unique("E").toUpperCase();
    Response created = admin().body(Map.of("code", code, "name", "Kept")).post("/api/projects");
    String path = "/api/projects/" + id(created);
    String etag = written(created, 201, path, "create project");

    Response put =
        admin().header("If-Match", "*").body(Map.of("code", code, "name", "Lost")).put(path);
    refusedIfMatch(put, "PUT with If-Match: *");
    assertThat(put.jsonPath().getString("errors[0].message")).contains("strong ETag");
    unchanged(path, etag, "PUT with If-Match: *");
    refusedIfMatch(admin().header("If-Match", "*").delete(path), "DELETE with If-Match: *");
    unchanged(path, etag, "DELETE with If-Match: *");
    refusedIfMatch(
        admin().header("If-Match", "*").post(path + "/archive"), "archive with If-Match: *");
    unchanged(path, etag, "archive with If-Match: *");
    Api.admin().bearer().get(path).then().body("name", is("Kept")).body("status", is("ACTIVE"));
  }

  /** Without If-Match, a record hidden from the caller answers byte for byte like a missing one. */
  @Test
  void withoutIfMatchAHiddenRecordAnswersLikeAMissingOne() {
    Api.Actor caller = Api.createActor(Set.of("TIME_BOOK_OWN"));
    long project = project();
    long other = Api.createEmployee().id();
    Map<String, Object> booking =
        Map.of(
            "projectId", project, "employeeId", other, "date", "2026-11-03", "durationMinutes", 30);
    String hidden = "/api/time-bookings/" + id(admin().body(booking).post("/api/time-bookings"));
    String missing = "/api/time-bookings/" + Long.MAX_VALUE;
    RequestSpecification as = caller.device().bearer().contentType(ContentType.JSON);
    Map<String, Object> change =
        Map.of("projectId", project, "date", "2026-11-03", "durationMinutes", 45);

    Response hiddenPut = as.body(change).put(hidden);
    Response missingPut =
        caller.device().bearer().contentType(ContentType.JSON).body(change).put(missing);
    preconditionRequired(hiddenPut, "PUT of a hidden record");
    assertThat(hiddenPut.asString()).isEqualTo(missingPut.asString());
    Response hiddenDelete = caller.device().bearer().delete(hidden);
    Response missingDelete = caller.device().bearer().delete(missing);
    preconditionRequired(hiddenDelete, "DELETE of a hidden record");
    assertThat(hiddenDelete.asString()).isEqualTo(missingDelete.asString());
  }

  @Test
  void aPasswordRenewalAnswersTheETagOfTheRenewedAuthorisation() {
    Api.Interface terminal = projectReader();
    String path = "/api/access-authorisations/" + terminal.id();
    String before = Api.etag(path);
    Response renewed = Api.admin().bearer().post(path + "/password");
    Secrets.remember(renewed.jsonPath().getString("password"));
    String etag = written(renewed, 200, path, "renew password");
    assertThat(etag).as("the renewal is a new version").isNotEqualTo(before);
    assertThat(etag)
        .as("the ETag names the version the body shows")
        .isEqualTo("\"" + renewed.jsonPath().getLong("authorisation.version") + "\"");
    // and it can be sent straight back
    admin().header("If-Match", etag).delete(path).then().statusCode(204);
  }

  private static void preconditionRequired(Response response, String label) {
    assertThat(response.statusCode()).as(label + ": " + response.asString()).isEqualTo(428);
    assertThat(response.contentType()).as(label).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("type"))
        .as(label)
        .isEqualTo("https://teamward.org/problems/precondition-required");
    assertThat(response.jsonPath().getInt("status")).as(label).isEqualTo(428);
    assertThat(response.jsonPath().getString("detail")).as(label).contains("If-Match");
  }

  private static void refusedIfMatch(Response response, String label) {
    assertThat(response.statusCode()).as(label + ": " + response.asString()).isEqualTo(400);
    assertThat(response.contentType()).as(label).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("errors[0].field")).as(label).isEqualTo("If-Match");
  }

  /** Nothing was written: the record reads as before, with the same version. */
  private static void unchanged(String path, String etag, String label) {
    Response read = Api.admin().bearer().get(path);
    assertThat(read.statusCode()).as(label + ": still there").isEqualTo(200);
    assertThat(read.header("ETag")).as(label + ": nothing written").isEqualTo(etag);
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

  private static Api.Interface projectReader() {
    return Api.createInterface(
        Map.of(
            "name", Api.unique("etag interface"),
            "permissions", List.of("PROJECT_VIEW"),
            "employeeScope", "all",
            "allowedNetworks", List.of(),
            "active", true));
  }
}
