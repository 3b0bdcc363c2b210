package org.teamward.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.TestCaller;
import org.teamward.employee.Employee;
import org.teamward.failure.Conflict;
import org.teamward.failure.Invalid;
import org.teamward.persistence.TestData;
import org.teamward.persistence.TestDatabase;

class BufferedPunchesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final BufferedPunches punches = new BufferedPunches();
  private Employee bob;

  @BeforeEach
  void setUp() {
    // each punch in its own transaction, as the container runs them
    Clockings clockings =
        new Clockings() {
          @Override
          public Clocking clock(Punch punch, String idempotencyKey) {
            return db.inTransaction(() -> super.clock(punch, idempotencyKey));
          }
        };
    punches.clockings = new AttendanceBeans(db, caller, NOW, clockings).clockings;
    bob = TestData.employee(db, "Bob");
    caller.actAs(TestCaller.terminal(db, Set.of(bob.getId()), ATTENDANCE_CHECK_IN_OUT));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aBatchIsAppliedInTimeOrderAndEachPunchIsMarkedOffline() {
    List<BufferedPunches.Event> day =
        List.of(event("out", Punch.Kind.CHECK_OUT, 1), event("in", Punch.Kind.CHECK_IN, 9));

    List<BufferedPunches.Outcome> outcomes = punches.deliver(day);

    assertThat(outcomes).extracting(BufferedPunches.Outcome::eventId).containsExactly("out", "in");
    assertThat(outcomes).allSatisfy(o -> assertThat(o.refusal()).isNull());
    AttendanceRecord record = outcomes.get(0).record();
    assertThat(record.getCheckIn()).isEqualTo(NOW.minus(9, ChronoUnit.HOURS));
    assertThat(record.getCheckOut()).isEqualTo(NOW.minus(1, ChronoUnit.HOURS));
    assertThat(record.isCheckInOffline()).isTrue();
    assertThat(record.isCheckOutOffline()).isTrue();
    assertThat(record.getSource()).isEqualTo(AttendanceSource.TERMINAL);
  }

  @Test
  void aBatchDeliveredTwiceIsAppliedOnce() {
    List<BufferedPunches.Event> day =
        List.of(event("in", Punch.Kind.CHECK_IN, 9), event("out", Punch.Kind.CHECK_OUT, 1));
    List<BufferedPunches.Outcome> first = punches.deliver(day);

    List<BufferedPunches.Outcome> again = punches.deliver(day);

    assertThat(again).allSatisfy(o -> assertThat(o.replayed()).isTrue());
    assertThat(again.get(0).record().getId()).isEqualTo(first.get(0).record().getId());
    assertThat(records()).isEqualTo(1);
  }

  @Test
  void oneRefusedPunchStopsNeitherTheOthersNorUndoesThem() {
    List<BufferedPunches.Event> withADoubleTap =
        List.of(
            event("in", Punch.Kind.CHECK_IN, 9),
            event("in-again", Punch.Kind.CHECK_IN, 8),
            event("ancient", Punch.Kind.CHECK_IN, 24 * 8),
            event("out", Punch.Kind.CHECK_OUT, 1));

    List<BufferedPunches.Outcome> outcomes = punches.deliver(withADoubleTap);

    assertThat(outcomes.get(0).refusal()).isNull();
    assertThat(outcomes.get(1).refusal())
        .isInstanceOfSatisfying(
            Conflict.class, c -> assertThat(c.problemType()).isEqualTo("already-checked-in"));
    assertThat(outcomes.get(2).refusal()).isInstanceOf(Invalid.class);
    assertThat(outcomes.get(3).refusal()).isNull();
    assertThat(outcomes.get(3).record().getCheckOut()).isEqualTo(NOW.minus(1, ChronoUnit.HOURS));
    assertThat(records()).isEqualTo(1);
  }

  @Test
  void aBatchIsBoundedAndEveryEventSaysWhatAndWhen() {
    assertThatThrownBy(() -> punches.deliver(List.of())).isInstanceOf(Invalid.class);
    assertThatThrownBy(
            () ->
                punches.deliver(
                    Collections.nCopies(
                        BufferedPunches.MAX_EVENTS + 1, event("in", Punch.Kind.CHECK_IN, 1))))
        .isInstanceOf(Invalid.class)
        .hasMessageContaining("at most 500");
    BufferedPunches.Event undated =
        new BufferedPunches.Event(
            "x", new Punch(Punch.Kind.CHECK_IN, bob.getId(), null, null, null, true));
    assertThatThrownBy(() -> punches.deliver(List.of(event("in", Punch.Kind.CHECK_IN, 1), undated)))
        .isInstanceOfSatisfying(
            Invalid.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("events[1].at"));
    BufferedPunches.Event anonymous =
        new BufferedPunches.Event(null, event("in", Punch.Kind.CHECK_IN, 1).punch());
    assertThatThrownBy(() -> punches.deliver(List.of(anonymous)))
        .isInstanceOfSatisfying(
            Invalid.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("events[0].eventId"));
    assertThat(records()).isZero();
  }

  private BufferedPunches.Event event(String id, Punch.Kind kind, int hoursAgo) {
    return new BufferedPunches.Event(
        id, new Punch(kind, bob.getId(), null, null, NOW.minus(hoursAgo, ChronoUnit.HOURS), true));
  }

  private long records() {
    return db.em()
        .createQuery("select count(r) from AttendanceRecord r", Long.class)
        .getSingleResult();
  }
}
