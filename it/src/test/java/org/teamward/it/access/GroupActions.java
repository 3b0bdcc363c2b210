package org.teamward.it.access;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.teamward.it.pages.GroupsPage;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;
import org.teamward.it.support.WebSteps;

/** The user groups of the administration matrix, and what is done to them. */
final class GroupActions {

  static final String ADMINISTRATORS = "Administrators";

  private GroupActions() {}

  static Fixture weakGroup(Set<String> permissions) {
    String name = Api.unique("weak");
    long id =
        Api.admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(Map.of("name", name, "permissions", permissions))
            .post("/api/user-groups")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return new Fixture(null).with("group", id).with("name", name);
  }

  static Fixture administrators() {
    Map<String, Object> group =
        SoleHolders.groups().stream()
            .filter(g -> ADMINISTRATORS.equals(g.get("name")))
            .findFirst()
            .orElseThrow();
    return new Fixture(null).with("group", group.get("id")).with("name", ADMINISTRATORS);
  }

  /** Switches one permission of the group on or off, all else kept. */
  static AdminAction switchPermission(Supplier<Fixture> target, String permission, boolean on) {
    return new AdminAction() {
      @Override
      public Fixture arrange() {
        return target.get();
      }

      @Override
      public int api(Fixture f, Api.Device device) {
        return ApiSteps.put(device, "/api/user-groups/" + f.id("group"), switched(f, on));
      }

      @Override
      public Outcome web(Fixture f, Browser b) {
        Control save = GroupsPage.saveButton(b, f.text("name"));
        Outcome ticked =
            WebSteps.refused(b)
                ? Outcome.REFUSED
                : AdministrationOperations.tick(b, f.text("name"), permission);
        if (ticked != Outcome.ALLOWED) {
          return ticked;
        }
        return save.click(b);
      }

      @Override
      public String state(Fixture f) {
        return ApiSteps.read("/api/user-groups/" + f.id("group"));
      }

      @Override
      public void restore(Fixture f, Api.Device device) {
        ApiSteps.put(device, "/api/user-groups/" + f.id("group"), switched(f, !on));
      }

      private Map<String, Object> switched(Fixture f, boolean wanted) {
        Map<String, Object> group = SoleHolders.group(f.id("group"));
        Set<String> permissions = SoleHolders.permissionsOf(group);
        if (wanted) {
          permissions.add(permission);
        } else {
          permissions.remove(permission);
        }
        return SoleHolders.groupBody(group, permissions);
      }
    };
  }

  static AdminAction deleteGroup(Supplier<Fixture> target) {
    return new AdminAction() {
      @Override
      public Fixture arrange() {
        return target.get();
      }

      @Override
      public int api(Fixture f, Api.Device device) {
        return ApiSteps.delete(device, "/api/user-groups/" + f.id("group"));
      }

      @Override
      public Outcome web(Fixture f, Browser b) {
        return AdministrationOperations.groupDelete(b, f.text("name")).confirm(b);
      }

      @Override
      public String state(Fixture f) {
        return ApiSteps.read("/api/user-groups/" + f.id("group"));
      }
    };
  }

  /** Renames the group, its rights unchanged. */
  static AdminAction renameGroup(Supplier<Fixture> target) {
    return new AdminAction() {
      @Override
      public Fixture arrange() {
        Fixture f = target.get();
        return f.with("original", SoleHolders.group(f.id("group")));
      }

      @Override
      public int api(Fixture f, Api.Device device) {
        Map<String, Object> group = SoleHolders.group(f.id("group"));
        Map<String, Object> body = SoleHolders.groupBody(group, SoleHolders.permissionsOf(group));
        body.put("name", Api.unique("renamed"));
        return ApiSteps.put(device, "/api/user-groups/" + f.id("group"), body);
      }

      @Override
      public Outcome web(Fixture f, Browser b) {
        GroupsPage page = GroupsPage.open(b, f.text("name"));
        if (page.refused()) {
          return Outcome.REFUSED;
        }
        Control rename = page.renameButton(f.text("name"));
        if (!rename.offered()) {
          return rename.absent();
        }
        rename.click(b);
        page.renameTo(Api.unique("renamed"));
        return Outcome.ALLOWED;
      }

      @Override
      public String state(Fixture f) {
        return ApiSteps.read("/api/user-groups/" + f.id("group"));
      }

      @Override
      @SuppressWarnings("unchecked")
      public void restore(Fixture f, Api.Device device) {
        Map<String, Object> original = (Map<String, Object>) f.values.get("original");
        ApiSteps.put(
            Api.admin(),
            "/api/user-groups/" + f.id("group"),
            SoleHolders.groupBody(original, SoleHolders.permissionsOf(original)));
      }
    };
  }
}
