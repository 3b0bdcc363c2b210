package org.teamward.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.rights.Permission.ATTENDANCE_MANAGE;
import static org.teamward.access.rights.Permission.ATTENDANCE_VIEW_ALL;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.TestCaller;
import org.teamward.employee.Employee;
import org.teamward.failure.Conflict;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.paging.PageRequest;
import org.teamward.persistence.TestData;
import org.teamward.persistence.TestDatabase;

/**
 * Reading, breaks and managers' corrections; clocking with keys and badges is {@link
 * ClockingsTest}.
 */
class AttendanceTest {

  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private Attendance attendance;
  private Clockings clockings;
  private Breaks breaks;
  private Corrections corrections;
  private Employee ann;
  private Employee bob;

  @BeforeEach
  void setUp() {
    AttendanceBeans beans = new AttendanceBeans(db, caller, NOW);
    attendance = beans.attendance;
    clockings = beans.clockings;
    breaks = beans.breaks;
    corrections = beans.corrections;
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
    db.inTransaction(() -> clockings.checkIn(null, null, NOW.minus(4, ChronoUnit.HOURS), null));
    assertThatThrownBy(() -> db.inTransaction(() -> clockings.checkIn(null, null, null, null)))
        .isInstanceOf(Conflict.class);
    db.inTransaction(() -> breaks.startBreak(null, NOW.minus(2, ChronoUnit.HOURS)));
    AttendanceRecord done = db.inTransaction(() -> clockings.checkOut(null, null));

    assertThat(done.getSource()).isEqualTo(AttendanceSource.WEB);
    assertThat(done.getCheckOut()).isEqualTo(NOW);
    AttendanceRecord stored = db.em().find(AttendanceRecord.class, done.getId());
    assertThat(stored.getBreaks())
        .singleElement()
        .satisfies(b -> assertThat(b.getEnd()).isEqualTo(NOW));
    assertThat(stored.worked(NOW)).hasHours(2);
    assertThatThrownBy(() -> db.inTransaction(() -> clockings.checkOut(null, null)))
        .isInstanceOf(Conflict.class);
    assertThat(attendance.current(null)).isNull();
  }

  @Test
  void theFutureIsRefused() {
    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT));
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () -> clockings.checkIn(null, null, NOW.plus(5, ChronoUnit.MINUTES), null)))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("at"));
  }

  @Test
  void aTerminalClocksEmployeesInItsScopeOnly() {
    caller.actAs(TestCaller.terminal(db, Set.of(bob.getId()), ATTENDANCE_CHECK_IN_OUT));
    AttendanceRecord record =
        db.inTransaction(() -> clockings.checkIn(bob.getId(), null, null, null));
    assertThat(record.getSource()).isEqualTo(AttendanceSource.TERMINAL);
    assertThat(attendance.current(bob.getId())).isNotNull();
    assertThatThrownBy(
            () -> db.inTransaction(() -> clockings.checkIn(ann.getId(), null, null, null)))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("employeeId"));
    assertThatThrownBy(() -> db.inTransaction(() -> clockings.checkIn(null, null, null, null)))
        .isInstanceOf(Invalid.class);
    // a terminal sees who is in among those it clocks, but does not read attendance lists
    assertThat(attendance.checkedInNow(PageRequest.first(10)).items())
        .extracting(r -> r.getEmployee().getId())
        .containsExactly(bob.getId());
    assertThat(
            attendance.list(new AttendanceFilter(null, null, null), PageRequest.first(10)).total())
        .isZero();
  }

  @Test
  void onlyAttendanceManagersCorrectAndDeleteWhatOthersMayOnlySee() {
    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT));
    long id =
        db.inTransaction(() -> clockings.checkIn(null, null, NOW.minus(3, ChronoUnit.HOURS), null))
            .getId();
    AttendanceCorrection shorter =
        new AttendanceCorrection(
            NOW.minus(2, ChronoUnit.HOURS), NOW.minus(1, ChronoUnit.HOURS), null);

    caller.actAs(TestCaller.person(bob.getId(), ATTENDANCE_CHECK_IN_OUT));
    assertThatThrownBy(() -> attendance.get(id)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> corrections.correct(id, null, shorter)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> corrections.delete(id, null)).isInstanceOf(NotFound.class);

    caller.actAs(TestCaller.person(bob.getId(), ATTENDANCE_VIEW_ALL));
    assertThat(attendance.get(id).getEmployee().getId()).isEqualTo(ann.getId());
    assertThatThrownBy(() -> corrections.correct(id, null, shorter)).isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> corrections.delete(id, null)).isInstanceOf(Forbidden.class);

    caller.actAs(TestCaller.person(bob.getId(), ATTENDANCE_MANAGE));
    db.inTransaction(() -> corrections.correct(id, null, shorter));
    assertThat(db.em().find(AttendanceRecord.class, id).getCheckOut())
        .isEqualTo(shorter.checkOut());
    db.inTransaction(() -> corrections.delete(id, null));
    assertThat(db.em().find(AttendanceRecord.class, id)).isNull();
  }

  @Test
  void whoIsInFollowsTheViewRight() {
    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT));
    db.inTransaction(() -> clockings.checkIn(null, null, null, null));
    caller.actAs(TestCaller.person(bob.getId(), ATTENDANCE_CHECK_IN_OUT));
    db.inTransaction(() -> clockings.checkIn(null, null, null, null));

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
}
