package org.teamward.access.rights;

import jakarta.persistence.EntityManager;
import java.util.function.Function;
import org.teamward.failure.NotFound;

/**
 * Loads a record and asks its policy in one step, so that a record the policy hides and a record
 * that does not exist fail with the same {@link NotFound}: ids cannot be probed.
 */
public final class Records {

  private Records() {}

  /**
   * The record with this id, if the caller may do {@code action} to it.
   *
   * @param kind what the record is called in messages, e.g. "time booking"
   * @param decide the policy's answer for the record
   * @param action what the caller attempts, for the 403 message, e.g. "change this booking"
   * @throws NotFound when the record is missing or hidden
   * @throws org.teamward.failure.Forbidden when it is visible but the action is not allowed
   */
  public static <T> T load(
      EntityManager em,
      Class<T> type,
      Object id,
      String kind,
      Function<T, Decision> decide,
      String action) {
    T found = id == null ? null : em.find(type, id);
    if (found == null) {
      throw NotFound.of(kind);
    }
    decide.apply(found).orThrow(action, kind);
    return found;
  }
}
