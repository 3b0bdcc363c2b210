package org.teamward.audit;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes audit events and access traces past their retention ({@code teamward.audit.retention},
 * default 400 days), and notes expired access authorisations, every {@code
 * teamward.audit.purge-interval} (default one hour). Every node takes its turns at the same
 * moments, the ticks: the multiples of the interval since the epoch. A lease row in the database
 * lets one node per tick do the work (see {@link AuditLog#purgeExpired()}).
 *
 * <p>A timer with a declared, non-persistent schedule looks once a second whether a tick has come.
 * A timer created through the {@code TimerService} would follow the interval directly, but the
 * instances of a Payara Server deployment group refuse to load an application that asks for one
 * ("EJB Timer Service is not available"). It depends on the start-up sequence, so it never meets a
 * database that is not migrated yet.
 */
@Singleton
@DependsOn("StartupSequence")
public class AuditPurge {

  private static final Logger LOG = Logger.getLogger(AuditPurge.class.getName());

  @Inject AuditLog log;

  @Inject
  @ConfigProperty(name = "teamward.audit.purge-interval", defaultValue = "PT1H")
  Duration interval;

  /** The tick whose turn this node has taken, or left to another node; none at first. */
  private Instant lastTurn;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void everySecond() {
    Instant turn = lastTick(Instant.now(), interval);
    if (lastTurn == null) {
      // the first turn is the next tick, not the one before this node started
      lastTurn = turn;
    } else if (turn.isAfter(lastTurn)) {
      lastTurn = turn;
      purge(turn);
    }
  }

  /**
   * One turn. The node that takes it says so, once an interval: the log then shows which node did
   * each turn, and that no turn was done twice.
   */
  private void purge(Instant turn) {
    log.purgeExpired()
        .ifPresent(
            done ->
                LOG.info(
                    () ->
                        "Audit housekeeping of the turn at "
                            + turn
                            + " done on this node: "
                            + done
                            + " records deleted or expiries noted."));
  }

  /**
   * The tick this turn belongs to: the last multiple of {@code interval} at or before {@code now}.
   */
  static Instant lastTick(Instant now, Duration interval) {
    return nextTick(now, interval).minus(interval);
  }

  /** The first moment after {@code now} that is a multiple of {@code interval} since the epoch. */
  static Instant nextTick(Instant now, Duration interval) {
    long millis = interval.toMillis();
    long at = now.toEpochMilli();
    return Instant.ofEpochMilli(at - at % millis + millis);
  }
}
