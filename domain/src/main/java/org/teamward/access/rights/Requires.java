package org.teamward.access.rights;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a use case needs: the caller must hold at least one of {@link #value()}.
 * Record-level rules (own, other, scope, state) are then the aggregate's policy's business.
 * Enforced by {@link PermissionGuard}; a build-time test makes sure every use case declares it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
  Permission[] value();

  /** Whether the use case only reads or also writes. */
  Effect effect();
}
