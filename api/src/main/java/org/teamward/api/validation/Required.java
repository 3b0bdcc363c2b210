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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Required text of at most {@link #max()} characters. A composed constraint rather than
 * {@code @NotBlank @Size} on record components because Payara's OpenAPI generator fails on those
 * two annotations when they reach a constructor parameter, as every record component does.
 */
@Documented
@NotBlank
@Size
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Required {

  @OverridesAttribute(constraint = Size.class, name = "max")
  int max();

  String message() default "is required and may have at most {max} characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
