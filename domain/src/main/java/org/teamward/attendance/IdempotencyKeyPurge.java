package org.teamward.attendance;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Forgets expired idempotency keys every hour, off the request path, so that a punch never waits
 * for housekeeping. The timer is not persistent, so every node of a cluster runs it; that is
 * harmless, as deleting what has expired is the same however often it runs.
 */
@Singleton
public class IdempotencyKeyPurge {

  private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class.getName());

  @Inject Clockings clockings;

  @Schedule(hour = "*", minute = "7", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void purge() {
    int forgotten = clockings.forgetExpiredKeys();
    if (forgotten > 0) {
      LOG.fine(() -> "Forgot " + forgotten + " expired idempotency keys.");
    }
  }
}
