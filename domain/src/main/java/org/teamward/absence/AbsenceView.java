package org.teamward.absence;

import java.time.Instant;
import java.time.LocalDate;
import org.teamward.audit.Area;
import org.teamward.audit.AuditTarget;
import org.teamward.audit.PersonalRecord;

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

  static AbsenceView of(
      Absence absence, boolean detailsVisible, boolean decidable, boolean cancellable) {
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
        detailsVisible,
        detailsVisible ? absence.getType() : null,
        detailsVisible ? absence.getNote() : null,
        detailsVisible ? absence.isMedicalCertificate() : null,
        decidable,
        cancellable);
  }
}
