package org.teamward.attendance;

import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.rights.Permission.ATTENDANCE_MANAGE;

import jakarta.inject.Inject;
import java.time.Instant;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.audit.AuditedAs;
import org.teamward.failure.Conflict;
import org.teamward.failure.Invalid;

/**
 * Breaks within the open attendance record: who may clock an employee may start and end their
 * break, at a moment inside the same window as a check-in or check-out.
 */
@UseCases
@AuditedAs("Attendance")
public class Breaks {

  @Inject AttendanceRecords records;
  @Inject PunchWindow window;

  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public AttendanceRecord startBreak(Long employeeId, Instant at) {
    AttendanceRecord record = records.openOrConflict(records.clockable(employeeId));
    if (record.isOnBreak()) {
      throw new Conflict("The break has already started.");
    }
    Instant when = window.of(at);
    if (when.isBefore(record.getCheckIn())) {
      throw new Invalid("at", "at must not be before the check-in");
    }
    record.startBreak(when);
    return record;
  }

  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public AttendanceRecord endBreak(Long employeeId, Instant at) {
    AttendanceRecord record = records.openOrConflict(records.clockable(employeeId));
    if (!record.isOnBreak()) {
      throw new Conflict("There is no running break to end.");
    }
    Instant when = window.of(at);
    if (when.isBefore(record.getBreaks().get(record.getBreaks().size() - 1).getStart())) {
      throw new Invalid("at", "at must not be before the start of the break");
    }
    record.endBreak(when);
    return record;
  }
}
