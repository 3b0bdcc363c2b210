package org.teamward.audit;

import java.time.Instant;
import org.teamward.paging.Columns;

/**
 * An audit event as the log's list and export show it, read as one row in SQL instead of as an
 * entity (see {@link AuditLog#list}). Events are never changed, so a row offers no actions and
 * carries no decisions.
 *
 * @param attempts how often this happened in its minute; 1 for everything but refused credentials
 */
public record AuditRow(
    long id,
    Instant occurredAt,
    ActorKind actorKind,
    Long actorId,
    String actorName,
    String credential,
    Long credentialId,
    String clientIp,
    String action,
    Outcome outcome,
    String targetType,
    Long targetId,
    String detail,
    int attempts) {

  /** The columns {@link #ofColumns} reads, in its order. */
  static final String COLUMNS =
      "e.id, e.occurred_at, e.actor_kind, e.actor_id, e.actor_name, e.credential,"
          + " e.credential_id, e.client_ip, e.action, e.outcome, e.target_type, e.target_id,"
          + " e.detail, e.attempts";

  static AuditRow ofColumns(Object[] c) {
    return new AuditRow(
        Columns.id(c[0]),
        Columns.instant(c[1]),
        ActorKind.valueOf((String) c[2]),
        Columns.id(c[3]),
        (String) c[4],
        (String) c[5],
        Columns.id(c[6]),
        (String) c[7],
        (String) c[8],
        Outcome.valueOf((String) c[9]),
        (String) c[10],
        Columns.id(c[11]),
        (String) c[12],
        ((Number) c[13]).intValue());
  }

  /** The key of this event's target in {@link AuditLog#targetNames}, such as "Employee#17". */
  public String targetKey() {
    return AuditEvent.targetKey(targetType, targetId);
  }
}
