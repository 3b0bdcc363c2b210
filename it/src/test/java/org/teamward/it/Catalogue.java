package org.teamward.it;

import static org.teamward.it.Operation.Relation.NONE;
import static org.teamward.it.Operation.Relation.OTHER;
import static org.teamward.it.Operation.Relation.OWN;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.teamward.it.Operation.Fixture;

/**
 * The operation catalogue: every domain use case that changes something, described once. The parity
 * suite runs each entry for a person with and without the permission, through the API and through
 * the web UI, and expects the same outcome in both.
 */
final class Catalogue {

  static final String REFUSED = "You do not have the permission for this page.";

  /** Use cases that are deliberately not in the catalogue, each with the reason. */
  static final Map<String, String> NOT_IN_CATALOGUE =
      Map.ofEntries(
          // Reads: they change nothing, and their rights decide which pages and rows show, which
          // the entries below already depend on; the API and web suites exercise them directly.
          Map.entry("Projects.list", "read-only"),
          Map.entry("Projects.get", "read-only"),
          Map.entry("TimeBookings.list", "read-only"),
          Map.entry("TimeBookings.get", "read-only"),
          Map.entry("TimeBookings.hoursPerProject", "read-only (dashboard)"),
          Map.entry("TimeBookings.bookableEmployees", "read-only (booking form choices)"),
          Map.entry("TimeBookings.bookableProjects", "read-only (booking form choices)"),
          Map.entry("Attendance.list", "read-only"),
          Map.entry("Attendance.get", "read-only"),
          Map.entry("Attendance.current", "read-only"),
          Map.entry("Attendance.checkedInNow", "read-only"),
          Map.entry("Absences.list", "read-only, any signed-in caller"),
          Map.entry("Absences.get", "read-only, any signed-in caller"),
          Map.entry("Absences.absentBetween", "read-only, any signed-in caller"),
          Map.entry("Employees.list", "read-only, any signed-in caller"),
          Map.entry("Employees.get", "read-only, any signed-in caller"),
          Map.entry("Users.list", "read-only"),
          Map.entry("Users.get", "read-only"),
          Map.entry("UserGroups.list", "read-only"),
          Map.entry("UserGroups.get", "read-only"),
          // Writes not yet in the matrix.
          Map.entry("Attendance.startBreak", "not yet in the matrix; same rights as checkIn"),
          Map.entry("Attendance.endBreak", "not yet in the matrix; same rights as checkIn"),
          // The caller's own account: no permission, and no other person's record involved.
          Map.entry("Users.me", "@Authenticated: the caller's own grant (GET /api/me)"),
          Map.entry("Users.changeOwnPassword", "@Authenticated: own account, web only"),
          Map.entry("Users.mustChangePassword", "@Authenticated: own account, web only"),
          Map.entry("Users.findActiveByEmail", "@Public: sign-in look-up"),
          Map.entry("DevicePasswords.create", "SYNCHRONISATION: covered by the device suite"),
          Map.entry("DevicePasswords.createWithPassword", "@Public: POST /api/device"),
          Map.entry("DevicePasswords.listOwn", "@Authenticated: own devices only"),
          Map.entry("DevicePasswords.regenerate", "@Authenticated: own devices only"),
          Map.entry("DevicePasswords.revoke", "@Authenticated: own devices only"),
          Map.entry("DevicePasswords.rename", "@Authenticated: own devices only"),
          Map.entry("DevicePasswords.revokeAllOwn", "@Authenticated: own devices only"));

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private Catalogue() {}

  static List<Operation> operations() {
    return List.of(
        new Operation(
            "Projects.create",
            "PROJECT_CREATE",
            NONE,
            Set.of("PROJECT_VIEW", "PROJECT_CREATE"),
            Set.of("PROJECT_VIEW"),
            actor -> new Fixture(actor).with("code", code()),
            (f, device) ->
                post(device, "/api/projects", Map.of("code", f.text("code"), "name", "API")),
            (f, b) -> {
              if (!page(b, "/projects/projects.xhtml", By.id("projects:create"))) {
                return false;
              }
              b.click(By.id("projects:create"));
              b.visible(By.id("projects:code"));
              b.type(By.id("projects:code"), f.text("code"));
              b.type(By.id("projects:name"), "Web");
              b.click(By.id("projects:save"));
              return true;
            },
            f -> total("/api/projects?q=" + f.text("code"))),
        new Operation(
            "Projects.update",
            "PROJECT_EDIT",
            NONE,
            Set.of("PROJECT_VIEW", "PROJECT_EDIT"),
            Set.of("PROJECT_VIEW"),
            Catalogue::withProject,
            (f, device) ->
                put(
                    device,
                    "/api/projects/" + f.id("project"),
                    Map.of("code", f.text("code"), "name", "Renamed")),
            (f, b) -> {
              WebElement edit = projectRowButton(b, f, "edit");
              if (edit == null) {
                return false;
              }
              edit.click();
              b.visible(By.id("projects:name"));
              b.type(By.id("projects:name"), "Renamed");
              b.click(By.id("projects:save"));
              return true;
            },
            f -> read("/api/projects/" + f.id("project"))),
        new Operation(
            "Projects.archive",
            "PROJECT_EDIT",
            NONE,
            Set.of("PROJECT_VIEW", "PROJECT_EDIT"),
            Set.of("PROJECT_VIEW"),
            Catalogue::withProject,
            (f, device) -> post(device, "/api/projects/" + f.id("project") + "/archive", Map.of()),
            (f, b) -> confirmed(b, projectRowButton(b, f, "archive")),
            f -> read("/api/projects/" + f.id("project"))),
        new Operation(
            "Projects.delete",
            "PROJECT_DELETE",
            NONE,
            Set.of("PROJECT_VIEW", "PROJECT_DELETE"),
            Set.of("PROJECT_VIEW", "PROJECT_EDIT"),
            Catalogue::withProject,
            (f, device) -> device.bearer().delete("/api/projects/" + f.id("project")).statusCode(),
            (f, b) -> confirmed(b, projectRowButton(b, f, "delete")),
            f -> read("/api/projects/" + f.id("project"))),
        // Booking needs neither PROJECT_VIEW nor EMPLOYEE_VIEW, in either channel: the form's
        // choices come from TimeBookings.bookableProjects/bookableEmployees.
        bookingCreate(OWN, "TIME_BOOK_OWN", Set.of("TIME_BOOK_OWN"), Set.of("TIME_VIEW_ALL")),
        bookingCreate(
            OTHER,
            "TIME_BOOK_OTHERS",
            Set.of("TIME_BOOK_OTHERS", "TIME_VIEW_ALL"),
            Set.of("TIME_BOOK_OWN", "TIME_VIEW_ALL")),
        bookingDelete(
            OWN,
            "TIME_BOOK_OWN",
            Set.of("TIME_BOOK_OWN", "PROJECT_VIEW"),
            Set.of("TIME_VIEW_ALL", "PROJECT_VIEW")),
        bookingDelete(
            OTHER,
            "TIME_BOOK_OTHERS",
            Set.of("TIME_BOOK_OTHERS", "TIME_VIEW_ALL", "PROJECT_VIEW"),
            Set.of("TIME_BOOK_OWN", "TIME_VIEW_ALL", "PROJECT_VIEW")),
        bookingUpdate(
            OWN,
            "TIME_BOOK_OWN",
            Set.of("TIME_BOOK_OWN", "PROJECT_VIEW"),
            Set.of("TIME_VIEW_ALL", "PROJECT_VIEW")),
        bookingUpdate(
            OTHER,
            "TIME_BOOK_OTHERS",
            Set.of("TIME_BOOK_OTHERS", "TIME_VIEW_ALL", "PROJECT_VIEW"),
            Set.of("TIME_BOOK_OWN", "TIME_VIEW_ALL", "PROJECT_VIEW")),
        new Operation(
            "Attendance.checkIn",
            "ATTENDANCE_CHECK_IN_OUT",
            OWN,
            Set.of("ATTENDANCE_CHECK_IN_OUT"),
            Set.of("ATTENDANCE_VIEW_ALL"),
            actor -> {
              long employee = actor.employee().id();
              if (Api.admin()
                      .bearer()
                      .get("/api/attendance/current?employeeId=" + employee)
                      .statusCode()
                  == 200) {
                post(Api.admin(), "/api/attendance/check-out", Map.of("employeeId", employee));
              }
              return new Fixture(actor);
            },
            (f, device) -> post(device, "/api/attendance/check-in", Map.of()),
            (f, b) -> {
              b.open("/index.xhtml");
              if (!b.present(By.id("myday:checkIn"))) {
                return false;
              }
              b.click(By.id("myday:checkIn"));
              return true;
            },
            f -> total("/api/attendance?employeeId=" + f.actor.employee().id())),
        new Operation(
            "Absences.request",
            "ABSENCE_REQUEST",
            OWN,
            Set.of("ABSENCE_REQUEST"),
            Set.of("ABSENCE_VIEW"),
            actor -> new Fixture(actor).with("date", monday()),
            (f, device) ->
                post(
                    device,
                    "/api/absences",
                    Map.of("type", "ANNUAL_LEAVE", "from", f.text("date"), "to", f.text("date"))),
            (f, b) -> {
              if (!page(b, "/absences/absences.xhtml", By.id("absences:submitRequest"))) {
                return false;
              }
              select(b, "absences:type", "ANNUAL_LEAVE");
              value(b, "absences:from_input", f.text("date"));
              value(b, "absences:to_input", f.text("date"));
              b.click(By.id("absences:submitRequest"));
              return true;
            },
            f -> total("/api/absences?employeeId=" + f.actor.employee().id())),
        absenceDecision("approve"),
        absenceDecision("reject"),
        new Operation(
            "Attendance.checkOut",
            "ATTENDANCE_CHECK_IN_OUT",
            OWN,
            Set.of("ATTENDANCE_CHECK_IN_OUT"),
            Set.of("ATTENDANCE_VIEW_ALL"),
            actor -> {
              long employee = actor.employee().id();
              if (Api.admin()
                      .bearer()
                      .get("/api/attendance/current?employeeId=" + employee)
                      .statusCode()
                  != 200) {
                assertCreated(
                    post(Api.admin(), "/api/attendance/check-in", Map.of("employeeId", employee)));
              }
              return new Fixture(actor);
            },
            (f, device) -> post(device, "/api/attendance/check-out", Map.of()),
            (f, b) -> {
              b.open("/index.xhtml");
              if (!b.present(By.id("myday:checkOut"))) {
                return false;
              }
              b.click(By.id("myday:checkOut"));
              return true;
            },
            f -> read("/api/attendance/current?employeeId=" + f.actor.employee().id())),
        new Operation(
            "Employees.update",
            "EMPLOYEE_MANAGE",
            OTHER,
            Set.of("EMPLOYEE_MANAGE"),
            Set.of("EMPLOYEE_VIEW"),
            actor -> {
              String last = Api.unique("Parity");
              String number = Api.unique("PN");
              long id =
                  Api.admin()
                      .bearer()
                      .contentType(ContentType.JSON)
                      .body(
                          Map.of(
                              "personnelNumber",
                              number,
                              "firstName",
                              "Before",
                              "lastName",
                              last,
                              "timeZone",
                              "UTC"))
                      .post("/api/employees")
                      .then()
                      .statusCode(201)
                      .extract()
                      .jsonPath()
                      .getLong("id");
              return new Fixture(actor).with("employee", id).with("last", last).with("pn", number);
            },
            (f, device) ->
                put(
                    device,
                    "/api/employees/" + f.id("employee"),
                    Map.of(
                        "personnelNumber",
                        f.text("pn"),
                        "firstName",
                        "Renamed",
                        "lastName",
                        f.text("last"),
                        "timeZone",
                        "UTC")),
            (f, b) -> {
              b.open("/employees/employees.xhtml");
              if (b.text().contains(REFUSED)) {
                return false;
              }
              b.type(By.id("employees:search"), f.text("last"));
              b.click(By.id("employees:filter"));
              waitForRows(b, EMPLOYEES, f.text("last"));
              WebElement edit = rowButton(b, EMPLOYEES, f.text("last"), "edit");
              if (edit == null) {
                return false;
              }
              edit.click();
              b.visible(By.id("employees:firstName"));
              b.type(By.id("employees:firstName"), "Renamed");
              b.click(By.id("employees:save"));
              return true;
            },
            f -> read("/api/employees/" + f.id("employee"))),
        new Operation(
            "Employees.create",
            "EMPLOYEE_MANAGE",
            NONE,
            Set.of("EMPLOYEE_MANAGE"),
            Set.of("EMPLOYEE_VIEW"),
            actor -> new Fixture(actor).with("last", Api.unique("Parity")),
            (f, device) ->
                post(
                    device,
                    "/api/employees",
                    Map.of(
                        "personnelNumber",
                        Api.unique("PN"),
                        "firstName",
                        "Api",
                        "lastName",
                        f.text("last"),
                        "timeZone",
                        "UTC")),
            (f, b) -> {
              if (!page(b, "/employees/employees.xhtml", By.id("employees:create"))) {
                return false;
              }
              b.click(By.id("employees:create"));
              b.visible(By.id("employees:personnelNumber"));
              b.type(By.id("employees:personnelNumber"), Api.unique("PN"));
              b.type(By.id("employees:firstName"), "Web");
              b.type(By.id("employees:lastName"), f.text("last"));
              select(b, "employees:timeZone", "UTC");
              b.click(By.id("employees:save"));
              return true;
            },
            f -> String.valueOf(total("/api/employees?limit=1"))),
        new Operation(
            "Users.create",
            "USER_MANAGE",
            NONE,
            Set.of("USER_MANAGE"),
            Set.of("USER_GROUP_MANAGE"),
            actor -> new Fixture(actor).with("email", Api.unique("parity") + "@teamward.test"),
            (f, device) ->
                post(
                    device,
                    "/api/users",
                    Map.of(
                        "email",
                        f.text("email"),
                        "name",
                        "Parity",
                        "groups",
                        List.of(),
                        "password",
                        password())),
            (f, b) -> {
              if (!page(b, "/admin/users.xhtml", By.id("users:create"))) {
                return false;
              }
              b.click(By.id("users:create"));
              b.visible(By.id("users:email"));
              b.type(By.id("users:email"), f.text("email"));
              b.type(By.id("users:name"), "Parity");
              b.type(By.id("users:password"), password());
              b.click(By.id("users:save"));
              return true;
            },
            f -> String.valueOf(total("/api/users?limit=1"))),
        new Operation(
            "UserGroups.create",
            "USER_GROUP_MANAGE",
            NONE,
            Set.of("USER_GROUP_MANAGE"),
            Set.of("USER_MANAGE"),
            actor -> new Fixture(actor).with("name", Api.unique("parity")),
            (f, device) ->
                post(
                    device,
                    "/api/user-groups",
                    Map.of("name", f.text("name"), "permissions", List.of())),
            (f, b) -> {
              if (!page(b, "/admin/groups.xhtml", By.id("groups:name"))) {
                return false;
              }
              b.type(By.id("groups:name"), f.text("name"));
              b.click(By.id("groups:create"));
              return true;
            },
            f -> String.valueOf(total("/api/user-groups?limit=1"))),
        new Operation(
            "Absences.cancel",
            "ABSENCE_REQUEST",
            OWN,
            Set.of("ABSENCE_REQUEST"),
            Set.of("ABSENCE_VIEW"),
            Catalogue::withOwnAbsence,
            (f, device) -> post(device, "/api/absences/" + f.id("absence") + "/cancel", Map.of()),
            (f, b) -> {
              b.open("/absences/absences.xhtml");
              if (b.text().contains(REFUSED)) {
                return false;
              }
              if (b.present(By.id("absences:employeeFilter_input"))
                  && select(
                      b, "absences:employeeFilter", String.valueOf(f.actor.employee().id()))) {
                b.click(By.id("absences:filter"));
              }
              return confirmed(b, rowButton(b, ABSENCES, f.text("date"), "cancel"));
            },
            f -> read("/api/absences/" + f.id("absence"))),
        new Operation(
            "Attendance.delete",
            "ATTENDANCE_MANAGE",
            OTHER,
            // EMPLOYEE_VIEW: the page offers only visible employees in its employee filter.
            Set.of("ATTENDANCE_MANAGE", "EMPLOYEE_VIEW"),
            Set.of("ATTENDANCE_VIEW_ALL", "EMPLOYEE_VIEW"),
            Catalogue::withAttendance,
            (f, device) -> device.bearer().delete("/api/attendance/" + f.id("record")).statusCode(),
            (f, b) -> confirmed(b, attendanceRowButton(b, f, "delete")),
            f -> read("/api/attendance/" + f.id("record"))),
        new Operation(
            "Attendance.correct",
            "ATTENDANCE_MANAGE",
            OTHER,
            Set.of("ATTENDANCE_MANAGE", "EMPLOYEE_VIEW"),
            Set.of("ATTENDANCE_VIEW_ALL", "EMPLOYEE_VIEW"),
            Catalogue::withAttendance,
            (f, device) ->
                put(
                    device,
                    "/api/attendance/" + f.id("record"),
                    Map.of("checkIn", f.text("checkIn"), "category", "HOME_OFFICE")),
            (f, b) -> {
              WebElement correct = attendanceRowButton(b, f, "correct");
              if (correct == null) {
                return false;
              }
              correct.click();
              b.visible(By.id("attendance:category"));
              b.settle();
              if (!select(b, "attendance:category", "HOME_OFFICE")) {
                return false;
              }
              // The dialog focuses the check-in picker, whose pop-up covers the Save button.
              ((JavascriptExecutor) b.driver)
                  .executeScript("document.getElementById('attendance:save').click();");
              return true;
            },
            f -> read("/api/attendance/" + f.id("record"))),
        new Operation(
            "UserGroups.delete",
            "USER_GROUP_MANAGE",
            NONE,
            Set.of("USER_GROUP_MANAGE"),
            Set.of("USER_MANAGE"),
            Catalogue::withGroup,
            (f, device) -> device.bearer().delete("/api/user-groups/" + f.id("group")).statusCode(),
            (f, b) -> {
              b.open("/admin/groups.xhtml");
              if (b.text().contains(REFUSED)) {
                return false;
              }
              b.settle();
              List<WebElement> delete =
                  b.driver.findElements(
                      By.xpath(
                          "//*[@id='matrixTable']/thead//th[contains(., '"
                              + f.text("name")
                              + "')]//button[substring(@id, string-length(@id) - 11)"
                              + " = ':deleteGroup']"));
              return confirmed(b, delete.isEmpty() ? null : delete.get(0));
            },
            f -> read("/api/user-groups/" + f.id("group"))),
        new Operation(
            "UserGroups.update",
            "USER_GROUP_MANAGE",
            NONE,
            // Both hold SYNCHRONISATION, the right granted here: one can grant only rights one
            // holds.
            Set.of("USER_GROUP_MANAGE"),
            Set.of("USER_MANAGE"),
            Catalogue::withGroup,
            (f, device) ->
                put(
                    device,
                    "/api/user-groups/" + f.id("group"),
                    Map.of("name", f.text("name"), "permissions", List.of("SYNCHRONISATION"))),
            (f, b) -> {
              if (!page(b, "/admin/groups.xhtml", By.id("groups:save"))) {
                return false;
              }
              b.settle();
              boolean ticked =
                  Boolean.TRUE.equals(
                      ((JavascriptExecutor) b.driver)
                          .executeScript(
                              "var cells = document.querySelectorAll('#matrixTable [title]');"
                                  + "for (var i = 0; i < cells.length; i++) {"
                                  + "  var t = cells[i].getAttribute('title');"
                                  + "  if (t.indexOf(arguments[0] + ' ') === 0"
                                  + "      && / SYNCHRONISATION$/.test(t)) {"
                                  + "    var box = cells[i].tagName === 'INPUT' ? cells[i]"
                                  + "        : cells[i].querySelector('input[type=checkbox]');"
                                  + "    if (!box || box.disabled) { return false; }"
                                  + "    box.checked = true; return true;"
                                  + "  }"
                                  + "}"
                                  + "return false;",
                              f.text("name")));
              if (!ticked) {
                return false;
              }
              b.click(By.id("groups:save"));
              return true;
            },
            f -> read("/api/user-groups/" + f.id("group"))),
        new Operation(
            "Users.update",
            "USER_MANAGE",
            NONE,
            Set.of("USER_MANAGE"),
            Set.of("USER_GROUP_MANAGE"),
            actor -> {
              String email = Api.unique("parity") + "@teamward.test";
              long id =
                  Api.admin()
                      .bearer()
                      .contentType(ContentType.JSON)
                      .body(
                          Map.of(
                              "email",
                              email,
                              "name",
                              "Parity",
                              "groups",
                              List.of(),
                              "password",
                              password()))
                      .post("/api/users")
                      .then()
                      .statusCode(201)
                      .extract()
                      .jsonPath()
                      .getLong("id");
              return new Fixture(actor).with("user", id).with("email", email);
            },
            (f, device) -> put(device, "/api/users/" + f.id("user"), Map.of("active", false)),
            (f, b) -> {
              b.open("/admin/users.xhtml");
              if (b.text().contains(REFUSED)) {
                return false;
              }
              b.type(By.id("users:search"), f.text("email"));
              b.click(By.id("users:filter"));
              waitForRows(b, USERS, f.text("email"));
              return confirmed(b, rowButton(b, USERS, f.text("email"), "deactivate"));
            },
            f -> read("/api/users/" + f.id("user"))));
  }

  /**
   * An absence of the actor's own that the actor could cancel with ABSENCE_REQUEST: their own
   * request when they may make one, otherwise one the administrator recorded for them (approved at
   * once, and not yet begun, so an owner holding ABSENCE_REQUEST may still cancel it).
   */
  private static Fixture withOwnAbsence(Api.Actor actor) {
    String date = monday();
    Map<String, Object> body = new HashMap<>();
    body.put("type", "ANNUAL_LEAVE");
    body.put("from", date);
    body.put("to", date);
    Response own =
        actor.device().bearer().contentType(ContentType.JSON).body(body).post("/api/absences");
    long id;
    if (own.statusCode() == 201) {
      id = own.jsonPath().getLong("id");
    } else {
      body.put("employeeId", actor.employee().id());
      id =
          Api.admin()
              .bearer()
              .contentType(ContentType.JSON)
              .body(body)
              .post("/api/absences")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("id");
    }
    return new Fixture(actor).with("absence", id).with("date", date);
  }

  /** Another employee, checked in by the administrator: an open attendance record. */
  private static Fixture withAttendance(Api.Actor actor) {
    Api.Employee employee = Api.createEmployee();
    Response r =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(Map.of("employeeId", employee.id()))
            .post("/api/attendance/check-in");
    assertCreated(r.statusCode());
    return new Fixture(actor)
        .with("record", r.jsonPath().getLong("id"))
        .with("checkIn", r.jsonPath().getString("checkIn"))
        .with("employee", employee.id())
        .with("name", employee.fullName());
  }

  /** A fresh group without members or rights: never a standard group. */
  private static Fixture withGroup(Api.Actor actor) {
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

  private static WebElement attendanceRowButton(Browser b, Fixture f, String action) {
    b.open("/attendance/attendance.xhtml");
    if (b.text().contains(REFUSED)) {
      return null;
    }
    if (b.present(By.id("attendance:employeeFilter_input"))
        && select(b, "attendance:employeeFilter", String.valueOf(f.id("employee")))) {
      b.click(By.id("attendance:filter"));
      waitForRows(b, ATTENDANCE, f.text("name"));
    }
    return rowButton(b, ATTENDANCE, f.text("name"), action);
  }

  private static Operation bookingCreate(
      Operation.Relation relation, String permission, Set<String> with, Set<String> without) {
    return new Operation(
        "TimeBookings.create",
        permission,
        relation,
        with,
        without,
        actor -> {
          Fixture f = withProject(actor);
          long employee = relation == OWN ? actor.employee().id() : Api.createEmployee().id();
          return f.with("employee", employee);
        },
        (f, device) -> {
          Map<String, Object> body = new HashMap<>();
          if (relation == OTHER) {
            body.put("employeeId", f.id("employee"));
          }
          body.put("projectId", f.id("project"));
          body.put("date", today());
          body.put("durationMinutes", 60);
          return post(device, "/api/time-bookings", body);
        },
        (f, b) -> {
          if (!page(b, "/time/bookings.xhtml", By.cssSelector("#bookings [id$=':create']"))) {
            return false;
          }
          b.click(By.cssSelector("#bookings [id$=':create']"));
          b.visible(By.id("bookings:date_input"));
          if (relation == OTHER) {
            if (!b.present(By.id("bookings:employee_input"))) {
              return false;
            }
            if (!select(b, "bookings:employee", String.valueOf(f.id("employee")))) {
              return false;
            }
          }
          if (!select(b, "bookings:project", String.valueOf(f.id("project")))) {
            return false;
          }
          value(b, "bookings:date_input", today());
          value(b, "bookings:start_input", "09:00");
          value(b, "bookings:end_input", "10:00");
          b.click(By.id("bookings:save"));
          return true;
        },
        f ->
            total(
                "/api/time-bookings?employeeId="
                    + f.id("employee")
                    + "&projectId="
                    + f.id("project")));
  }

  private static Operation bookingDelete(
      Operation.Relation relation, String permission, Set<String> with, Set<String> without) {
    return new Operation(
        "TimeBookings.delete",
        permission,
        relation,
        with,
        without,
        actor -> withBooking(actor, relation),
        (f, device) -> device.bearer().delete("/api/time-bookings/" + f.id("booking")).statusCode(),
        (f, b) -> confirmed(b, bookingRowButton(b, f, "delete")),
        f -> read("/api/time-bookings/" + f.id("booking")));
  }

  private static Operation bookingUpdate(
      Operation.Relation relation, String permission, Set<String> with, Set<String> without) {
    return new Operation(
        "TimeBookings.update",
        permission,
        relation,
        with,
        without,
        actor -> withBooking(actor, relation),
        (f, device) -> {
          Map<String, Object> body = new HashMap<>();
          body.put("employeeId", f.id("employee"));
          body.put("projectId", f.id("project"));
          body.put("date", today());
          body.put("durationMinutes", 30);
          body.put("description", "Changed");
          return put(device, "/api/time-bookings/" + f.id("booking"), body);
        },
        (f, b) -> {
          WebElement edit = bookingRowButton(b, f, "edit");
          if (edit == null) {
            return false;
          }
          edit.click();
          b.visible(By.id("bookings:description"));
          b.type(By.id("bookings:description"), "Changed");
          b.click(By.id("bookings:save"));
          return true;
        },
        f -> read("/api/time-bookings/" + f.id("booking")));
  }

  /** A booking of 30 minutes today on a new project, for the actor or for another employee. */
  private static Fixture withBooking(Api.Actor actor, Operation.Relation relation) {
    Fixture f = withProject(actor);
    long employee = relation == OWN ? actor.employee().id() : Api.createEmployee().id();
    long id =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "employeeId",
                    employee,
                    "projectId",
                    f.id("project"),
                    "date",
                    today(),
                    "durationMinutes",
                    30))
            .post("/api/time-bookings")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return f.with("booking", id).with("employee", employee);
  }

  private static WebElement bookingRowButton(Browser b, Fixture f, String action) {
    b.open("/time/bookings.xhtml");
    if (b.text().contains(REFUSED)) {
      return null;
    }
    By projectFilter = By.cssSelector("#bookings select[id$='projectFilter_input']");
    if (b.present(projectFilter)
        && select(
            b,
            b.driver.findElement(projectFilter).getAttribute("id").replace("_input", ""),
            "" + f.id("project"))) {
      b.click(By.cssSelector("#bookings [id$=':filter']"));
      waitForRows(b, BOOKINGS, f.text("code"));
    }
    return rowButton(b, BOOKINGS, f.text("code"), action);
  }

  /** Approving or rejecting another employee's request: the same right, ABSENCE_MANAGE. */
  private static Operation absenceDecision(String action) {
    return new Operation(
        "Absences." + action,
        "ABSENCE_MANAGE",
        OTHER,
        // EMPLOYEE_VIEW: the page offers only visible employees in its employee filter.
        Set.of("ABSENCE_MANAGE", "EMPLOYEE_VIEW"),
        Set.of("ABSENCE_VIEW", "ABSENCE_REQUEST", "EMPLOYEE_VIEW"),
        actor -> {
          Api.Actor requester = Api.createActor(Set.of("ABSENCE_REQUEST"));
          String date = monday();
          long id =
              requester
                  .device()
                  .bearer()
                  .contentType(ContentType.JSON)
                  .body(Map.of("type", "ANNUAL_LEAVE", "from", date, "to", date))
                  .post("/api/absences")
                  .then()
                  .statusCode(201)
                  .extract()
                  .jsonPath()
                  .getLong("id");
          return new Fixture(actor)
              .with("absence", id)
              .with("employee", requester.employee().id())
              .with("name", requester.employee().fullName());
        },
        (f, device) -> post(device, "/api/absences/" + f.id("absence") + "/" + action, Map.of()),
        (f, b) -> {
          b.open("/absences/absences.xhtml");
          if (b.text().contains(REFUSED)) {
            return false;
          }
          if (b.present(By.id("absences:employeeFilter_input"))
              && select(b, "absences:employeeFilter", String.valueOf(f.id("employee")))) {
            b.click(By.id("absences:filter"));
            waitForRows(b, ABSENCES, f.text("name"));
          }
          WebElement button = rowButton(b, ABSENCES, f.text("name"), action);
          if (button == null) {
            return false;
          }
          if (action.equals("reject")) {
            return confirmed(b, button);
          }
          button.click();
          return true;
        },
        f -> read("/api/absences/" + f.id("absence")));
  }

  // --- records the administrator makes and reads ---------------------------------------------

  private static Fixture withProject(Api.Actor actor) {
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

  private static String code() {
    return Api.unique("PX").toUpperCase();
  }

  private static String password() {
    String password = "pw-" + java.util.UUID.randomUUID();
    Secrets.remember(password);
    return password;
  }

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  /** A Monday far ahead, a different one per attempt, so that requests never overlap. */
  private static String monday() {
    return LocalDate.of(2027, 3, 1).plusWeeks(COUNTER.incrementAndGet()).toString();
  }

  static int post(Api.Device device, String path, Map<String, ?> body) {
    return device.bearer().contentType(ContentType.JSON).body(body).post(path).statusCode();
  }

  private static void assertCreated(int status) {
    if (status != 201) {
      throw new IllegalStateException("the administrator could not set up the record: " + status);
    }
  }

  static int put(Api.Device device, String path, Map<String, ?> body) {
    return device.bearer().contentType(ContentType.JSON).body(body).put(path).statusCode();
  }

  /** The administrator's view of one record: status, version and body. */
  static String read(String path) {
    Response r = Api.admin().bearer().get(path);
    return r.statusCode() + " " + r.header("ETag") + " " + r.asString();
  }

  static String total(String path) {
    Response r = Api.admin().bearer().get(path);
    return r.statusCode() + " total=" + r.jsonPath().getLong("total");
  }

  // --- the browser ----------------------------------------------------------------------------

  /** Opens the page; false when it is refused or does not render the control. */
  private static boolean page(Browser b, String path, By control) {
    b.open(path);
    return !b.text().contains(REFUSED) && b.present(control);
  }

  private static WebElement projectRowButton(Browser b, Fixture f, String action) {
    b.open("/projects/projects.xhtml");
    if (b.text().contains(REFUSED)) {
      return null;
    }
    b.type(By.id("projects:search"), f.text("code"));
    b.click(By.id("projects:filter"));
    waitForRows(b, PROJECTS, f.text("code"));
    return rowButton(b, PROJECTS, f.text("code"), action);
  }

  private static final String PROJECTS = "//*[@id='projects:list']";
  private static final String ABSENCES = "//*[@id='absences:list']";
  private static final String EMPLOYEES = "//*[@id='employees:list']";
  private static final String ATTENDANCE = "//*[@id='attendance:list']";
  private static final String USERS = "//*[@id='users:list']";

  /** The list inside the tab view, whatever the tab view adds to its id. */
  private static final String BOOKINGS =
      "//form[@id='bookings']//div[substring(@id, string-length(@id) - 4) = ':list']";

  /** Waits until the table shows exactly one row, the one holding {@code text}. */
  private static void waitForRows(Browser b, String table, String text) {
    b.until(
        d -> {
          List<WebElement> rows = d.findElements(By.xpath(table + "//table/tbody/tr"));
          return rows.size() == 1 && rows.get(0).getText().contains(text);
        });
  }

  /** The row action button of the row holding {@code text}, or null when it is not rendered. */
  private static WebElement rowButton(Browser b, String scope, String text, String action) {
    b.settle();
    List<WebElement> buttons =
        b.driver.findElements(
            By.xpath(
                scope
                    + "//tr[contains(., '"
                    + text
                    + "')]//button[substring(@id, string-length(@id) - "
                    + action.length()
                    + ") = ':"
                    + action
                    + "']"));
    return buttons.isEmpty() ? null : buttons.get(0);
  }

  private static boolean confirmed(Browser b, WebElement button) {
    if (button == null) {
      return false;
    }
    button.click();
    b.click(By.cssSelector(".ui-confirmdialog-yes"));
    return true;
  }

  /**
   * Chooses in a PrimeFaces select menu through the select element it submits; false when the menu
   * does not offer the value.
   */
  private static boolean select(Browser b, String menuId, String value) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) b.driver)
            .executeScript(
                "var s = document.getElementById(arguments[0]);"
                    + "s.value = arguments[1]; s.dispatchEvent(new Event('change'));"
                    + "return s.value === arguments[1];",
                menuId + "_input",
                value));
  }

  /** Sets a date picker's text as if typed, without the pop-up. */
  private static void value(Browser b, String inputId, String value) {
    ((JavascriptExecutor) b.driver)
        .executeScript(
            "document.getElementById(arguments[0]).value = arguments[1];", inputId, value);
  }
}
