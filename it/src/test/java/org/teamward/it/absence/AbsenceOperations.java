package org.teamward.it.absence;

import static org.teamward.it.support.ApiSteps.monday;
import static org.teamward.it.support.ApiSteps.post;
import static org.teamward.it.support.ApiSteps.read;
import static org.teamward.it.support.ApiSteps.total;
import static org.teamward.it.support.Operation.Relation.OTHER;
import static org.teamward.it.support.Operation.Relation.OWN;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teamward.it.pages.AbsencesPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.Operation;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;

/**
 * The catalogue's absence entries. Requesting one's own absence is ABSENCE_REQUEST; recording one
 * for someone else, approving, rejecting and cancelling others' are ABSENCE_MANAGE. None of them
 * needs EMPLOYEE_VIEW: the request form and the list's filter offer whom the absence use cases let
 * the caller record for. Whoever only sees absences (ABSENCE_VIEW) finds others' through the filter
 * with EMPLOYEE_VIEW, and is refused.
 */
public final class AbsenceOperations {

  private static final Set<String> MANAGES = Set.of("ABSENCE_MANAGE");
  private static final Set<String> ONLY_SEES = Set.of("ABSENCE_VIEW", "ABSENCE_REQUEST");
  private static final Set<String> ONLY_SEES_FINDS =
      Set.of("ABSENCE_VIEW", "ABSENCE_REQUEST", "EMPLOYEE_VIEW");

  private AbsenceOperations() {}

  public static List<Operation> all() {
    return List.of(
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
            (f, b) -> request(b, f, null),
            f -> total("/api/absences?employeeId=" + f.actor.employee().id())),
        new Operation(
            "Absences.request",
            "ABSENCE_MANAGE",
            OTHER,
            MANAGES,
            ONLY_SEES,
            actor ->
                new Fixture(actor)
                    .with("date", monday())
                    .with("employee", Api.createEmployee().id()),
            (f, device) ->
                post(
                    device,
                    "/api/absences",
                    Map.of(
                        "employeeId",
                        f.id("employee"),
                        "type",
                        "ANNUAL_LEAVE",
                        "from",
                        f.text("date"),
                        "to",
                        f.text("date"))),
            (f, b) -> request(b, f, f.id("employee")),
            f -> total("/api/absences?employeeId=" + f.id("employee"))),
        decision("approve"),
        decision("reject"),
        new Operation(
            "Absences.cancel",
            "ABSENCE_REQUEST",
            OWN,
            Set.of("ABSENCE_REQUEST"),
            Set.of("ABSENCE_VIEW"),
            AbsenceOperations::withOwnAbsence,
            (f, device) ->
                ApiSteps.transition(device, "/api/absences/" + f.id("absence") + "/cancel"),
            (f, b) -> {
              AbsencesPage page = AbsencesPage.open(b);
              if (page.refused()) {
                return Outcome.REFUSED;
              }
              page.filterByEmployee(f.actor.employee().id());
              return page.rowAction(f.text("date"), "cancel").confirm(b);
            },
            f -> read("/api/absences/" + f.id("absence"))),
        new Operation(
            "Absences.cancel",
            "ABSENCE_MANAGE",
            OTHER,
            MANAGES,
            ONLY_SEES_FINDS,
            ApiSteps::withRequestedAbsence,
            (f, device) ->
                ApiSteps.transition(device, "/api/absences/" + f.id("absence") + "/cancel"),
            (f, b) -> othersRow(b, f, "cancel").confirm(b),
            f -> read("/api/absences/" + f.id("absence"))));
  }

  /** Requests an absence on the fixture's date, for {@code employee} or (null) oneself. */
  private static Outcome request(Browser b, Fixture f, Long employee) {
    Control submit = AbsencesPage.submitRequestButton(b);
    if (!submit.offered()) {
      return submit.absent();
    }
    AbsencesPage page = new AbsencesPage(b);
    if (employee != null) {
      if (!page.offersEmployee()) {
        return Outcome.REFUSED;
      }
      if (!page.pickEmployee(employee)) {
        return Outcome.NOT_FOUND;
      }
    }
    page.fillRequest("ANNUAL_LEAVE", f.text("date"), f.text("date"));
    return submit.click(b);
  }

  /** Approving or rejecting another employee's request: the same right, ABSENCE_MANAGE. */
  private static Operation decision(String action) {
    return new Operation(
        "Absences." + action,
        "ABSENCE_MANAGE",
        OTHER,
        MANAGES,
        ONLY_SEES_FINDS,
        ApiSteps::withRequestedAbsence,
        (f, device) ->
            ApiSteps.transition(device, "/api/absences/" + f.id("absence") + "/" + action),
        (f, b) -> {
          Control button = othersRow(b, f, action);
          return action.equals("reject") ? button.confirm(b) : button.click(b);
        },
        f -> read("/api/absences/" + f.id("absence")));
  }

  private static Control othersRow(Browser b, Fixture f, String action) {
    AbsencesPage page = AbsencesPage.open(b);
    if (page.refused()) {
      return Control.absent(Outcome.REFUSED);
    }
    page.filterByEmployee(f.id("employee"), f.text("name"));
    return page.rowAction(f.text("name"), action);
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
}
