package org.teamward.it;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.teamward.it.Operation.Fixture;
import org.teamward.it.Operation.Outcome;

/**
 * The targets and actions of the administration matrix: user groups (the administrators' or a
 * weaker one) and accounts (the administrator's or a weaker one), and what is done to them, in both
 * channels. Each arrange makes a fresh target where it can; changes to the shared ones (the
 * Administrators group, the administrator's account) are undone by {@link Action#restore}.
 */
final class AdministrationCases {

  static final String ADMINISTRATORS = "Administrators";

  private AdministrationCases() {}

  /** One thing done to a target, through either channel. */
  interface Action {
    Fixture arrange();

    int api(Fixture f, Api.Device device);

    /** ALLOWED: submitted; REFUSED: the page offers no enabled control for it. */
    Outcome web(Fixture f, Browser b);

    String state(Fixture f);

    /** Undoes a change that succeeded on a shared target, acting as {@code device}. */
    default void restore(Fixture f, Api.Device device) {}
  }

  // --- targets --------------------------------------------------------------------------------

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

  // --- actions on groups ----------------------------------------------------------------------

  /** Switches one permission of the group on or off, all else kept. */
  static Action switchPermission(
      java.util.function.Supplier<Fixture> target, String permission, boolean on) {
    return new Action() {
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
        Control save = WebSteps.page(b, "/admin/groups.xhtml", By.id("groups:save"));
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

  static Action deleteGroup(java.util.function.Supplier<Fixture> target) {
    return new Action() {
      @Override
      public Fixture arrange() {
        return target.get();
      }

      @Override
      public int api(Fixture f, Api.Device device) {
        return device.bearer().delete("/api/user-groups/" + f.id("group")).statusCode();
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
  static Action renameGroup(java.util.function.Supplier<Fixture> target) {
    return new Action() {
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
        b.open("/admin/groups.xhtml");
        if (WebSteps.refused(b)) {
          return Outcome.REFUSED;
        }
        By rename =
            By.xpath(
                "//*[@id='matrixTable']/thead//th[contains(., '"
                    + f.text("name")
                    + "')]//button[substring(@id, string-length(@id) - 11) = ':renameGroup']");
        if (!b.present(rename)) {
          return Outcome.REFUSED;
        }
        b.click(rename);
        b.visible(By.id("groups:renameName"));
        b.type(By.id("groups:renameName"), Api.unique("renamed"));
        b.click(By.id("groups:saveRename"));
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

  // --- actions on accounts --------------------------------------------------------------------

  /**
   * Adds the account to another group, keeping its own: a fresh group with only {@code rights}, or
   * the administrators' when {@code rights} is null.
   */
  static Action putInto(java.util.function.Supplier<Fixture> target, Set<String> rights) {
    return new Action() {
      @Override
      public Fixture arrange() {
        Fixture f = target.get();
        Fixture group = rights == null ? administrators() : weakGroup(rights);
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
        b.visible(By.id("users:editName"));
        boolean offered =
            Boolean.TRUE.equals(
                ((JavascriptExecutor) b.driver)
                    .executeScript(
                        "var boxes = document.querySelectorAll("
                            + "\"input[name='users:editGroups']\");"
                            + "for (var i = 0; i < boxes.length; i++) {"
                            + "  if (boxes[i].value === arguments[0]) {"
                            + "    boxes[i].checked = true; return true;"
                            + "  }"
                            + "}"
                            + "return false;",
                        f.text("into")));
        if (!offered) {
          return Outcome.REFUSED;
        }
        b.click(By.id("users:saveMembership"));
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

  static Action deactivate(java.util.function.Supplier<Fixture> target) {
    return new Action() {
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

  static Action renameAccount(java.util.function.Supplier<Fixture> target) {
    return new Action() {
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
        b.visible(By.id("users:editName"));
        b.type(By.id("users:editName"), Api.unique("Renamed"));
        b.click(By.id("users:saveMembership"));
        return Outcome.ALLOWED;
      }

      @Override
      public String state(Fixture f) {
        return ApiSteps.read("/api/users/" + f.id("user"));
      }
    };
  }
}
