package org.teamward.failure;

/**
 * The record does not exist, or lies outside the caller's scope (404). Both answer the same words,
 * without the id, so that the answer for a hidden record is byte for byte that of a missing one.
 */
public class NotFound extends UseCaseFailure {
  public NotFound(String message) {
    super(message);
  }

  /** "No such time booking." for a missing or hidden time booking. */
  public static NotFound of(String kind) {
    return new NotFound("No such " + kind + ".");
  }

  /**
   * Answers {@code found}, or throws when it is null, e.g. {@code ifNull(em.find(..), "project")}.
   */
  public static <T> T ifNull(T found, String kind) {
    if (found == null) {
      throw of(kind);
    }
    return found;
  }
}
