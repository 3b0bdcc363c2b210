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
import java.time.LocalDate;

/**
 * A date within {@link Violations#EARLIEST_DATE} and {@link Violations#LATEST_DATE}; null is for
 * {@code @NotNull} to judge.
 */
@Documented
@Constraint(validatedBy = InDateWindow.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface InDateWindow {

  String message() default "must be between 1970-01-01 and 2200-12-31";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the window. */
  class Check implements ConstraintValidator<InDateWindow, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null
          || !(value.isBefore(Violations.EARLIEST_DATE) || value.isAfter(Violations.LATEST_DATE));
    }
  }
}
