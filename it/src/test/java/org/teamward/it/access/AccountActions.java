package org.teamward.it.access;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.teamward.it.pages.UsersPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;

/** The accounts of the administration matrix, and what is done to them. */
final class AccountActions {

  private AccountActions() {}

  static Fixture weakAccount() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    return new Fixture(null)
        .with("user", person.id())
        .with("email", person.email())
        .with("groups", List.of(person.groupId()));
  }

  static Fixture adminAccount() {
    long id = Api.admin().userId();
    List<Long> groups =
        Api.admin()
            .bearer()
            .get("/api/users/" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("groups", Long.class);
    return new Fixture(null).with("user", id).with("email", Api.ADMIN_EMAIL).with("groups", groups);
  }

  /**
   * Adds the account to another group, keeping its own: a fresh group with only {@code rights}, or
   * the administrators' when {@code rights} is null.
   */
  static AdminAction putInto(Supplier<Fixture> target, Set<String> rights) {
    return new AdminAction() {
      @Override
      public Fixture arrange() {
        Fixture f = target.get();
        Fixture group =
            rights == null ? GroupActions.administrators() : GroupActions.weakGroup(rights);
        return f.with("into", group.id("group"));
      }

      @Override
      @SuppressWarnings("unchecked")
      public int api(Fixture f, Api.Device device) {
        Set<Long> groups = new HashSet<>((List<Long>) f.values.get("groups"));
        groups.add(f.id("into"));
        return ApiSteps.put(device, "/api/users/" + f.id("user"), Map.of("groups", groups));
      }

      @Override
      public Outcome web(Fixture f, Browser b) {
        Control edit = AdministrationOperations.userRow(b, f.text("email"), "edit");
        if (!edit.offered()) {
          return edit.absent();
        }
        edit.click(b);
        UsersPage page = new UsersPage(b);
        page.waitForEditDialog();
        boolean offered = page.tickGroup(f.text("into"));
        if (!offered) {
          return Outcome.REFUSED;
        }
        page.saveChanges();
        return Outcome.ALLOWED;
      }

      @Override
      public String state(Fixture f) {
        return ApiSteps.read("/api/users/" + f.id("user"));
      }

      @Override
      public void restore(Fixture f, Api.Device device) {
        // A weak account made an administrator must not stay an active holder of every right.
        Api.setActive(f.id("user"), false);
      }
    };
  }

  static AdminAction deactivate(Supplier<Fixture> target) {
    return new AdminAction() {
      @Override
      public Fixture arrange() {
        return target.get();
      }

      @Override
      public int api(Fixture f, Api.Device device) {
        return ApiSteps.put(device, "/api/users/" + f.id("user"), Map.of("active", false));
      }

      @Override
      public Outcome web(Fixture f, Browser b) {
        return AdministrationOperations.userRow(b, f.text("email"), "deactivate").confirm(b);
      }

      @Override
      public String state(Fixture f) {
        return ApiSteps.read("/api/users/" + f.id("user"));
      }
    };
  }

  static AdminAction renameAccount(Supplier<Fixture> target) {
    return new AdminAction() {
      @Override
      public Fixture arrange() {
        return target.get();
      }

      @Override
      public int api(Fixture f, Api.Device device) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Api.unique("Renamed"));
        return ApiSteps.put(device, "/api/users/" + f.id("user"), body);
      }

      @Override
      public Outcome web(Fixture f, Browser b) {
        Control edit = AdministrationOperations.userRow(b, f.text("email"), "edit");
        if (!edit.offered()) {
          return edit.absent();
        }
        edit.click(b);
        UsersPage page = new UsersPage(b);
        page.waitForEditDialog();
        page.rename(Api.unique("Renamed"));
        page.saveChanges();
        return Outcome.ALLOWED;
      }

      @Override
      public String state(Fixture f) {
        return ApiSteps.read("/api/users/" + f.id("user"));
      }
    };
  }

  /** Sets the account's sign-in mode ("sso"): an account change like any other. */
  static AdminAction setSso(Supplier<Fixture> target, String mode) {
    return new AdminAction() {
      @Override
      public Fixture arrange() {
        return target.get();
      }

      @Override
      public int api(Fixture f, Api.Device device) {
        return ApiSteps.put(device, "/api/users/" + f.id("user"), Map.of("sso", mode));
      }

      @Override
      public Outcome web(Fixture f, Browser b) {
        Control edit = AdministrationOperations.userRow(b, f.text("email"), "edit");
        if (!edit.offered()) {
          return edit.absent();
        }
        edit.click(b);
        UsersPage page = new UsersPage(b);
        page.waitForEditDialog();
        if (!page.chooseSignInMode(mode.toUpperCase(java.util.Locale.ROOT))) {
          return Outcome.REFUSED;
        }
        page.saveChanges();
        return Outcome.ALLOWED;
      }

      @Override
      public String state(Fixture f) {
        return ApiSteps.read("/api/users/" + f.id("user"));
      }
    };
  }
}
