package org.teamward.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.teamward.it.support.Api;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Concurrently;

/**
 * Concurrent requests that each are fine alone and together would break a rule: they must be
 * serialised, so that never both succeed. Every race is run many times, each time released at once
 * by a barrier; nothing waits for time to pass.
 */
public abstract class RaceTests {

  static final int ATTEMPTS = 20;

  /** The permission made scarce; nothing else in the suite needs it. */
  static final String SCARCE = "AUDIT_VIEW";

  /**
   * A and B are the only active holders of a permission and deactivate each other at the same
   * moment. The first to take the guard succeeds; the other then either still gets in with the
   * rights it had when its request began and is refused because it would leave the permission
   * without a holder (409), or its request begins after the first committed and its device
   * password, revoked with its deactivation, no longer authenticates (401).
   */
  @Test
  void theLastTwoHoldersNeverDeactivateEachOther() {
    try (SoleHolders holders = new SoleHolders(SCARCE)) {
      SoleHolders.Holder a = holders.a;
      SoleHolders.Holder b = holders.b;
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        List<Response> answers = Concurrently.run(deactivate(a, b.id()), deactivate(b, a.id()));
        int byA = answers.get(0).statusCode();
        int byB = answers.get(1).statusCode();
        String seen = "attempt " + attempt + ": A got " + byA + ", B got " + byB;

        assertThat(List.of(byA, byB)).as(seen).containsOnlyOnce(200);
        Response lost = byA == 200 ? answers.get(1) : answers.get(0);
        assertThat(lost.statusCode()).as(seen).isIn(401, 409);
        assertThat(lost.contentType()).as(seen).startsWith("application/problem+json");
        SoleHolders.Holder winner = byA == 200 ? a : b;
        SoleHolders.Holder loser = byA == 200 ? b : a;
        assertThat(SoleHolders.active(winner.id())).as(seen).isTrue();
        assertThat(SoleHolders.active(loser.id())).as(seen).isFalse();

        assertThat(winner.put("/api/users/" + loser.id(), Map.of("active", true)))
            .as("reactivated")
            .isEqualTo(200);
        loser.renewDevice();
      }
    }
  }

  /**
   * A and B hold the permission each through their own group, and each takes it from the other's
   * group at the same moment. The loser is refused as leaving no holder (409), or, when its request
   * began after the winner's change, because it no longer holds the permission it removes (403).
   */
  @Test
  void twoGroupEditsNeverBothTakeTheLastHoldersRight() {
    try (SoleHolders holders = new SoleHolders(SCARCE)) {
      SoleHolders.Holder a = holders.a;
      SoleHolders.Holder b = holders.b;
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        List<Response> answers =
            Concurrently.run(takeScarce(a, b.group()), takeScarce(b, a.group()));
        int byA = answers.get(0).statusCode();
        int byB = answers.get(1).statusCode();
        String seen = "attempt " + attempt + ": A got " + byA + ", B got " + byB;

        assertThat(List.of(byA, byB)).as(seen).containsOnlyOnce(200);
        Response lost = byA == 200 ? answers.get(1) : answers.get(0);
        assertThat(lost.statusCode()).as(seen).isIn(403, 409);
        assertThat(lost.contentType()).as(seen).startsWith("application/problem+json");
        SoleHolders.Holder winner = byA == 200 ? a : b;
        SoleHolders.Holder loser = byA == 200 ? b : a;
        assertThat(SoleHolders.permissionsOf(SoleHolders.group(winner.group())))
            .as(seen)
            .contains(SCARCE);
        Map<String, Object> taken = SoleHolders.group(loser.group());
        Set<String> permissions = SoleHolders.permissionsOf(taken);
        assertThat(permissions).as(seen).doesNotContain(SCARCE);

        permissions.add(SCARCE);
        assertThat(
                winner.put(
                    "/api/user-groups/" + loser.group(), SoleHolders.groupBody(taken, permissions)))
            .as("given back")
            .isEqualTo(200);
      }
    }
  }

  /**
   * Twenty check-ins for one employee at once, without an Idempotency-Key: one opens the record,
   * every other is a conflict, and exactly one record is open afterwards.
   */
  @Test
  void concurrentCheckInsOpenExactlyOneRecord() {
    Api.Actor actor = Api.createActor(Set.of("ATTENDANCE_CHECK_IN_OUT"));
    long employee = actor.employee().id();
    ApiSteps.checkedOut(employee);
    List<Callable<Response>> checkIns = new ArrayList<>();
    for (int i = 0; i < ATTEMPTS; i++) {
      checkIns.add(
          () ->
              actor
                  .device()
                  .bearer()
                  .contentType(ContentType.JSON)
                  .body(Map.of())
                  .post("/api/attendance/check-in"));
    }

    List<Response> answers = Concurrently.run(checkIns);

    List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
    assertThat(statuses).as("statuses").containsOnlyOnce(201);
    assertThat(statuses.stream().filter(s -> s != 201)).as("statuses").containsOnly(409);
    answers.stream()
        .filter(r -> r.statusCode() == 409)
        .forEach(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
    List<Object> open =
        Api.admin()
            .bearer()
            .get("/api/attendance?limit=500&employeeId=" + employee)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.findAll { it.checkOut == null }");
    assertThat(open).as("open records").hasSize(1);
  }

  private static Callable<Response> deactivate(SoleHolders.Holder by, long target) {
    Api.Device device = by.device;
    String etag = Api.etag("/api/users/" + target);
    return () ->
        device
            .bearer()
            .contentType(ContentType.JSON)
            .header("If-Match", etag)
            .body(Map.of("active", false))
            .put("/api/users/" + target);
  }

  private static Callable<Response> takeScarce(SoleHolders.Holder by, long group) {
    Map<String, Object> current = SoleHolders.group(group);
    Set<String> without = SoleHolders.permissionsOf(current);
    without.remove(SCARCE);
    Map<String, Object> body = SoleHolders.groupBody(current, without);
    Api.Device device = by.device;
    String etag = Api.etag("/api/user-groups/" + group);
    return () ->
        device
            .bearer()
            .contentType(ContentType.JSON)
            .header("If-Match", etag)
            .body(body)
            .put("/api/user-groups/" + group);
  }
}
