package org.teamward.api.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The body type of a resource method that returns a JAX-RS {@code Response} (to set a status, an
 * ETag or a Location), for the API description: Java's signature cannot say it, and a plain
 * {@code @Schema(implementation = …)} of a record is rendered empty by Payara. {@link
 * ApiDescription} reads it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Returns {

  Class<?> value();
}
