package org.teamward.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.rights.Permission.ATTENDANCE_MANAGE;
import static org.teamward.access.rights.Permission.ATTENDANCE_VIEW_ALL;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.TestCaller;
import org.teamward.employee.Employee;
import org.teamward.failure.Conflict;
import org.teamward.failure.Invalid;
import org.teamward.persistence.TestData;
import org.teamward.persistence.TestDatabase;

/**
 * Clocking as the API and terminals send it: idempotency keys, badges, the window a punch's time
 * must lie in, the conflicts that keep records from overlapping, and the clocking form's choices.
 */
class ClockingsTest {

  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private Attendance attendance;
  private Clockings clockings;
  private AttendanceBeans beans;
  private Employee ann;
  private Employee bob;

  @BeforeEach
  void setUp() {
    beans = new AttendanceBeans(db, caller, NOW);
    attendance = beans.attendance;
    clockings = beans.clockings;
    ann = TestData.employee(db, "Ann");
    bob = TestData.employee(db, "Bob");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aRetriedSwipeWithTheSameKeyClocksOnce() {
    caller.actAs(TestCaller.terminal(db, Set.of(bob.getId()), ATTENDANCE_CHECK_IN_OUT));
    Clocking first = db.inTransaction(() -> clockings.clock(in(bob), "swipe-1"));
    Clocking retry = db.inTransaction(() -> clockings.clock(in(bob), "swipe-1"));

    assertThat(first.replayed()).isFalse();
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.record().getId()).isEqualTo(first.record().getId());
    assertThatThrownBy(() -> db.inTransaction(() -> clockings.clock(out(bob), "swipe-1")))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("already used for a check-in");
    Clocking out = db.inTransaction(() -> clockings.clock(out(bob), "swipe-2"));
    assertThat(db.inTransaction(() -> clockings.clock(out(bob), "swipe-2")).record())
        .extracting(AttendanceRecord::getId)
        .isEqualTo(out.record().getId());
    assertThat(records()).isEqualTo(1);
  }

  @Test
  void aKeyReusedForADifferentRequestIsAConflictAndWritesNothing() {
    caller.actAs(
        TestCaller.terminal(db, Set.of(ann.getId(), bob.getId()), ATTENDANCE_CHECK_IN_OUT));
    db.inTransaction(() -> clockings.clock(in(bob), "swipe-1"));
    assertThatThrownBy(() -> db.inTransaction(() -> clockings.clock(in(ann), "swipe-1")))
        .isInstanceOfSatisfying(
            Conflict.class, c -> assertThat(c.problemType()).isEqualTo("idempotency-key-reused"));
    Punch earlier =
        new Punch(Punch.Kind.CHECK_IN, bob.getId(), null, null, NOW.minusSeconds(60), false);
    assertThatThrownBy(() -> db.inTransaction(() -> clockings.clock(earlier, "swipe-1")))
        .isInstanceOfSatisfying(
            Conflict.class, c -> assertThat(c.problemType()).isEqualTo("idempotency-key-reused"));
    assertThat(records()).isEqualTo(1);
    assertThat(attendance.current(ann.getId())).isNull();
  }

  @Test
  void aBadgeNamesTheEmployeeButOnlyWithinTheScope() {
    caller.actAs(TestCaller.terminal(db, Set.of(bob.getId()), ATTENDANCE_CHECK_IN_OUT));
    AttendanceRecord bobs =
        db.inTransaction(() -> clockings.clock(badge(Punch.Kind.CHECK_IN, bob), null)).record();
    assertThat(bobs.getEmployee().getId()).isEqualTo(bob.getId());

    Invalid outside =
        catchThrowableOfType(
            () -> db.inTransaction(() -> clockings.clock(badge(Punch.Kind.CHECK_IN, ann), null)),
            Invalid.class);
    Punch unknown = new Punch(Punch.Kind.CHECK_IN, null, "P-Nobody", null, null, false);
    Invalid missing =
        catchThrowableOfType(
            () -> db.inTransaction(() -> clockings.clock(unknown, null)), Invalid.class);
    assertThat(outside.violations()).isEqualTo(missing.violations());
    assertThat(outside.violations().get(0).field()).isEqualTo("personnelNumber");
    Punch both = new Punch(Punch.Kind.CHECK_OUT, ann.getId(), "P-Bob", null, null, false);
    assertThatThrownBy(() -> db.inTransaction(() -> clockings.clock(both, null)))
        .isInstanceOfSatisfying(
            Invalid.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("personnelNumber"));
    assertThat(attendance.current(bob.getId()).getCheckOut()).isNull();
  }

  @Test
  void punchesAreAcceptedWithinTheWindowOnly() {
    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT));
    Instant tooEarly = NOW.minus(7, ChronoUnit.DAYS).minusSeconds(1);
    assertThatThrownBy(() -> db.inTransaction(() -> clockings.checkIn(null, null, tooEarly, null)))
        .isInstanceOfSatisfying(
            Invalid.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "at must not lie more than 7 days in the past: that is as long as a terminal may"
                            + " keep punches offline"));
    assertThatThrownBy(
            () -> db.inTransaction(() -> clockings.checkIn(null, null, NOW.plusSeconds(121), null)))
        .isInstanceOf(Invalid.class);
    assertThat(records()).isZero();

    AttendanceRecord atTheEdge =
        db.inTransaction(() -> clockings.checkIn(null, null, NOW.minus(7, ChronoUnit.DAYS), null));
    assertThat(atTheEdge.getCheckIn()).isEqualTo(NOW.minus(7, ChronoUnit.DAYS));
    AttendanceRecord fast = db.inTransaction(() -> clockings.checkOut(null, NOW.plusSeconds(120)));
    assertThat(fast.getCheckOut()).as("a fast clock counts as now").isEqualTo(NOW);

    beans.window.lookBack = Duration.ofDays(1);
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () -> clockings.checkIn(null, null, NOW.minus(2, ChronoUnit.DAYS), null)))
        .hasMessageStartingWith("at must not lie more than 1 day in the past");
    beans.window.lookBack = Duration.ofMinutes(90);
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () -> clockings.checkIn(null, null, NOW.minus(2, ChronoUnit.HOURS), null)))
        .hasMessageStartingWith("at must not lie more than 90 minutes in the past");
  }

  @Test
  void impossibleSequencesAreNamedConflicts() {
    caller.actAs(TestCaller.terminal(db, Set.of(bob.getId()), ATTENDANCE_CHECK_IN_OUT));
    assertThatThrownBy(() -> db.inTransaction(() -> clockings.clock(out(bob), null)))
        .isInstanceOfSatisfying(
            Conflict.class, c -> assertThat(c.problemType()).isEqualTo("not-checked-in"))
        .hasMessage("Bob Test is not checked in, so cannot check out.");

    db.inTransaction(() -> clockings.clock(at(Punch.Kind.CHECK_IN, bob, 8), null));
    assertThatThrownBy(
            () -> db.inTransaction(() -> clockings.clock(at(Punch.Kind.CHECK_IN, bob, 7), null)))
        .isInstanceOfSatisfying(
            Conflict.class, c -> assertThat(c.problemType()).isEqualTo("already-checked-in"))
        .hasMessage("Bob Test is already checked in, since 2026-03-02T04:00:00Z.");
    assertThatThrownBy(
            () -> db.inTransaction(() -> clockings.clock(at(Punch.Kind.CHECK_OUT, bob, 9), null)))
        .isInstanceOfSatisfying(
            Conflict.class, c -> assertThat(c.problemType()).isEqualTo("before-check-in"));

    db.inTransaction(() -> clockings.clock(at(Punch.Kind.CHECK_OUT, bob, 4), null));
    assertThatThrownBy(
            () -> db.inTransaction(() -> clockings.clock(at(Punch.Kind.CHECK_IN, bob, 6), null)))
        .isInstanceOfSatisfying(
            Conflict.class, c -> assertThat(c.problemType()).isEqualTo("period-closed"))
        .hasMessage(
            "The check-in at 2026-03-02T06:00:00Z falls into a period that is already closed:"
                + " Bob Test was present from 2026-03-02T04:00:00Z to 2026-03-02T08:00:00Z.");
    assertThat(records()).as("nothing written by the refusals").isEqualTo(1);
    assertThat(db.inTransaction(() -> clockings.clock(at(Punch.Kind.CHECK_IN, bob, 3), null)))
        .as("after the closed period")
        .extracting(c -> c.record().getCheckIn())
        .isEqualTo(NOW.minus(3, ChronoUnit.HOURS));
  }

  @Test
  void expiredKeysAreForgottenByTheHousekeepingNotByAPunch() {
    caller.actAs(TestCaller.terminal(db, Set.of(bob.getId()), ATTENDANCE_CHECK_IN_OUT));
    db.inTransaction(() -> clockings.clock(in(bob), "old"));
    beans.now(NOW.plus(8, ChronoUnit.DAYS));
    db.inTransaction(() -> clockings.clock(out(bob), "new"));
    assertThat(keys()).as("a punch leaves old keys alone").isEqualTo(2);

    assertThat(db.inTransaction(() -> clockings.forgetExpiredKeys())).isZero();
    beans.now(NOW.plus(8, ChronoUnit.DAYS).plusSeconds(1));
    assertThat(db.inTransaction(() -> clockings.forgetExpiredKeys())).isEqualTo(1);
    assertThat(keys()).isEqualTo(1);
  }

  @Test
  void anIdempotencyKeyIsShortAndPrintable() {
    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT));
    assertThatThrownBy(() -> db.inTransaction(() -> clockings.clock(in(null), "x".repeat(101))))
        .isInstanceOf(Invalid.class);
    assertThatThrownBy(() -> db.inTransaction(() -> clockings.clock(in(null), "a\nb")))
        .isInstanceOf(Invalid.class);
    assertThatThrownBy(() -> db.inTransaction(() -> clockings.clock(in(null), " ")))
        .isInstanceOf(Invalid.class);
    assertThat(db.inTransaction(() -> clockings.clock(in(null), "x".repeat(100))))
        .extracting(Clocking::replayed)
        .isEqualTo(false);
  }

  @Test
  void keysArePerCredential() {
    Grant terminal = TestCaller.terminal(db, Set.of(), ATTENDANCE_CHECK_IN_OUT);
    assertThat(IdempotencyKeys.callerName(terminal)).isEqualTo("interface:" + terminal.id());
    assertThat(IdempotencyKeys.callerName(TestCaller.person(7L, ATTENDANCE_CHECK_IN_OUT)))
        .isEqualTo("user:7");
  }

  @Test
  void theClockingFormOffersOneselfAndWithAttendanceManageEveryActiveEmployeeInScope() {
    Employee gone = TestData.employee(db, "Gone");
    db.inTransaction(() -> db.em().find(Employee.class, gone.getId()).setActive(false));

    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL));
    assertThat(clockings.clockableEmployees(null, 500))
        .extracting(Employee::getId)
        .containsExactly(ann.getId());

    caller.actAs(TestCaller.person(null, ATTENDANCE_MANAGE));
    assertThat(clockings.clockableEmployees(null, 500))
        .extracting(Employee::getId)
        .containsExactlyInAnyOrder(ann.getId(), bob.getId());

    caller.actAs(TestCaller.terminal(db, Set.of(bob.getId()), ATTENDANCE_CHECK_IN_OUT));
    assertThat(clockings.clockableEmployees(null, 500))
        .extracting(Employee::getId)
        .containsExactly(bob.getId());
  }

  private long records() {
    return db.em()
        .createQuery("select count(r) from AttendanceRecord r", Long.class)
        .getSingleResult();
  }

  private long keys() {
    return db.em()
        .createQuery("select count(k) from IdempotencyKey k", Long.class)
        .getSingleResult();
  }

  private static Punch in(Employee employee) {
    return Punch.checkIn(employee == null ? null : employee.getId(), null, null);
  }

  private static Punch out(Employee employee) {
    return Punch.checkOut(employee.getId(), null);
  }

  private static Punch badge(Punch.Kind kind, Employee employee) {
    return new Punch(kind, null, employee.getPersonnelNumber(), null, null, false);
  }

  /** A punch {@code hoursAgo} hours before now, sent live. */
  private static Punch at(Punch.Kind kind, Employee employee, int hoursAgo) {
    return new Punch(
        kind, employee.getId(), null, null, NOW.minus(hoursAgo, ChronoUnit.HOURS), false);
  }
}
