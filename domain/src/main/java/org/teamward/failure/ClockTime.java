package org.teamward.failure;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;

/**
 * The moment of a check-in or check-out: not before 1970, and at most {@link #MAX_AHEAD} in the
 * future, which allows for a terminal whose clock runs a little fast but not for clocking in
 * tomorrow. (A record stuck in the far past or future could never be checked out of.)
 */
@Documented
@Constraint(validatedBy = ClockTime.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ClockTime {

  Duration MAX_AHEAD = Duration.ofMinutes(5);
  Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  /** The rule in words, for the API description; a test holds it to the two values above. */
  String DESCRIPTION = "After 1970 and at most 5 minutes in the future.";

  String MESSAGE = "must be after 1970 and at most 5 minutes in the future";

  String message() default MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Null means "now" and is always valid. */
  class Check implements ConstraintValidator<ClockTime, Instant> {
    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
      return value == null
          || (!value.isBefore(EARLIEST) && !value.isAfter(Instant.now().plus(MAX_AHEAD)));
    }
  }
}
