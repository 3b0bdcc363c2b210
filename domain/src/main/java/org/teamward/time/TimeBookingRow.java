package org.teamward.time;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.ScopedEmployee;
import org.teamward.employee.Employee;

/**
 * A booking as its list shows it, read as one row with its employee's name and its project's code
 * instead of as three entities (see {@link TimeBookings#rows}). It carries what the policy decided
 * about the actions a list offers on it, once per row, so that no channel asks the policy per row.
 *
 * @param personnelNumber the employee's, which tells namesakes apart in a picker
 * @param mayEdit whether the caller may change the booking
 * @param mayDelete whether the caller may delete it
 */
public record TimeBookingRow(
    long id,
    long version,
    long employeeId,
    String employeeName,
    String personnelNumber,
    long projectId,
    String projectCode,
    String projectName,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    int durationMinutes,
    String description,
    boolean billable,
    boolean mayEdit,
    boolean mayDelete) {

  /** The columns {@link #ofColumns} reads, in its order. */
  static final String COLUMNS =
      "b.id, b.version, b.employee_id, e.first_name, e.last_name, e.personnel_number,"
          + " e.department, b.project_id, p.code, p.name, b.booking_date, b.start_time,"
          + " b.end_time, b.duration_minutes, b.description, b.billable";

  /** One row of {@link #COLUMNS}, with the decisions of {@code policy} for {@code grant}. */
  static TimeBookingRow ofColumns(Object[] c, Grant grant, TimeBookingPolicy policy) {
    ScopedEmployee employee = ScopedEmployee.of(((Number) c[2]).longValue(), (String) c[6]);
    return new TimeBookingRow(
        ((Number) c[0]).longValue(),
        ((Number) c[1]).longValue(),
        employee.getId(),
        Employee.fullName((String) c[3], (String) c[4]),
        (String) c[5],
        ((Number) c[7]).longValue(),
        (String) c[8],
        (String) c[9],
        c[10] instanceof Date date ? date.toLocalDate() : (LocalDate) c[10],
        time(c[11]),
        time(c[12]),
        ((Number) c[13]).intValue(),
        (String) c[14],
        (Boolean) c[15],
        policy.canEditBookingOf(grant, employee).allowed(),
        policy.canDeleteBookingOf(grant, employee).allowed());
  }

  /** The drivers answer a TIME column as java.sql.Time or as LocalTime. */
  private static LocalTime time(Object column) {
    return column instanceof Time time ? time.toLocalTime() : (LocalTime) column;
  }
}
