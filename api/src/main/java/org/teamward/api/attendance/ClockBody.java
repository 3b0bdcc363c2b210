package org.teamward.api.attendance;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.attendance.Punch;
import org.teamward.failure.ClockTime;

/**
 * A swipe: who, where and when. Every field is optional.
 *
 * @param employeeId null for the caller's own employee, or with a personnel number
 * @param personnelNumber the badge or keypad number, instead of the employee id
 * @param category null for the access authorisation's default, else OFFICE; only a check-in uses it
 * @param at null for now; a terminal sends the time of the swipe
 */
@Schema(name = "ClockBody")
public record ClockBody(
    @Schema(type = SchemaType.INTEGER, format = "int64") Long employeeId,
    @Schema(maxLength = 32) String personnelNumber,
    AttendanceCategory category,
    @Schema(description = ClockTime.DESCRIPTION) Instant at) {

  private static final ClockBody NOW = new ClockBody(null, null, null, null);

  /** The body as sent, or "the caller, now" for none. */
  static ClockBody orNow(ClockBody body) {
    return body == null ? NOW : body;
  }

  Punch punch(Punch.Kind kind, boolean offline) {
    return new Punch(kind, employeeId, personnelNumber, category, at, offline);
  }
}
