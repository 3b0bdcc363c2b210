package org.teamward.time;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.teamward.failure.InDateWindow;
import org.teamward.failure.Rule;
import org.teamward.failure.Violations;

/**
 * What a caller sends to book time: either a start and an end on the day, or only a duration.
 *
 * @param employeeId null books for the caller themselves
 * @param durationMinutes required without times; with times it may be left out, or must match
 * @param billable null means billable
 */
public record TimeBookingDraft(
    Long employeeId,
    @NotNull Long projectId,
    @NotNull @InDateWindow LocalDate date,
    LocalTime start,
    LocalTime end,
    Integer durationMinutes,
    @Size(max = 1000) String description,
    Boolean billable) {

  static final int MAX_MINUTES = 24 * 60;

  /** Validates the draft and answers the duration to store. */
  int validatedMinutes() {
    Violations violations = Violations.of(this);
    int minutes = durationMinutes == null ? 0 : durationMinutes;
    if (start != null || end != null) {
      violations.required("start", start).required("end", end);
      if (start != null && end != null) {
        minutes = (int) Duration.between(start, end).toMinutes();
        violations.check(
            minutes >= 1, "end", Rule.AFTER_START, "end must be at least a minute after start");
        violations.check(
            durationMinutes == null || durationMinutes == minutes,
            "durationMinutes",
            Rule.DURATION_MATCH,
            "durationMinutes must match start and end");
      }
    } else {
      violations
          .required("durationMinutes", durationMinutes)
          .check(
              durationMinutes == null || (minutes >= 1 && minutes <= MAX_MINUTES),
              "durationMinutes",
              Rule.DURATION_RANGE,
              "durationMinutes must be between 1 and " + MAX_MINUTES,
              1,
              MAX_MINUTES);
    }
    violations.throwIfAny();
    return minutes;
  }
}
