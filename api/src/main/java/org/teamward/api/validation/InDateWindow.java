package org.teamward.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
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
import java.time.LocalDate;

/**
 * A calendar date of working life: from 1970 to 2200. Bookings and absences outside it are typing
 * mistakes (an extra digit in the year) that would otherwise be stored and skew every report.
 */
@Documented
@Constraint(validatedBy = InDateWindow.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface InDateWindow {

  LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
  LocalDate LATEST = LocalDate.of(2200, 12, 31);

  /** The rule in words, for the API description; a test holds it to the two values above. */
  String DESCRIPTION = "From 1970-01-01 to 2200-12-31, both included.";

  String message() default "must be between 1970-01-01 and 2200-12-31";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Null is for {@code @NotNull} to judge. */
  class Check implements ConstraintValidator<InDateWindow, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LATEST));
    }
  }
}
