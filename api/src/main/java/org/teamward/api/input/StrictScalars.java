package org.teamward.api.input;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.teamward.failure.Invalid;

/**
 * The single values of a JSON body, judged against the Java type they are about to be bound to:
 * text without control characters, dates, times and named values that parse, and numbers that the
 * field can hold. Each refusal names the field.
 */
final class StrictScalars {

  static final int MAX_NUMBER_LENGTH = 40;
  private static final BigDecimal DECIMAL_BOUND = BigDecimal.TEN.pow(15);
  static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private StrictScalars() {}

  /** Control characters corrupt logs and exports and some databases refuse NUL; \t \n \r stay. */
  static void text(String text, String field) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
        throw new Invalid(field, "must not contain control characters");
      }
    }
  }

  /**
   * Strings that stand for a date, a time, an instant or one of a set of values must parse, so that
   * the refusal can name the field instead of JSON-B's generic "not valid JSON".
   */
  static void meaning(String text, Class<?> type, String field) {
    LocalDate date;
    try {
      if (type == LocalDate.class) {
        date = LocalDate.parse(text);
      } else if (type == Instant.class) {
        date = OffsetDateTime.parse(text).toLocalDate();
      } else if (type == LocalTime.class) {
        LocalTime.parse(text);
        return;
      } else {
        if (type.isEnum()
            && Arrays.stream(type.getEnumConstants())
                .noneMatch(c -> ((Enum<?>) c).name().equals(text))) {
          throw new Invalid(field, "must be one of " + names(type));
        }
        return;
      }
    } catch (DateTimeParseException e) {
      throw new Invalid(field, FORMATS.get(type));
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new Invalid(field, "must be between the years 1 and 9999");
    }
  }

  private static String names(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .collect(Collectors.joining(", "));
  }

  private static final Map<Class<?>, String> FORMATS =
      Map.of(
          LocalDate.class, "must be a date as YYYY-MM-DD that exists, for example 2026-03-31",
          Instant.class,
              "must be a date and time with its offset from UTC, for example"
                  + " 2026-03-31T08:00:00Z or 2026-03-31T10:00:00+02:00",
          LocalTime.class, "must be a time of day as HH:MM, for example 08:30");

  /**
   * The parser's own limit (Parsson's, 1,100 digits) would end in a 500; a number longer than any
   * field can hold is refused first, by its text, so that no huge number is ever converted.
   */
  static void number(String text, Class<?> type, String field) {
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw new Invalid(field, "must be a number of at most " + MAX_NUMBER_LENGTH + " characters");
    }
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      // an exponent beyond an int: JSON allows it, no field can hold it
      throw new Invalid(field, "must be a number that fits the field");
    }
    long min;
    long max;
    if (type == Long.class || type == long.class) {
      min = Long.MIN_VALUE;
      max = Long.MAX_VALUE;
    } else if (type == Integer.class || type == int.class) {
      min = Integer.MIN_VALUE;
      max = Integer.MAX_VALUE;
    } else if (type == Short.class || type == short.class) {
      min = Short.MIN_VALUE;
      max = Short.MAX_VALUE;
    } else {
      // A decimal field: its exponent may still be two billion, which no column holds.
      if (number.abs().compareTo(DECIMAL_BOUND) >= 0 || number.stripTrailingZeros().scale() > 15) {
        throw new Invalid(field, "must be a number below 10^15 with at most 15 decimals");
      }
      return;
    }
    boolean integral = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    if (!integral
        || number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new Invalid(field, "must be a whole number between " + min + " and " + max);
    }
  }
}
