package org.teamward.attendance;

import java.time.Instant;

/**
 * A manager's correction of a record's times and category.
 *
 * @param checkOut null leaves the record open
 * @param category null keeps the category
 */
public record AttendanceCorrection(
    Instant checkIn, Instant checkOut, AttendanceCategory category) {}
