package org.teamward.failure;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Collects what is wrong with an input so that a caller learns about every bad field at once, not
 * one per round trip. Field names are those the API uses; lengths follow the SQL columns.
 *
 * <p>A draft or command declares the rules of its single fields as Jakarta Validation constraints
 * on its components, where both channels and the API description see them, and {@link #of} starts
 * from their violations; the rules that relate several fields or need the database are checked
 * after that with {@link #check}. Either way a violation names its field and its {@link Rule}.
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

  /** The rule each constraint stands for; any other constraint is {@link Rule#INVALID}. */
  static final Map<Class<? extends Annotation>, Rule> RULES =
      Map.of(
          NotNull.class, Rule.REQUIRED,
          NotBlank.class, Rule.REQUIRED,
          NotEmpty.class, Rule.REQUIRED,
          Size.class, Rule.TOO_LONG,
          Email.class, Rule.EMAIL,
          InDateWindow.class, Rule.DATE_WINDOW,
          TimeZoneId.class, Rule.TIME_ZONE,
          ClockTime.class, Rule.CLOCK_TIME);

  private final List<Invalid.Violation> found = new ArrayList<>();

  /**
   * The violations of the constraints that {@code command}, a record, declares on its components,
   * in the order of the components.
   */
  public static Violations of(Record command) {
    return new Violations().declaredBy("", command);
  }

  /**
   * Adds the violations of the constraints that {@code command} declares, each field named with
   * {@code prefix} before it (such as "events[2].").
   */
  public Violations declaredBy(String prefix, Record command) {
    List<String> order =
        Arrays.stream(command.getClass().getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
    Checker.VALIDATOR.validate(command).stream()
        .sorted(
            Comparator.comparing((ConstraintViolation<Record> v) -> order.indexOf(field(v)))
                .thenComparing(v -> rule(v).ordinal()))
        .forEach(v -> add(prefix + field(v), v));
    return this;
  }

  private void add(String field, ConstraintViolation<?> violation) {
    Rule rule = rule(violation);
    switch (rule) {
      case REQUIRED -> missing(field);
      case TOO_LONG -> tooLong(field, (Integer) attribute(violation, "max"));
      case DATE_WINDOW -> outsideDateWindow(field);
      case EMAIL -> add(field, rule, field + " must be an e-mail address");
      case TIME_ZONE -> add(field, rule, field + " is no known time zone");
      case CLOCK_TIME -> add(field, rule, field + " " + ClockTime.MESSAGE);
      default -> add(field, rule, field + " " + violation.getMessage());
    }
  }

  private static Rule rule(ConstraintViolation<?> violation) {
    return RULES.getOrDefault(
        violation.getConstraintDescriptor().getAnnotation().annotationType(), Rule.INVALID);
  }

  private static Object attribute(ConstraintViolation<?> violation, String name) {
    return violation.getConstraintDescriptor().getAttributes().get(name);
  }

  /** The component's name; an element of a collection counts as the collection. */
  private static String field(ConstraintViolation<?> violation) {
    return violation.getPropertyPath().iterator().next().getName();
  }

  /** One validator for the application: building it scans the constraint metadata. */
  private static final class Checker {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  }

  public Violations required(String field, Object value) {
    if (value == null || value instanceof String s && s.isBlank()) {
      missing(field);
    }
    return this;
  }

  private void missing(String field) {
    add(field, Rule.REQUIRED, field + " is required");
  }

  /** A required text of at most {@code max} characters. */
  public Violations text(String field, String value, int max) {
    required(field, value);
    return optionalText(field, value, max);
  }

  public Violations optionalText(String field, String value, int max) {
    if (value != null && value.length() > max) {
      tooLong(field, max);
    }
    return this;
  }

  private void tooLong(String field, int max) {
    add(field, Rule.TOO_LONG, field + " must have at most " + max + " characters", max);
  }

  /** A date within {@link #EARLIEST_DATE} and {@link #LATEST_DATE}; null is for required. */
  public Violations inDateWindow(String field, LocalDate value) {
    if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
      outsideDateWindow(field);
    }
    return this;
  }

  private void outsideDateWindow(String field) {
    add(
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
