package org.teamward.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where audit records are written, and in which transaction. A success goes into the use case's own
 * transaction, so that it commits exactly when the write does; a refusal rolls the use case back,
 * and a sign-in attempt stands on its own, so both go into a transaction of their own.
 */
@ApplicationScoped
public class AuditWriter {

  private static final Logger LOG = Logger.getLogger(AuditWriter.class.getName());

  /** How stale a trace's "last seen" may get: one update a minute per reader, not per request. */
  static final Duration LAST_AT_PRECISION = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Whether a transaction is running that a success can join. */
  public boolean inTransaction() {
    return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
  }

  /** In the running transaction: committed with the write, or rolled back with it. */
  @Transactional(TxType.MANDATORY)
  public void withTheWrite(AuditEvent event) {
    em.persist(event);
  }

  /** In a transaction of its own, which outlives the rollback of the caller's. */
  @Transactional(TxType.REQUIRES_NEW)
  public void apart(AuditEvent event) {
    em.persist(event);
  }

  /**
   * Counts a refusal in a transaction of its own: one more attempt on its row of the minute, or
   * that row, when it is the minute's first. The row is found by its unique tally key, so that
   * nodes of a cluster count into one row as well.
   *
   * @return false when a concurrent writer inserted the same row first: this attempt wrote nothing,
   *     and another one finds that row and counts into it
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean count(AuditEvent event) {
    try {
      countIn(em, event);
      return true;
    } catch (PersistenceException concurrent) {
      LOG.log(Level.FINE, "refusal counted concurrently", concurrent);
      transactions.setRollbackOnly();
      return false;
    }
  }

  static void countIn(EntityManager em, AuditEvent event) {
    int counted =
        em.createQuery(
                "update AuditEvent e set e.attempts = e.attempts + 1 where e.tallyKey = :key")
            .setParameter("key", event.getTallyKey())
            .executeUpdate();
    if (counted == 0) {
      em.persist(event);
      em.flush();
    }
  }

  /**
   * Notes that {@code actor} read or changed these employees' records, in a transaction of its own:
   * a trace must neither fail the use case nor vanish with a read's empty rollback. Rows are per
   * hour, so this mostly finds them present and at most moves "last seen".
   *
   * @return false when a concurrent writer of the same rows made this attempt fail: it wrote
   *     nothing, and another attempt reads the rows the other committed and adds only the rest
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean trace(
      Area area, AccessTrace.Access access, Actor actor, Set<Long> employeeIds, Instant at) {
    try {
      traceIn(em, area, access, actor, employeeIds, at);
      return true;
    } catch (PersistenceException concurrent) {
      // Another request of the same reader inserted one of these rows first, and this transaction,
      // with the rows of the people only it saw, is lost: the caller tries again.
      LOG.log(Level.FINE, "access trace written concurrently", concurrent);
      transactions.setRollbackOnly();
      return false;
    }
  }

  static void traceIn(
      EntityManager em,
      Area area,
      AccessTrace.Access access,
      Actor actor,
      Set<Long> employeeIds,
      Instant at) {
    Instant hour = at.truncatedTo(ChronoUnit.HOURS);
    long credentialId = actor.credentialId() == null ? 0 : actor.credentialId();
    List<AccessTrace> present =
        em.createQuery(
                "select t from AccessTrace t where t.employeeId in :employees and t.area = :area"
                    + " and t.access = :access and t.actorKind = :kind and t.actorId = :actor"
                    + " and t.credential = :credential and t.credentialId = :credentialId"
                    + " and t.hourStart = :hour",
                AccessTrace.class)
            .setParameter("employees", employeeIds)
            .setParameter("area", area)
            .setParameter("access", access)
            .setParameter("kind", actor.kind())
            .setParameter("actor", actor.id())
            .setParameter("credential", actor.credential())
            .setParameter("credentialId", credentialId)
            .setParameter("hour", hour)
            .getResultList();
    List<Long> stale = new ArrayList<>();
    Set<Long> missing = new java.util.HashSet<>(employeeIds);
    for (AccessTrace trace : present) {
      missing.remove(trace.getEmployeeId());
      if (trace.getLastAt().isBefore(at.minus(LAST_AT_PRECISION))) {
        stale.add(trace.getId());
      }
    }
    if (!stale.isEmpty()) {
      em.createQuery("update AccessTrace t set t.lastAt = :at where t.id in :ids")
          .setParameter("at", at)
          .setParameter("ids", stale)
          .executeUpdate();
    }
    // One order for every writer, each row sent as it comes: readers that page through the same
    // people at once (an HR tool's parallel requests, every hour anew) insert the same keys, and
    // in any other order the unique index made them wait for each other in a cycle, which
    // PostgreSQL breaks only after a second of deadlock detection, per request.
    for (Long employeeId : new TreeSet<>(missing)) {
      em.persist(new AccessTrace(employeeId, area, access, actor, hour, at));
      em.flush();
    }
  }
}
