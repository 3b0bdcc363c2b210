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
import java.time.DateTimeException;
import java.time.ZoneId;

/** The id of a time zone Java knows, such as "Europe/Berlin"; null is for {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = TimeZoneId.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface TimeZoneId {

  String message() default "is no known time zone";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Asks {@link ZoneId}, so that the rule is exactly what the application can use. */
  class Check implements ConstraintValidator<TimeZoneId, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      try {
        ZoneId.of(value);
        return true;
      } catch (DateTimeException e) {
        return false;
      }
    }
  }
}
