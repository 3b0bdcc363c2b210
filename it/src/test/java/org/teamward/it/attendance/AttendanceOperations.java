package org.teamward.it.attendance;

import static org.teamward.it.support.ApiSteps.post;
import static org.teamward.it.support.ApiSteps.put;
import static org.teamward.it.support.ApiSteps.read;
import static org.teamward.it.support.ApiSteps.total;
import static org.teamward.it.support.Operation.Relation.OTHER;
import static org.teamward.it.support.Operation.Relation.OWN;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teamward.it.pages.AttendancePage;
import org.teamward.it.pages.MyDayPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.Operation;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;
import org.teamward.it.support.Operation.Relation;

/**
 * The catalogue's attendance entries. Clocking oneself is ATTENDANCE_CHECK_IN_OUT, on My day;
 * clocking someone else is ATTENDANCE_MANAGE, on the attendance page, whose choices come from the
 * clocking use case (no EMPLOYEE_VIEW needed, as over the API). Without the permission the others
 * are still visible (ATTENDANCE_VIEW_ALL), so both channels refuse rather than find nothing.
 */
public final class AttendanceOperations {

  private static final Set<String> CLOCKS_ONESELF = Set.of("ATTENDANCE_CHECK_IN_OUT");
  private static final Set<String> SEES_ONLY = Set.of("ATTENDANCE_VIEW_ALL");
  private static final Set<String> CLOCKS_OTHERS = Set.of("ATTENDANCE_MANAGE");
  private static final Set<String> CLOCKS_ONESELF_SEES_OTHERS =
      Set.of("ATTENDANCE_CHECK_IN_OUT", "ATTENDANCE_VIEW_ALL");

  private AttendanceOperations() {}

  /** The state a clocking needs first, and the button for it on My day and on the panel. */
  private enum Clocking {
    CHECK_IN("Attendance.checkIn", "check-in", "checkIn", "clockIn"),
    START_BREAK("Attendance.startBreak", "break-start", "startBreak", "clockBreakStart"),
    END_BREAK("Attendance.endBreak", "break-end", "endBreak", "clockBreakEnd"),
    CHECK_OUT("Attendance.checkOut", "check-out", "checkOut", "clockOut");

    final String useCase;
    final String path;
    final String myDay;
    final String panel;

    Clocking(String useCase, String path, String myDay, String panel) {
      this.useCase = useCase;
      this.path = path;
      this.myDay = myDay;
      this.panel = panel;
    }

    /** Brings the employee into the state this clocking starts from. */
    void prepare(long employee) {
      switch (this) {
        case CHECK_IN -> ApiSteps.checkedOut(employee);
        case START_BREAK, CHECK_OUT -> ApiSteps.checkedIn(employee, false);
        case END_BREAK -> ApiSteps.checkedIn(employee, true);
      }
    }

    /** What the clocking changes: the number of records, or the open record. */
    String state(long employee) {
      return this == CHECK_IN
          ? total("/api/attendance?employeeId=" + employee)
          : read("/api/attendance/current?employeeId=" + employee);
    }
  }

  public static List<Operation> all() {
    List<Operation> all = new java.util.ArrayList<>();
    for (Clocking clocking : Clocking.values()) {
      all.add(clocking(clocking, OWN));
      all.add(clocking(clocking, OTHER));
    }
    for (Relation relation : List.of(OTHER, OWN)) {
      all.add(delete(relation));
      all.add(correct(relation));
    }
    return all;
  }

  /**
   * Deleting an attendance record is ATTENDANCE_MANAGE, on one's own as on another's. Without it,
   * whoever sees others' records (ATTENDANCE_VIEW_ALL) finds them through the filter with
   * EMPLOYEE_VIEW, and is refused.
   */
  private static Operation delete(Relation relation) {
    return new Operation(
        "Attendance.delete",
        "ATTENDANCE_MANAGE",
        relation,
        CLOCKS_OTHERS,
        Set.of("ATTENDANCE_VIEW_ALL", "EMPLOYEE_VIEW"),
        actor -> relation == OWN ? withOwnAttendance(actor) : withAttendance(actor),
        (f, device) -> ApiSteps.delete(device, "/api/attendance/" + f.id("record")),
        (f, b) -> row(b, f, "delete").confirm(b),
        f -> read("/api/attendance/" + f.id("record")));
  }

  /** Correcting one is ATTENDANCE_MANAGE as well; see {@link #delete}. */
  private static Operation correct(Relation relation) {
    return new Operation(
        "Attendance.correct",
        "ATTENDANCE_MANAGE",
        relation,
        CLOCKS_OTHERS,
        Set.of("ATTENDANCE_VIEW_ALL", "EMPLOYEE_VIEW"),
        actor -> relation == OWN ? withOwnAttendance(actor) : withAttendance(actor),
        (f, device) ->
            put(
                device,
                "/api/attendance/" + f.id("record"),
                Map.of("checkIn", f.text("checkIn"), "category", "HOME_OFFICE")),
        (f, b) -> {
          Control correct = row(b, f, "correct");
          if (!correct.offered()) {
            return correct.absent();
          }
          correct.click(b);
          AttendancePage page = new AttendancePage(b);
          if (!page.chooseCategory("HOME_OFFICE")) {
            return Outcome.NOT_FOUND;
          }
          page.saveCorrection();
          return Outcome.ALLOWED;
        },
        f -> read("/api/attendance/" + f.id("record")));
  }

  private static Operation clocking(Clocking clocking, Relation relation) {
    boolean own = relation == OWN;
    return new Operation(
        clocking.useCase,
        own ? "ATTENDANCE_CHECK_IN_OUT" : "ATTENDANCE_MANAGE",
        relation,
        own ? CLOCKS_ONESELF : CLOCKS_OTHERS,
        own ? SEES_ONLY : CLOCKS_ONESELF_SEES_OTHERS,
        actor -> {
          long employee = own ? actor.employee().id() : Api.createEmployee().id();
          clocking.prepare(employee);
          return new Fixture(actor).with("employee", employee);
        },
        (f, device) ->
            post(
                device,
                "/api/attendance/" + clocking.path,
                own ? Map.of() : Map.of("employeeId", f.id("employee"))),
        (f, b) -> own ? onMyDay(b, clocking) : onPanel(b, f, clocking),
        f -> clocking.state(f.id("employee")));
  }

  private static Outcome onMyDay(Browser b, Clocking clocking) {
    MyDayPage page = MyDayPage.open(b);
    if (!page.offers(clocking.myDay)) {
      return Outcome.REFUSED;
    }
    page.clock(clocking.myDay);
    return Outcome.ALLOWED;
  }

  private static Outcome onPanel(Browser b, Fixture f, Clocking clocking) {
    Control panel = AttendancePage.clockingPanel(b);
    if (!panel.offered()) {
      return panel.absent();
    }
    AttendancePage page = new AttendancePage(b);
    if (!page.pickEmployeeToClock(f.id("employee"))) {
      return Outcome.NOT_FOUND;
    }
    page.clock(clocking.panel);
    return Outcome.ALLOWED;
  }

  /** Another employee, checked in by the administrator: an open attendance record. */
  private static Fixture withAttendance(Api.Actor actor) {
    Api.Employee employee = Api.createEmployee();
    Response r = ApiSteps.freshlyCheckedIn(employee.id());
    return new Fixture(actor)
        .with("record", r.jsonPath().getLong("id"))
        .with("checkIn", r.jsonPath().getString("checkIn"))
        .with("employee", employee.id())
        .with("name", employee.fullName());
  }

  /**
   * The actor's only attendance record, open: earlier ones are deleted first, so that their own
   * list shows exactly this one.
   */
  private static Fixture withOwnAttendance(Api.Actor actor) {
    long employee = actor.employee().id();
    ApiSteps.checkedOut(employee);
    List<Long> earlier =
        Api.admin()
            .bearer()
            .get("/api/attendance?limit=500&employeeId=" + employee)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id", Long.class);
    earlier.forEach(
        id ->
            Api.admin()
                .bearer()
                .header("If-Match", Api.etag("/api/attendance/" + id))
                .delete("/api/attendance/" + id)
                .then()
                .statusCode(204));
    Response r = ApiSteps.freshlyCheckedIn(employee);
    return new Fixture(actor)
        .with("record", r.jsonPath().getLong("id"))
        .with("checkIn", r.jsonPath().getString("checkIn"))
        .with("employee", employee)
        .with("name", actor.employee().fullName());
  }

  private static Control row(Browser b, Fixture f, String action) {
    AttendancePage page = AttendancePage.open(b);
    if (page.refused()) {
      return Control.absent(Outcome.REFUSED);
    }
    page.filterByEmployee(f.id("employee"), f.text("name"));
    return page.rowAction(f.text("name"), action);
  }
}
