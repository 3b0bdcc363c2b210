package org.teamward.attendance;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.teamward.failure.Invalid;
import org.teamward.failure.Rule;

/**
 * When a punch may happen: the server's clock and the window around it within which a client's time
 * counts. Clocking, breaks and corrections read the same clock and the same window, so it is a bean
 * of its own rather than a use case, which the permission guard would stand in front of.
 */
@Dependent
class PunchWindow {

  /** How far back a terminal's buffered punch may lie: how long it may stay offline. */
  @Inject
  @ConfigProperty(name = "teamward.terminal.offline-window", defaultValue = "P7D")
  Duration lookBack = Duration.ofDays(7);

  /** How far a client's clock may run ahead of the server's before "at" counts as future. */
  @Inject
  @ConfigProperty(name = "teamward.terminal.clock-ahead", defaultValue = "PT2M")
  Duration lookAhead = Duration.ofMinutes(2);

  Clock clock = Clock.systemUTC();

  Instant now() {
    return clock.instant();
  }

  /**
   * How long idempotency keys are remembered: the offline window and a day more, so that a punch a
   * terminal delivers again at the very end of its window is still recognised.
   */
  Duration keysKept() {
    return lookBack.plusDays(1);
  }

  /**
   * The moment of a punch: now, or the time the client sends within the window. A terminal that
   * buffered punches offline delivers them up to {@link #lookBack} late; a clock that runs fast by
   * up to {@link #lookAhead} is taken as now. Anything else would open a record that can never be
   * checked out of, or book a day nobody can check any more.
   */
  Instant of(Instant at) {
    Instant now = clock.instant();
    if (at == null) {
      return now;
    }
    if (at.isAfter(now.plus(lookAhead))) {
      throw new Invalid("at", Rule.NOT_IN_FUTURE, "at must not be in the future");
    }
    if (at.isBefore(now.minus(lookBack))) {
      throw new Invalid(
          "at",
          "at must not lie more than "
              + describe(lookBack)
              + " in the past: that is as long as a terminal may keep punches offline");
    }
    return at.isAfter(now) ? now : at;
  }

  /** An instant as messages show it: UTC to the second, as in the API. */
  static String moment(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String describe(Duration duration) {
    long days = duration.toDays();
    return duration.equals(Duration.ofDays(days))
        ? days + (days == 1 ? " day" : " days")
        : duration.toMinutes() + " minutes";
  }
}
