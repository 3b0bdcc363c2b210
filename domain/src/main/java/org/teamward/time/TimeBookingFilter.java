package org.teamward.time;

import java.time.LocalDate;

/** Narrows the booking list; every field is optional, the dates are inclusive. */
public record TimeBookingFilter(Long employeeId, Long projectId, LocalDate from, LocalDate to) {

  public static final TimeBookingFilter ALL = new TimeBookingFilter(null, null, null, null);
}
