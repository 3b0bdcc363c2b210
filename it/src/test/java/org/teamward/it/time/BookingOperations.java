package org.teamward.it.time;

import static org.teamward.it.support.ApiSteps.post;
import static org.teamward.it.support.ApiSteps.put;
import static org.teamward.it.support.ApiSteps.read;
import static org.teamward.it.support.ApiSteps.today;
import static org.teamward.it.support.ApiSteps.total;
import static org.teamward.it.support.ApiSteps.withProject;
import static org.teamward.it.support.Operation.Relation.OTHER;
import static org.teamward.it.support.Operation.Relation.OWN;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teamward.it.pages.BookingsPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.Operation;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;
import org.teamward.it.support.Operation.Relation;

/**
 * The catalogue's time booking entries, for one's own bookings and for another employee's. Booking
 * needs neither PROJECT_VIEW nor EMPLOYEE_VIEW, in either channel: the form's choices come from
 * TimeBookings.bookableProjects/bookableEmployees.
 */
public final class BookingOperations {

  private BookingOperations() {}

  public static List<Operation> all() {
    return List.of(
        create(OWN, "TIME_BOOK_OWN", Set.of("TIME_BOOK_OWN"), Set.of("TIME_VIEW_ALL")),
        create(
            OTHER,
            "TIME_BOOK_OTHERS",
            Set.of("TIME_BOOK_OTHERS", "TIME_VIEW_ALL"),
            Set.of("TIME_BOOK_OWN", "TIME_VIEW_ALL")),
        delete(
            OWN,
            "TIME_BOOK_OWN",
            Set.of("TIME_BOOK_OWN", "PROJECT_VIEW"),
            Set.of("TIME_VIEW_ALL", "PROJECT_VIEW")),
        delete(
            OTHER,
            "TIME_BOOK_OTHERS",
            Set.of("TIME_BOOK_OTHERS", "TIME_VIEW_ALL", "PROJECT_VIEW"),
            Set.of("TIME_BOOK_OWN", "TIME_VIEW_ALL", "PROJECT_VIEW")),
        // Without TIME_VIEW_ALL another's booking is hidden: 404 over the API, not in the list.
        delete(
                OTHER,
                "TIME_BOOK_OTHERS",
                Set.of("TIME_BOOK_OTHERS", "TIME_VIEW_ALL", "PROJECT_VIEW"),
                Set.of("TIME_BOOK_OWN", "PROJECT_VIEW"))
            .hidden(),
        update(
            OWN,
            "TIME_BOOK_OWN",
            Set.of("TIME_BOOK_OWN", "PROJECT_VIEW"),
            Set.of("TIME_VIEW_ALL", "PROJECT_VIEW")),
        update(
            OTHER,
            "TIME_BOOK_OTHERS",
            Set.of("TIME_BOOK_OTHERS", "TIME_VIEW_ALL", "PROJECT_VIEW"),
            Set.of("TIME_BOOK_OWN", "TIME_VIEW_ALL", "PROJECT_VIEW")),
        update(
                OTHER,
                "TIME_BOOK_OTHERS",
                Set.of("TIME_BOOK_OTHERS", "TIME_VIEW_ALL", "PROJECT_VIEW"),
                Set.of("TIME_BOOK_OWN", "PROJECT_VIEW"))
            .hidden());
  }

  private static Operation create(
      Relation relation, String permission, Set<String> with, Set<String> without) {
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
          Control create = BookingsPage.createButton(b);
          if (!create.offered()) {
            return create.absent();
          }
          create.click(b);
          BookingsPage page = new BookingsPage(b);
          page.waitForForm();
          if (relation == OTHER) {
            if (!page.offersEmployee()) {
              return Outcome.REFUSED;
            }
            if (!page.pickEmployee(f.id("employee"))) {
              return Outcome.NOT_FOUND;
            }
          }
          if (!page.pickProject(f.text("code"), f.id("project"))) {
            return Outcome.NOT_FOUND;
          }
          page.enterTimes(today(), "09:00", "10:00");
          page.save();
          return Outcome.ALLOWED;
        },
        f ->
            total(
                "/api/time-bookings?employeeId="
                    + f.id("employee")
                    + "&projectId="
                    + f.id("project")));
  }

  private static Operation delete(
      Relation relation, String permission, Set<String> with, Set<String> without) {
    return new Operation(
        "TimeBookings.delete",
        permission,
        relation,
        with,
        without,
        actor -> withBooking(actor, relation),
        (f, device) -> ApiSteps.delete(device, "/api/time-bookings/" + f.id("booking")),
        (f, b) -> row(b, f, "delete").confirm(b),
        f -> read("/api/time-bookings/" + f.id("booking")));
  }

  private static Operation update(
      Relation relation, String permission, Set<String> with, Set<String> without) {
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
          Control edit = row(b, f, "edit");
          if (!edit.offered()) {
            return edit.absent();
          }
          edit.click(b);
          BookingsPage page = new BookingsPage(b);
          page.describe("Changed");
          page.save();
          return Outcome.ALLOWED;
        },
        f -> read("/api/time-bookings/" + f.id("booking")));
  }

  /** A booking of 30 minutes today on a new project, for the actor or for another employee. */
  private static Fixture withBooking(Api.Actor actor, Relation relation) {
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

  /** The booking's row on the bookings page, narrowed to its project where the page can filter. */
  private static Control row(Browser b, Fixture f, String action) {
    BookingsPage page = BookingsPage.open(b);
    if (page.refused()) {
      return Control.absent(Outcome.REFUSED);
    }
    page.filterByProject(f.text("code"), f.id("project"));
    return page.rowAction(f.text("code"), action);
  }
}
