package org.teamward.access.rights;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case open to every signed-in caller, whatever their permissions, because it only concerns
 * the caller themselves (for example "who am I" or changing one's own password).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Authenticated {
  /** Whether the use case only reads or also writes. */
  Effect effect();
}
