package org.teamward.attendance;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.teamward.failure.ClockTime;

/**
 * A manager's correction of a record's times and category.
 *
 * @param checkOut null leaves the record open
 * @param category null keeps the category
 */
public record AttendanceCorrection(
    @NotNull @ClockTime Instant checkIn,
    @ClockTime Instant checkOut,
    AttendanceCategory category) {}
