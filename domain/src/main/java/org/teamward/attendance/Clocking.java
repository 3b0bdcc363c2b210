package org.teamward.attendance;

/**
 * The outcome of a check-in or check-out that carried an idempotency key.
 *
 * @param replayed true when the key was seen before and {@code record} is the first outcome
 */
public record Clocking(AttendanceRecord record, boolean replayed) {}
