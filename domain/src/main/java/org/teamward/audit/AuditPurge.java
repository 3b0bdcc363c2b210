package org.teamward.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes audit events and access traces past their retention ({@code teamward.audit.retention},
 * default 400 days), and notes expired access authorisations, every {@code
 * teamward.audit.purge-interval} (default one hour). The timer is not persistent, so every node
 * runs it, and at the same moments: its ticks are the multiples of the interval since the epoch. A
 * lease row in the database lets one node per tick do the work (see {@link
 * AuditLog#purgeExpired()}). It starts after the start-up sequence, so it never meets a database
 * that is not migrated yet.
 */
@Startup
@Singleton
@DependsOn("StartupSequence")
public class AuditPurge {

  private static final Logger LOG = Logger.getLogger(AuditPurge.class.getName());

  @Inject AuditLog log;

  @Inject
  @ConfigProperty(name = "teamward.audit.purge-interval", defaultValue = "PT1H")
  Duration interval;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(
        Date.from(nextTick(Instant.now(), interval)),
        interval.toMillis(),
        new TimerConfig(null, false));
  }

  /**
   * One turn. The node that takes it says so, once an interval: the log then shows which node did
   * each turn, and that no turn was done twice.
   */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void purge() {
    Instant turn = lastTick(Instant.now(), interval);
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
