package org.teamward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.TestCaller;
import org.teamward.persistence.TestDatabase;

/**
 * Refused credentials and throttled attempts are counted: one row per kind of refusal, identifier,
 * client address and minute, however often it happens, while successes stay one row each.
 */
class CountedRefusalsTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:10Z");

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final AuditTrail trail = TestAudit.trail(db, caller);

  @AfterEach
  void close() {
    db.close();
  }

  private void refuse(Instant at, String ip, String id, String detail) {
    trail.clock = Clock.fixed(at, ZoneOffset.UTC);
    caller.from(ip);
    trail.record(
        "Authentication.apiSecret",
        Outcome.FAILED,
        null,
        null,
        Actor.attempt(id, "DEVICE_PASSWORD"),
        detail);
  }

  @Test
  void refusalsOfOneKindFromOneAddressInOneMinuteAreOneRowWithTheirCount() {
    for (int i = 0; i < 7; i++) {
      refuse(T0.plusSeconds(i * 5), "192.0.2.1", "42", "refused");
    }

    assertThat(TestAudit.events(db))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getAttempts()).isEqualTo(7);
              assertThat(e.getActorName()).isEqualTo("42");
              assertThat(e.getClientIp()).isEqualTo("192.0.2.1");
              assertThat(e.getDetail()).isEqualTo("refused");
              assertThat(e.getOccurredAt()).isEqualTo(T0);
            });
  }

  @Test
  void anotherAddressKindIdentifierOrMinuteIsAnotherRow() {
    refuse(T0, "192.0.2.1", "42", "refused");
    refuse(T0, "192.0.2.2", "42", "refused");
    refuse(T0, "192.0.2.1", "43", "refused");
    refuse(T0, "192.0.2.1", "42", "throttled");
    refuse(T0.plusSeconds(60), "192.0.2.1", "42", "refused");
    refuse(T0.plusSeconds(1), "192.0.2.1", "42", "refused");

    assertThat(TestAudit.events(db))
        .extracting(AuditEvent::getAttempts)
        .containsExactly(2, 1, 1, 1, 1);
  }

  @Test
  void successesAreOneRowEach() {
    trail.clock = Clock.fixed(T0, ZoneOffset.UTC);
    caller.from("192.0.2.1");
    for (int i = 0; i < 3; i++) {
      trail.record(
          "Authentication.personalPassword",
          Outcome.SUCCESS,
          "UserAccount",
          1L,
          new Actor(ActorKind.USER, 1L, "Ann", "PERSONAL_PASSWORD", null));
    }

    assertThat(TestAudit.events(db))
        .hasSize(3)
        .allSatisfy(e -> assertThat(e.getAttempts()).isEqualTo(1));
  }
}
