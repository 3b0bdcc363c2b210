package org.teamward.access.rights;

import org.teamward.failure.Forbidden;
import org.teamward.failure.NotFound;

/**
 * A policy's answer. {@link #HIDDEN} means the caller may not even learn that the record exists, so
 * the API answers 404, not 403, and ids cannot be probed.
 */
public enum Decision {
  ALLOWED,
  FORBIDDEN,
  HIDDEN;

  public boolean allowed() {
    return this == ALLOWED;
  }

  /** Throws the matching failure unless allowed; for decisions that never hide anything. */
  public void orThrow(String what) {
    orThrow(what, "record");
  }

  /**
   * Throws the matching failure unless allowed.
   *
   * @param what the action, for the 403 message
   * @param kind the record the decision is about, for the 404 message, which is the same as for a
   *     missing record ({@link NotFound#of})
   */
  public void orThrow(String what, String kind) {
    switch (this) {
      case ALLOWED -> {}
      case FORBIDDEN -> throw new Forbidden("You may not " + what + ".");
      case HIDDEN -> throw NotFound.of(kind);
    }
  }

  /**
   * Throws {@link NotFound} when hidden and otherwise returns this decision. Services call it
   * before checking a record's state, so that a conflict never reveals a record the caller may not
   * see.
   */
  public Decision throwIfHidden(String kind) {
    if (this == HIDDEN) {
      throw NotFound.of(kind);
    }
    return this;
  }

  /** Allowed, or else forbidden when the caller may see the record and hidden when not. */
  public static Decision allowIfElse(boolean condition, Decision otherwise) {
    return condition ? ALLOWED : otherwise;
  }

  public static Decision allowIf(boolean condition) {
    return condition ? ALLOWED : FORBIDDEN;
  }
}
