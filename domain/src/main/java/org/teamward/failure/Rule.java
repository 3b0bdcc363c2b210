package org.teamward.failure;

/**
 * The rule an input broke, named once for every channel. The API writes the violation's English
 * text; the web UI writes the text of {@code validation.<key>} from its bundle, with the field's
 * label and the violation's arguments, so that a reworded English text cannot lose its translation.
 */
public enum Rule {
  /** Any other rule; the web says only that the field's value is not valid. */
  INVALID("invalid"),
  REQUIRED("required"),
  /** Argument: the most characters allowed. */
  TOO_LONG("tooLong"),
  /** Arguments: the earliest and the latest date allowed. */
  DATE_WINDOW("dateWindow"),
  /** An end (of a range of days) before its start. */
  NOT_BEFORE_START("notBeforeStart"),
  /** An end time less than a minute after the start time. */
  AFTER_START("afterStart"),
  /** A one-day absence that is a half day both at its start and at its end. */
  HALF_DAYS("halfDays"),
  EMAIL("email"),
  TIME_ZONE("timeZone"),
  /** Arguments: the fewest and the most minutes allowed. */
  DURATION_RANGE("durationRange"),
  /** A duration that does not match the start and end times given with it. */
  DURATION_MATCH("durationMatch"),
  /** A number of hours below zero, too large, or with more than two decimals. */
  HOURS("hours"),
  /** A time (beyond the allowed clock skew) after now. */
  NOT_IN_FUTURE("notInFuture"),
  /** A check-out not after its check-in. */
  AFTER_CHECK_IN("afterCheckIn"),
  /** A moment of a check-in or check-out before 1970 or too far in the future. */
  CLOCK_TIME("clockTime");

  private final String key;

  Rule(String key) {
    this.key = key;
  }

  /** The rule's name in messages, such as the suffix of the web bundle's {@code validation.*}. */
  public String key() {
    return key;
  }
}
