package org.teamward.failure;

/** The record does not exist, or lies outside the caller's scope (404). */
public class NotFound extends UseCaseFailure {
  public NotFound(String message) {
    super(message);
  }

  /**
   * Answers {@code found}, or throws when it is null, e.g. {@code ifNull(em.find(..), "project",
   * id)}.
   */
  public static <T> T ifNull(T found, String what, Object id) {
    if (found == null) {
      throw new NotFound("No " + what + " with id " + id + ".");
    }
    return found;
  }
}
