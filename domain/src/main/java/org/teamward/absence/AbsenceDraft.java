package org.teamward.absence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.teamward.failure.InDateWindow;
import org.teamward.failure.Rule;
import org.teamward.failure.Violations;

/**
 * A request for time away, or an absence a manager records for somebody.
 *
 * @param employeeId null for the caller themselves
 */
public record AbsenceDraft(
    Long employeeId,
    @NotNull AbsenceType type,
    @NotNull @InDateWindow LocalDate from,
    @NotNull @InDateWindow LocalDate to,
    boolean startHalfDay,
    boolean endHalfDay,
    @Size(max = 1000) String note,
    boolean medicalCertificate) {

  void validate() {
    Violations.of(this)
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
        .throwIfAny();
  }
}
