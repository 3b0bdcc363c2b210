package org.teamward.time;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import org.teamward.employee.Employee;

/**
 * A booking as its list shows it, read as one row with its employee's name and its project's code
 * instead of as three entities (see {@link TimeBookings#rows}).
 */
public record TimeBookingRow(
    long id,
    long version,
    long employeeId,
    String employeeName,
    long projectId,
    String projectCode,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    int durationMinutes,
    String description,
    boolean billable) {

  /** The columns {@link #ofColumns} reads, in its order. */
  static final String COLUMNS =
      "b.id, b.version, b.employee_id, e.first_name, e.last_name, b.project_id, p.code,"
          + " b.booking_date, b.start_time, b.end_time, b.duration_minutes, b.description,"
          + " b.billable";

  /** The same booking as its entity holds it. */
  public static TimeBookingRow of(TimeBooking b) {
    return new TimeBookingRow(
        b.getId(),
        b.getVersion(),
        b.getEmployee().getId(),
        b.getEmployee().getFullName(),
        b.getProject().getId(),
        b.getProject().getCode(),
        b.getDate(),
        b.getStart(),
        b.getEnd(),
        b.getDurationMinutes(),
        b.getDescription(),
        b.isBillable());
  }

  static TimeBookingRow ofColumns(Object[] c) {
    return new TimeBookingRow(
        ((Number) c[0]).longValue(),
        ((Number) c[1]).longValue(),
        ((Number) c[2]).longValue(),
        Employee.fullName((String) c[3], (String) c[4]),
        ((Number) c[5]).longValue(),
        (String) c[6],
        c[7] instanceof Date date ? date.toLocalDate() : (LocalDate) c[7],
        time(c[8]),
        time(c[9]),
        ((Number) c[10]).intValue(),
        (String) c[11],
        (Boolean) c[12]);
  }

  /** The drivers answer a TIME column as java.sql.Time or as LocalTime. */
  private static LocalTime time(Object column) {
    return column instanceof Time time ? time.toLocalTime() : (LocalTime) column;
  }
}
