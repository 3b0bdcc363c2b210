package org.teamward.absence;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import org.teamward.access.rights.ScopedEmployee;
import org.teamward.audit.Area;
import org.teamward.audit.AuditTarget;
import org.teamward.audit.PersonalRecord;
import org.teamward.employee.Employee;
import org.teamward.paging.Columns;

/**
 * An absence as one caller may see it. Type, note and certificate are filled only when {@link
 * #detailsVisible()}; every channel shows this record, never the entity, so none can forget to
 * withhold health data.
 */
public record AbsenceView(
    long id,
    long version,
    long employeeId,
    String employeeName,
    LocalDate from,
    LocalDate to,
    boolean startHalfDay,
    boolean endHalfDay,
    AbsenceStatus status,
    Instant decidedAt,
    boolean detailsVisible,
    AbsenceType type,
    String note,
    Boolean medicalCertificate,
    boolean decidable,
    boolean cancellable)
    implements PersonalRecord, AuditTarget {

  @Override
  public long personalEmployeeId() {
    return employeeId;
  }

  @Override
  public Area personalArea() {
    return Area.ABSENCE;
  }

  @Override
  public String auditType() {
    return "Absence";
  }

  @Override
  public long auditId() {
    return id;
  }

  /** What the policy decided about one absence for the caller; see {@code Absences#view}. */
  record Decisions(boolean detailsVisible, boolean decidable, boolean cancellable) {}

  static AbsenceView of(Absence absence, Decisions decided) {
    return new AbsenceView(
        absence.getId(),
        absence.getVersion(),
        absence.getEmployee().getId(),
        absence.getEmployee().getFullName(),
        absence.getFrom(),
        absence.getTo(),
        absence.isStartHalfDay(),
        absence.isEndHalfDay(),
        absence.getStatus(),
        absence.getDecidedAt(),
        decided.detailsVisible(),
        decided.detailsVisible() ? absence.getType() : null,
        decided.detailsVisible() ? absence.getNote() : null,
        decided.detailsVisible() ? absence.isMedicalCertificate() : null,
        decided.decidable(),
        decided.cancellable());
  }

  /**
   * The columns {@link #ofColumns} reads, in its order: besides the view's own, the employee's
   * department and time zone, which the decisions need.
   */
  static final String COLUMNS =
      "a.id, a.version, a.employee_id, e.first_name, e.last_name, a.start_date, a.end_date,"
          + " a.start_half_day, a.end_half_day, a.status, a.decided_at, a.absence_type, a.note,"
          + " a.medical_certificate, e.department, e.time_zone";

  /** What the decisions on one row are taken from. */
  interface Decider {
    Decisions decide(
        ScopedEmployee employee, String timeZone, AbsenceStatus status, LocalDate from);
  }

  /** One row of {@link #COLUMNS}, its details withheld as {@code decider} says. */
  static AbsenceView ofColumns(Object[] c, Decider decider) {
    ScopedEmployee employee = ScopedEmployee.of(((Number) c[2]).longValue(), (String) c[14]);
    LocalDate from = date(c[5]);
    AbsenceStatus status = AbsenceStatus.valueOf((String) c[9]);
    Decisions decided = decider.decide(employee, (String) c[15], status, from);
    return new AbsenceView(
        ((Number) c[0]).longValue(),
        ((Number) c[1]).longValue(),
        employee.getId(),
        Employee.fullName((String) c[3], (String) c[4]),
        from,
        date(c[6]),
        (Boolean) c[7],
        (Boolean) c[8],
        status,
        Columns.instant(c[10]),
        decided.detailsVisible(),
        decided.detailsVisible() ? AbsenceType.valueOf((String) c[11]) : null,
        decided.detailsVisible() ? (String) c[12] : null,
        decided.detailsVisible() ? (Boolean) c[13] : null,
        decided.decidable(),
        decided.cancellable());
  }

  /** The drivers answer a DATE column as java.sql.Date or as LocalDate. */
  private static LocalDate date(Object column) {
    return column instanceof Date date ? date.toLocalDate() : (LocalDate) column;
  }
}
