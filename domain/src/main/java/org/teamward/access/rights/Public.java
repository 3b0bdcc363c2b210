package org.teamward.access.rights;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that deliberately needs no caller at all, such as the look-ups the sign-in
 * itself relies on. The reason is required so that a reviewer sees why.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Public {
  String value();

  /** Whether the use case only reads or also writes. */
  Effect effect();
}
