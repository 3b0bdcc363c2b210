package org.teamward.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Deletes audit events and access traces past their retention ({@code teamward.audit.retention},
 * default 400 days) every hour. The timer is not persistent, so every node runs it; a lease row in
 * the database lets one node at a time do the work (see {@link AuditLog#purgeExpired()}).
 */
@Singleton
public class AuditPurge {

  private static final Logger LOG = Logger.getLogger(AuditPurge.class.getName());

  @Inject AuditLog log;

  @Schedule(hour = "*", minute = "37", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void purge() {
    int deleted = log.purgeExpired();
    if (deleted > 0) {
      LOG.info(() -> "Deleted " + deleted + " audit records past their retention.");
    }
  }
}
