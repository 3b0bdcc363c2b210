package org.teamward.audit;

import java.time.Instant;
import org.teamward.failure.Rule;
import org.teamward.failure.Violations;

/**
 * Narrows the audit log; every field is optional.
 *
 * @param actor part of the actor's name (or the e-mail address attempted), case-insensitive
 * @param type an action such as {@code Projects.create}, or a feature such as {@code Projects} for
 *     all of its actions
 * @param from events at or after this instant
 * @param to events before this instant
 */
public record AuditFilter(String actor, String type, Instant from, Instant to, Outcome outcome) {

  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

  static final int MAX_TEXT = 120;

  void check() {
    new Violations()
        .check(
            actor == null || actor.length() <= MAX_TEXT,
            "actor",
            Rule.TOO_LONG,
            "actor must be at most " + MAX_TEXT + " characters",
            MAX_TEXT)
        .check(
            type == null || type.length() <= MAX_TEXT,
            "type",
            Rule.TOO_LONG,
            "type must be at most " + MAX_TEXT + " characters",
            MAX_TEXT)
        .check(from == null || to == null || from.isBefore(to), "to", "to must be after from")
        .throwIfAny();
  }

  String typeOrNull() {
    return type == null || type.isBlank() ? null : type.strip();
  }
}
