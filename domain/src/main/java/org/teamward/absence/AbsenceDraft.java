package org.teamward.absence;

import java.time.LocalDate;
import org.teamward.failure.Rule;
import org.teamward.failure.Violations;

/**
 * A request for time away, or an absence a manager records for somebody.
 *
 * @param employeeId null for the caller themselves
 */
public record AbsenceDraft(
    Long employeeId,
    AbsenceType type,
    LocalDate from,
    LocalDate to,
    boolean startHalfDay,
    boolean endHalfDay,
    String note,
    boolean medicalCertificate) {

  void validate() {
    new Violations()
        .required("type", type)
        .required("from", from)
        .required("to", to)
        .inDateWindow("from", from)
        .inDateWindow("to", to)
        .check(
            from == null || to == null || !to.isBefore(from),
            "to",
            Rule.NOT_BEFORE_START,
            "to must not be before from")
        .check(
            !(from != null && from.equals(to) && startHalfDay && endHalfDay),
            "endHalfDay",
            Rule.HALF_DAYS,
            "a one-day absence is either a half day at the start or at the end, not both")
        .optionalText("note", note, 1000)
        .throwIfAny();
  }
}
