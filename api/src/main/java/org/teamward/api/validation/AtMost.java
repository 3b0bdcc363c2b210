package org.teamward.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Optional text of at most {@link #value()} characters; see {@link Required} for why this is not a
 * plain {@code @Size}. A list's bound is a {@code @Size} with its own words.
 */
@Documented
@Size
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface AtMost {

  @OverridesAttribute(constraint = Size.class, name = "max")
  int value();

  String message() default "may have at most {value} characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
