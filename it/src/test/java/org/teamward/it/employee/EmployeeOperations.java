package org.teamward.it.employee;

import static org.teamward.it.support.ApiSteps.post;
import static org.teamward.it.support.ApiSteps.put;
import static org.teamward.it.support.ApiSteps.read;
import static org.teamward.it.support.ApiSteps.total;
import static org.teamward.it.support.Operation.Relation.NONE;
import static org.teamward.it.support.Operation.Relation.OTHER;
import static org.teamward.it.support.Operation.Relation.OWN;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teamward.it.pages.EmployeesPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Control;
import org.teamward.it.support.Operation;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;
import org.teamward.it.support.Operation.Relation;

/**
 * The catalogue's employee entries. Changing an employee record, one's own included, is for people
 * managers (EMPLOYEE_MANAGE); everyone sees their own record, and EMPLOYEE_VIEW everyone's.
 */
public final class EmployeeOperations {

  private EmployeeOperations() {}

  public static List<Operation> all() {
    return List.of(
        update(OTHER, Set.of("EMPLOYEE_VIEW")),
        // Nothing but an own employee record: the page shows it, without an edit control.
        update(OWN, Set.of()),
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
              Control create = EmployeesPage.createButton(b);
              if (!create.offered()) {
                return create.absent();
              }
              create.click(b);
              EmployeesPage page = new EmployeesPage(b);
              page.fillNew(Api.unique("PN"), "Web", f.text("last"), "UTC");
              page.save();
              return Outcome.ALLOWED;
            },
            f -> String.valueOf(total("/api/employees?limit=1"))));
  }

  private static Operation update(Relation relation, Set<String> without) {
    return new Operation(
        "Employees.update",
        "EMPLOYEE_MANAGE",
        relation,
        Set.of("EMPLOYEE_MANAGE"),
        without,
        actor -> relation == OWN ? own(actor) : other(actor),
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
          EmployeesPage page = EmployeesPage.open(b);
          if (page.refused()) {
            return Outcome.REFUSED;
          }
          page.search(f.text("last"));
          Control edit = page.rowAction(f.text("last"), "edit");
          if (!edit.offered()) {
            return edit.absent();
          }
          edit.click(b);
          page.rename("Renamed");
          page.save();
          return Outcome.ALLOWED;
        },
        f -> read("/api/employees/" + f.id("employee")));
  }

  /** The actor's own record, named afresh so that a rename always changes it. */
  private static Fixture own(Api.Actor actor) {
    long id = actor.employee().id();
    JsonPath record = Api.admin().bearer().get("/api/employees/" + id).then().extract().jsonPath();
    String last = record.getString("lastName");
    String number = record.getString("personnelNumber");
    int renamed =
        ApiSteps.put(
            Api.admin(),
            "/api/employees/" + id,
            Map.of(
                "personnelNumber",
                number,
                "firstName",
                Api.unique("Before"),
                "lastName",
                last,
                "timeZone",
                "UTC"));
    if (renamed != 200) {
      throw new IllegalStateException("the administrator could not rename: " + renamed);
    }
    return new Fixture(actor).with("employee", id).with("last", last).with("pn", number);
  }

  private static Fixture other(Api.Actor actor) {
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
  }
}
