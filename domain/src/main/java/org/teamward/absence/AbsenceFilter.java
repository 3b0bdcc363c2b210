package org.teamward.absence;

import java.time.LocalDate;

/**
 * Narrows the absence list; every field is optional. An absence matches a date range when it
 * overlaps it.
 */
public record AbsenceFilter(Long employeeId, LocalDate from, LocalDate to, AbsenceStatus status) {

  public static final AbsenceFilter ALL = new AbsenceFilter(null, null, null, null);
}
