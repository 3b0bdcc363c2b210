package org.teamward.it.access;

import static org.teamward.it.support.ApiSteps.password;
import static org.teamward.it.support.ApiSteps.post;
import static org.teamward.it.support.ApiSteps.put;
import static org.teamward.it.support.ApiSteps.read;
import static org.teamward.it.support.ApiSteps.total;
import static org.teamward.it.support.Operation.Relation.NONE;
import static org.teamward.it.support.WebSteps.USERS;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.Operation;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;
import org.teamward.it.support.WebSteps;

/**
 * The catalogue's account and user group entries, on accounts and groups without rights, so that
 * only the permission decides. Who may change which account or group beyond that is the
 * administration suite's matrix.
 */
public final class AdministrationOperations {

  private AdministrationOperations() {}

  public static List<Operation> all() {
    return List.of(
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
              Control create = WebSteps.page(b, "/admin/users.xhtml", By.id("users:create"));
              if (!create.offered()) {
                return create.absent();
              }
              create.click(b);
              b.visible(By.id("users:email"));
              b.type(By.id("users:email"), f.text("email"));
              b.type(By.id("users:name"), "Parity");
              b.type(By.id("users:password"), password());
              b.click(By.id("users:save"));
              return Outcome.ALLOWED;
            },
            f -> String.valueOf(total("/api/users?limit=1"))),
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
            (f, b) -> userRow(b, f.text("email"), "deactivate").confirm(b),
            f -> read("/api/users/" + f.id("user"))),
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
              Control create = WebSteps.page(b, "/admin/groups.xhtml", By.id("groups:name"));
              if (!create.offered()) {
                return create.absent();
              }
              b.type(By.id("groups:name"), f.text("name"));
              b.click(By.id("groups:create"));
              return Outcome.ALLOWED;
            },
            f -> String.valueOf(total("/api/user-groups?limit=1"))),
        new Operation(
            "UserGroups.delete",
            "USER_GROUP_MANAGE",
            NONE,
            Set.of("USER_GROUP_MANAGE"),
            Set.of("USER_MANAGE"),
            ApiSteps::withGroup,
            (f, device) -> ApiSteps.delete(device, "/api/user-groups/" + f.id("group")),
            (f, b) -> groupDelete(b, f.text("name")).confirm(b),
            f -> read("/api/user-groups/" + f.id("group"))),
        new Operation(
            "UserGroups.update",
            "USER_GROUP_MANAGE",
            NONE,
            // Both hold SYNCHRONISATION, the right granted here: one changes only rights one holds.
            Set.of("USER_GROUP_MANAGE"),
            Set.of("USER_MANAGE"),
            ApiSteps::withGroup,
            (f, device) ->
                put(
                    device,
                    "/api/user-groups/" + f.id("group"),
                    Map.of("name", f.text("name"), "permissions", List.of("SYNCHRONISATION"))),
            (f, b) -> {
              Control save = WebSteps.page(b, "/admin/groups.xhtml", By.id("groups:save"));
              if (!save.offered()) {
                return save.absent();
              }
              Outcome ticked = tick(b, f.text("name"), "SYNCHRONISATION");
              return ticked == Outcome.ALLOWED ? save.click(b) : ticked;
            },
            f -> read("/api/user-groups/" + f.id("group"))));
  }

  /** The account's row on the users page, found by its e-mail address. */
  static Control userRow(Browser b, String email, String action) {
    b.open("/admin/users.xhtml");
    if (WebSteps.refused(b)) {
      return Control.absent(Outcome.REFUSED);
    }
    b.type(By.id("users:search"), email);
    b.click(By.id("users:filter"));
    WebSteps.waitForRows(b, USERS, email);
    return WebSteps.row(b, USERS, email, action);
  }

  /** The delete button in the group's column head of the permission matrix. */
  static Control groupDelete(Browser b, String group) {
    b.open("/admin/groups.xhtml");
    if (WebSteps.refused(b)) {
      return Control.absent(Outcome.REFUSED);
    }
    b.settle();
    By head = By.xpath("//*[@id='matrixTable']/thead//th[contains(., '" + group + "')]");
    if (!b.present(head)) {
      return Control.absent(Outcome.NOT_FOUND);
    }
    By delete =
        By.xpath(
            "//*[@id='matrixTable']/thead//th[contains(., '"
                + group
                + "')]//button[substring(@id, string-length(@id) - 11) = ':deleteGroup']");
    return b.present(delete) ? Control.at(delete) : Control.absent(Outcome.REFUSED);
  }

  /**
   * Switches the group's checkbox for the permission in the matrix: NOT_FOUND without such a
   * column, REFUSED where the checkbox is disabled.
   */
  static Outcome tick(Browser b, String group, String permission) {
    b.settle();
    Object answer =
        ((JavascriptExecutor) b.driver)
            .executeScript(
                "var cells = document.querySelectorAll('#matrixTable [title]');"
                    + "for (var i = 0; i < cells.length; i++) {"
                    + "  var t = cells[i].getAttribute('title');"
                    + "  if (t.indexOf(arguments[0] + ' ') === 0"
                    + "      && t.slice(-arguments[1].length - 1) === ' ' + arguments[1]) {"
                    + "    var box = cells[i].tagName === 'INPUT' ? cells[i]"
                    + "        : cells[i].querySelector('input[type=checkbox]');"
                    + "    if (!box || box.disabled) { return 'REFUSED'; }"
                    + "    box.checked = !box.checked; return 'ALLOWED';"
                    + "  }"
                    + "}"
                    + "return 'NOT_FOUND';",
                group,
                permission);
    return Outcome.valueOf(String.valueOf(answer));
  }
}
