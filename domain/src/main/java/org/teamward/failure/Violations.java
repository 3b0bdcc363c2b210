package org.teamward.failure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with an input so that a caller learns about every bad field at once, not
 * one per round trip. Field names are those the API uses; lengths follow the SQL columns.
 */
public final class Violations {

  /**
   * The calendar of working life: bookings and absences outside it are typing mistakes (an extra
   * digit in the year) that would otherwise be stored and skew every report.
   */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1970, 1, 1);

  public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

  /** The rule in words, for the API description. */
  public static final String DATE_WINDOW = "From 1970-01-01 to 2200-12-31, both included.";

  private final List<Invalid.Violation> found = new ArrayList<>();

  public Violations required(String field, Object value) {
    if (value == null || value instanceof String s && s.isBlank()) {
      add(field, Rule.REQUIRED, field + " is required");
    }
    return this;
  }

  /** A required text of at most {@code max} characters. */
  public Violations text(String field, String value, int max) {
    required(field, value);
    return optionalText(field, value, max);
  }

  public Violations optionalText(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, Rule.TOO_LONG, field + " must have at most " + max + " characters", max);
    }
    return this;
  }

  /** A date within {@link #EARLIEST_DATE} and {@link #LATEST_DATE}; null is for required. */
  public Violations inDateWindow(String field, LocalDate value) {
    return check(
        value == null || !(value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE)),
        field,
        Rule.DATE_WINDOW,
        field + " must be between " + EARLIEST_DATE + " and " + LATEST_DATE,
        EARLIEST_DATE,
        LATEST_DATE);
  }

  /** A check of a rule that has no key of its own ({@link Rule#INVALID}). */
  public Violations check(boolean ok, String field, String message) {
    return check(ok, field, Rule.INVALID, message);
  }

  /**
   * Adds a violation of {@code rule} unless {@code ok}.
   *
   * @param message the English text the API answers
   * @param args the rule's arguments, e.g. the maximum length
   */
  public Violations check(boolean ok, String field, Rule rule, String message, Object... args) {
    if (!ok) {
      add(field, rule, message, args);
    }
    return this;
  }

  public Violations add(String field, String message) {
    return add(field, Rule.INVALID, message);
  }

  public Violations add(String field, Rule rule, String message, Object... args) {
    found.add(new Invalid.Violation(field, rule, List.of(args), message));
    return this;
  }

  /** Throws {@link Invalid} listing every violation, if there is any. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new Invalid(found);
    }
  }
}
