package org.teamward.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.teamward.access.rights.Permission;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;

/**
 * Two people, A and B, who are the only active holders of one permission. Both hold every
 * permission, each through a group of their own; then A takes the permission from every other group
 * (the administrators' included), which the policy lets them do because they hold it and the rule
 * "no right without a holder" allows because B and A still hold it. Closing gives it back to every
 * group that had it, deactivates A and B and deletes their groups.
 */
public final class SoleHolders implements AutoCloseable {

  /** One person of the pair, with the device password they act through, renewed as needed. */
  static final class Holder {
    final Api.Person person;
    Api.Device device;

    Holder(Api.Person person) {
      this.person = person;
      this.device = Api.createDevice(person.email(), person.password(), "sole holder");
    }

    long id() {
      return person.id();
    }

    long group() {
      return person.groupId();
    }

    /** A new device password, since deactivation revoked the old one for good. */
    void renewDevice() {
      device = Api.createDevice(person.email(), person.password(), "sole holder again");
    }

    int put(String path, Map<String, ?> body) {
      return ApiSteps.put(device, path, body);
    }
  }

  final String permission;
  final Holder a;
  final Holder b;
  private final Map<Long, Map<String, Object>> takenFrom = new HashMap<>();

  SoleHolders(String permission) {
    this.permission = permission;
    Set<String> all = new TreeSet<>();
    for (Permission p : EnumSet.allOf(Permission.class)) {
      all.add(p.name());
    }
    a = new Holder(Api.createPerson(all));
    b = new Holder(Api.createPerson(all));
    for (Map<String, Object> group : groups()) {
      long id = ((Number) group.get("id")).longValue();
      if (id != a.group() && id != b.group() && permissionsOf(group).contains(permission)) {
        takenFrom.put(id, group);
        Set<String> without = permissionsOf(group);
        without.remove(permission);
        assertThat(a.put("/api/user-groups/" + id, groupBody(group, without)))
            .as("%s takes %s from group %s", "A", permission, group.get("name"))
            .isEqualTo(200);
      }
    }
    assertThat(takenFrom).as("the administrators held it").isNotEmpty();
    Api.admin()
        .bearer()
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("permissions", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(permission)));
  }

  /** A group's body for PUT, with other permissions and everything else as it is. */
  static Map<String, Object> groupBody(Map<String, Object> group, Set<String> permissions) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", group.get("name"));
    if (group.get("description") != null) {
      body.put("description", group.get("description"));
    }
    body.put("permissions", permissions);
    return body;
  }

  @SuppressWarnings("unchecked")
  public static Set<String> permissionsOf(Map<String, Object> group) {
    return new TreeSet<>((List<String>) group.get("permissions"));
  }

  /** One group as the administrator reads it. */
  public static Map<String, Object> group(long id) {
    return Api.admin()
        .bearer()
        .get("/api/user-groups/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("$");
  }

  /** Every group, page by page. */
  static List<Map<String, Object>> groups() {
    List<Map<String, Object>> all = new ArrayList<>();
    int offset = 0;
    while (true) {
      JsonPath page =
          Api.admin()
              .bearer()
              .get("/api/user-groups?limit=100&offset=" + offset)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> items = page.getList("items");
      all.addAll(items);
      offset += items.size();
      if (items.isEmpty() || offset >= page.getLong("total")) {
        return all;
      }
    }
  }

  static boolean active(long userId) {
    return Api.admin()
        .bearer()
        .get("/api/users/" + userId)
        .then()
        .extract()
        .jsonPath()
        .getBoolean("active");
  }

  /** Whichever of the two is active acts; answers it. */
  Holder anActiveOne() {
    return active(a.id()) ? a : b;
  }

  /**
   * Gives everything back: both active and holding the permission, then the permission back to
   * every group it was taken from; then the administrator, who holds it again, deactivates both.
   */
  @Override
  public void close() {
    Holder acting = anActiveOne();
    for (Holder h : List.of(a, b)) {
      if (!active(h.id())) {
        assertThat(acting.put("/api/users/" + h.id(), Map.of("active", true))).isEqualTo(200);
        h.renewDevice();
      }
    }
    for (Holder h : List.of(a, b)) {
      Map<String, Object> group = group(h.group());
      Set<String> permissions = permissionsOf(group);
      if (permissions.add(permission)) {
        assertThat(acting.put("/api/user-groups/" + h.group(), groupBody(group, permissions)))
            .isEqualTo(200);
      }
    }
    takenFrom.forEach(
        (id, group) ->
            assertThat(acting.put("/api/user-groups/" + id, groupBody(group, permissionsOf(group))))
                .as("%s given back to %s", permission, group.get("name"))
                .isEqualTo(200));
    for (Holder h : List.of(a, b)) {
      Api.setActive(h.id(), false);
      Api.admin()
          .bearer()
          .contentType(ContentType.JSON)
          .header("If-Match", Api.etag("/api/user-groups/" + h.group()))
          .delete("/api/user-groups/" + h.group())
          .then()
          .statusCode(204);
    }
  }
}
