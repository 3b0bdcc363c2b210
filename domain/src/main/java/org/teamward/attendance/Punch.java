package org.teamward.attendance;

import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.teamward.failure.ClockTime;

/**
 * One check-in or check-out as a client sends it: whom it is for (an id, a personnel number from a
 * badge or keypad, or neither for the caller themselves), when it happened, and whether a terminal
 * buffered it while it was offline.
 *
 * @param employeeId null with a personnel number, or for the caller's own employee
 * @param personnelNumber null with an employee id, or for the caller's own employee
 * @param category null for the access authorisation's default, else office; check-ins only
 * @param at null for now
 * @param offline whether a terminal recorded the punch while it could not reach the server
 */
public record Punch(
    Kind kind,
    Long employeeId,
    @Size(max = 32) String personnelNumber,
    AttendanceCategory category,
    @ClockTime Instant at,
    boolean offline) {

  public enum Kind {
    CHECK_IN("check-in"),
    CHECK_OUT("check-out");

    private final String operation;

    Kind(String operation) {
      this.operation = operation;
    }

    /** The name idempotency keys are stored under. */
    public String operation() {
      return operation;
    }
  }

  public static Punch checkIn(Long employeeId, AttendanceCategory category, Instant at) {
    return new Punch(Kind.CHECK_IN, employeeId, null, category, at, false);
  }

  public static Punch checkOut(Long employeeId, Instant at) {
    return new Punch(Kind.CHECK_OUT, employeeId, null, null, at, false);
  }

  /**
   * What a retry must repeat for its idempotency key to count as the same request. Whether the
   * punch was buffered is left out, so that a punch first sent live and then again from the
   * terminal's buffer is recognised.
   */
  String fingerprint() {
    String canonical =
        String.join(
            "|",
            kind.name(),
            String.valueOf(employeeId),
            String.valueOf(personnelNumber),
            String.valueOf(category),
            String.valueOf(at));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
