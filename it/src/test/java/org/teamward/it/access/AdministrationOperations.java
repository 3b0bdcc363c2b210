package org.teamward.it.access;

import static org.teamward.it.support.ApiSteps.password;
import static org.teamward.it.support.ApiSteps.post;
import static org.teamward.it.support.ApiSteps.put;
import static org.teamward.it.support.ApiSteps.read;
import static org.teamward.it.support.ApiSteps.total;
import static org.teamward.it.support.Operation.Relation.NONE;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teamward.it.pages.GroupsPage;
import org.teamward.it.pages.UsersPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.Operation;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;

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
              Control create = UsersPage.createButton(b);
              if (!create.offered()) {
                return create.absent();
              }
              create.click(b);
              new UsersPage(b).createAccount(f.text("email"), "Parity", password());
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
              Control create = GroupsPage.newGroupName(b);
              if (!create.offered()) {
                return create.absent();
              }
              new GroupsPage(b).createGroup(f.text("name"));
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
              Control save = GroupsPage.saveButton(b, f.text("name"));
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
    UsersPage page = UsersPage.open(b);
    if (page.refused()) {
      return Control.absent(Outcome.REFUSED);
    }
    page.search(email);
    return page.rowAction(email, action);
  }

  /** The delete button in the group's column head of the permission matrix. */
  static Control groupDelete(Browser b, String group) {
    GroupsPage page = GroupsPage.open(b, group);
    if (page.refused()) {
      return Control.absent(Outcome.REFUSED);
    }
    page.showOnly(group);
    if (!page.showsGroup(group)) {
      return Control.absent(Outcome.NOT_FOUND);
    }
    return page.deleteButton(group);
  }

  /**
   * Switches the group's checkbox for the permission in the matrix: NOT_FOUND without such a
   * column, REFUSED where the checkbox is disabled.
   */
  static Outcome tick(Browser b, String group, String permission) {
    return new GroupsPage(b).tick(group, permission);
  }
}
