package org.teamward.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.Permission.ATTENDANCE_MANAGE;
import static org.teamward.access.Permission.ATTENDANCE_VIEW_ALL;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.Grant;
import org.teamward.access.TestCaller;
import org.teamward.employee.Employee;
import org.teamward.failure.Conflict;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.paging.PageRequest;
import org.teamward.persistence.TestData;
import org.teamward.persistence.TestDatabase;

class AttendanceTest {

  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final Attendance attendance = new Attendance();
  private Employee ann;
  private Employee bob;

  @BeforeEach
  void setUp() {
    attendance.em = db.em();
    attendance.caller = caller;
    attendance.policy = new AttendancePolicy();
    attendance.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ann = TestData.employee(db, "Ann");
    bob = TestData.employee(db, "Bob");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aDayWithABreak() {
    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT));
    db.inTransaction(() -> attendance.checkIn(null, null, NOW.minus(4, ChronoUnit.HOURS), null));
    assertThatThrownBy(() -> db.inTransaction(() -> attendance.checkIn(null, null, null, null)))
        .isInstanceOf(Conflict.class);
    db.inTransaction(() -> attendance.startBreak(null, NOW.minus(2, ChronoUnit.HOURS)));
    AttendanceRecord done = db.inTransaction(() -> attendance.checkOut(null, null));

    assertThat(done.getSource()).isEqualTo(AttendanceSource.WEB);
    assertThat(done.getCheckOut()).isEqualTo(NOW);
    AttendanceRecord stored = db.em().find(AttendanceRecord.class, done.getId());
    assertThat(stored.getBreaks())
        .singleElement()
        .satisfies(b -> assertThat(b.getEnd()).isEqualTo(NOW));
    assertThat(stored.worked(NOW)).hasHours(2);
    assertThatThrownBy(() -> db.inTransaction(() -> attendance.checkOut(null, null)))
        .isInstanceOf(Conflict.class);
    assertThat(attendance.current(null)).isNull();
  }

  @Test
  void theFutureIsRefused() {
    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT));
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () -> attendance.checkIn(null, null, NOW.plus(5, ChronoUnit.MINUTES), null)))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("at"));
  }

  @Test
  void aTerminalClocksEmployeesInItsScopeOnly() {
    caller.actAs(TestCaller.terminal(db, Set.of(bob.getId()), ATTENDANCE_CHECK_IN_OUT));
    AttendanceRecord record =
        db.inTransaction(() -> attendance.checkIn(bob.getId(), null, null, null));
    assertThat(record.getSource()).isEqualTo(AttendanceSource.TERMINAL);
    assertThat(attendance.current(bob.getId())).isNotNull();
    assertThatThrownBy(
            () -> db.inTransaction(() -> attendance.checkIn(ann.getId(), null, null, null)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> db.inTransaction(() -> attendance.checkIn(null, null, null, null)))
        .isInstanceOf(Invalid.class);
    // clocking someone in does not let the terminal read attendance lists
    assertThat(attendance.checkedInNow(PageRequest.first(10)).total()).isZero();
  }

  @Test
  void onlyAttendanceManagersCorrectAndDeleteWhatOthersMayOnlySee() {
    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT));
    long id =
        db.inTransaction(() -> attendance.checkIn(null, null, NOW.minus(3, ChronoUnit.HOURS), null))
            .getId();
    AttendanceCorrection shorter =
        new AttendanceCorrection(
            NOW.minus(2, ChronoUnit.HOURS), NOW.minus(1, ChronoUnit.HOURS), null);

    caller.actAs(TestCaller.person(bob.getId(), ATTENDANCE_CHECK_IN_OUT));
    assertThatThrownBy(() -> attendance.get(id)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> attendance.correct(id, null, shorter)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> attendance.delete(id, null)).isInstanceOf(NotFound.class);

    caller.actAs(TestCaller.person(bob.getId(), ATTENDANCE_VIEW_ALL));
    assertThat(attendance.get(id).getEmployee().getId()).isEqualTo(ann.getId());
    assertThatThrownBy(() -> attendance.correct(id, null, shorter)).isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> attendance.delete(id, null)).isInstanceOf(Forbidden.class);

    caller.actAs(TestCaller.person(bob.getId(), ATTENDANCE_MANAGE));
    db.inTransaction(() -> attendance.correct(id, null, shorter));
    assertThat(db.em().find(AttendanceRecord.class, id).getCheckOut())
        .isEqualTo(shorter.checkOut());
    db.inTransaction(() -> attendance.delete(id, null));
    assertThat(db.em().find(AttendanceRecord.class, id)).isNull();
  }

  @Test
  void whoIsInFollowsTheViewRight() {
    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT));
    db.inTransaction(() -> attendance.checkIn(null, null, null, null));
    caller.actAs(TestCaller.person(bob.getId(), ATTENDANCE_CHECK_IN_OUT));
    db.inTransaction(() -> attendance.checkIn(null, null, null, null));

    assertThat(attendance.checkedInNow(PageRequest.first(10)).items())
        .extracting(r -> r.getEmployee().getId())
        .containsExactly(bob.getId());
    caller.actAs(TestCaller.person(bob.getId(), ATTENDANCE_VIEW_ALL));
    assertThat(attendance.checkedInNow(PageRequest.first(10)).total()).isEqualTo(2);
    assertThat(
            attendance
                .list(
                    new AttendanceFilter(
                        ann.getId(), NOW.minus(1, ChronoUnit.DAYS), NOW.plusSeconds(1)),
                    PageRequest.first(10))
                .total())
        .isEqualTo(1);
  }

  @Test
  void aRetriedSwipeWithTheSameKeyClocksOnce() {
    caller.actAs(TestCaller.terminal(db, Set.of(bob.getId()), ATTENDANCE_CHECK_IN_OUT));
    Clocking first =
        db.inTransaction(() -> attendance.checkIn(bob.getId(), null, null, null, "swipe-1"));
    Clocking retry =
        db.inTransaction(() -> attendance.checkIn(bob.getId(), null, null, null, "swipe-1"));

    assertThat(first.replayed()).isFalse();
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.record().getId()).isEqualTo(first.record().getId());
    assertThatThrownBy(
            () -> db.inTransaction(() -> attendance.checkOut(bob.getId(), null, "swipe-1")))
        .isInstanceOf(Conflict.class);
    Clocking out = db.inTransaction(() -> attendance.checkOut(bob.getId(), null, "swipe-2"));
    assertThat(db.inTransaction(() -> attendance.checkOut(bob.getId(), null, "swipe-2")).record())
        .extracting(AttendanceRecord::getId)
        .isEqualTo(out.record().getId());
    assertThat(
            db.em()
                .createQuery("select count(r) from AttendanceRecord r", Long.class)
                .getSingleResult())
        .isEqualTo(1);
  }

  @Test
  void anIdempotencyKeyIsShortAndPrintable() {
    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT));
    assertThatThrownBy(
            () ->
                db.inTransaction(() -> attendance.checkIn(null, null, null, null, "x".repeat(101))))
        .isInstanceOf(Invalid.class);
    assertThatThrownBy(
            () -> db.inTransaction(() -> attendance.checkIn(null, null, null, null, "a\nb")))
        .isInstanceOf(Invalid.class);
    assertThat(db.inTransaction(() -> attendance.checkIn(null, null, null, null, "x".repeat(100))))
        .extracting(Clocking::replayed)
        .isEqualTo(false);
  }

  @Test
  void keysArePerCredential() {
    Grant terminal = TestCaller.terminal(db, Set.of(), ATTENDANCE_CHECK_IN_OUT);
    assertThat(Attendance.callerName(terminal)).isEqualTo("interface:" + terminal.id());
    assertThat(Attendance.callerName(TestCaller.person(7L, ATTENDANCE_CHECK_IN_OUT)))
        .isEqualTo("user:7");
  }

  @Test
  void theClockingFormOffersOneselfAndWithAttendanceManageEveryActiveEmployeeInScope() {
    Employee gone = TestData.employee(db, "Gone");
    db.inTransaction(() -> db.em().find(Employee.class, gone.getId()).setActive(false));

    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL));
    assertThat(attendance.clockableEmployees())
        .extracting(Employee::getId)
        .containsExactly(ann.getId());

    caller.actAs(TestCaller.person(null, ATTENDANCE_MANAGE));
    assertThat(attendance.clockableEmployees())
        .extracting(Employee::getId)
        .containsExactlyInAnyOrder(ann.getId(), bob.getId());

    caller.actAs(TestCaller.terminal(db, Set.of(bob.getId()), ATTENDANCE_CHECK_IN_OUT));
    assertThat(attendance.clockableEmployees())
        .extracting(Employee::getId)
        .containsExactly(bob.getId());
  }
}
