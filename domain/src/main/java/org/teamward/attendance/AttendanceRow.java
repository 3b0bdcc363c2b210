package org.teamward.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.teamward.access.rights.ScopedEmployee;
import org.teamward.audit.Area;
import org.teamward.audit.PersonalRecord;
import org.teamward.employee.Employee;
import org.teamward.paging.Columns;

/**
 * An attendance record as its list shows it, read as one row with its employee's name instead of as
 * entities (see {@link Attendance#list}). It carries the policy's answers for the actions a list
 * offers on it, decided once for the caller when the rows are read, so that no channel asks the
 * policy per row. Like the entity, it is a personal record: reading it leaves the same traces.
 *
 * @param breaks in order of their start
 * @param mayCorrect the caller may correct its times and category
 * @param mayDelete the caller may delete it
 */
public record AttendanceRow(
    long id,
    long version,
    long employeeId,
    String employeeName,
    Instant checkIn,
    Instant checkOut,
    AttendanceCategory category,
    AttendanceSource source,
    boolean checkInOffline,
    boolean checkOutOffline,
    List<AttendanceBreak> breaks,
    boolean mayCorrect,
    boolean mayDelete)
    implements PersonalRecord {

  public AttendanceRow {
    breaks = List.copyOf(breaks);
  }

  /** The columns {@link #ofColumns} reads, in its order. */
  static final String COLUMNS =
      "r.id, r.version, r.employee_id, e.first_name, e.last_name, e.department, r.check_in,"
          + " r.check_out, r.category, r.source, r.check_in_offline, r.check_out_offline";

  /** The record as its entity holds it, with the decisions the caller's policy made for it. */
  public static AttendanceRow of(AttendanceRecord r, boolean mayCorrect, boolean mayDelete) {
    return new AttendanceRow(
        r.getId(),
        r.getVersion(),
        r.getEmployee().getId(),
        r.getEmployee().getFullName(),
        r.getCheckIn(),
        r.getCheckOut(),
        r.getCategory(),
        r.getSource(),
        r.isCheckInOffline(),
        r.isCheckOutOffline(),
        r.getBreaks(),
        mayCorrect,
        mayDelete);
  }

  /** The row's employee as the policy needs it: id and department, read with the row. */
  static ScopedEmployee employeeOf(Object[] c) {
    return ScopedEmployee.of(((Number) c[2]).longValue(), (String) c[5]);
  }

  static AttendanceRow ofColumns(
      Object[] c, List<AttendanceBreak> breaks, boolean mayCorrect, boolean mayDelete) {
    return new AttendanceRow(
        ((Number) c[0]).longValue(),
        ((Number) c[1]).longValue(),
        ((Number) c[2]).longValue(),
        Employee.fullName((String) c[3], (String) c[4]),
        Columns.instant(c[6]),
        Columns.instant(c[7]),
        AttendanceCategory.valueOf((String) c[8]),
        AttendanceSource.valueOf((String) c[9]),
        (Boolean) c[10],
        (Boolean) c[11],
        breaks,
        mayCorrect,
        mayDelete);
  }

  /** Still checked in: the UI marks such a row, or warns of a forgotten check-out. */
  public boolean open() {
    return checkOut == null;
  }

  public boolean onBreak() {
    return AttendanceRecord.onBreak(breaks);
  }

  /** See {@link AttendanceRecord#isLikelyForgotten}. */
  public boolean likelyForgotten(Instant now) {
    return AttendanceRecord.likelyForgotten(checkIn, checkOut, now);
  }

  /** See {@link AttendanceRecord#worked}. */
  public Duration worked(Instant now) {
    return AttendanceRecord.worked(checkIn, checkOut, breaks, now);
  }

  @Override
  public long personalEmployeeId() {
    return employeeId;
  }

  @Override
  public Area personalArea() {
    return Area.ATTENDANCE;
  }
}
