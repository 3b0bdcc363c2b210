package org.teamward.attendance;

import java.time.Instant;

/**
 * Narrows the attendance list by employee and by check-in time; every field is optional. Instants,
 * not dates, because "a day" depends on each employee's time zone; the channel knows the viewer's.
 */
public record AttendanceFilter(Long employeeId, Instant from, Instant to) {

  public static final AttendanceFilter ALL = new AttendanceFilter(null, null, null);
}
