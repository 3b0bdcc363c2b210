package org.teamward.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.teamward.access.rights.Caller;
import org.teamward.persistence.TestDatabase;

/**
 * The audit trail on a test database, with the transactions a container would give it: a success
 * joins the test's running transaction, a refusal commits in one of its own on a second connection,
 * exactly as REQUIRES_NEW does.
 */
public final class TestAudit {

  private TestAudit() {}

  public static AuditTrail trail(TestDatabase db, Caller caller) {
    AuditTrail trail = new AuditTrail();
    trail.caller = caller;
    trail.writer = new Writer(db);
    return trail;
  }

  /**
   * The same with the test's clock, so that events counted per minute fall into the minute the test
   * means, whenever it runs.
   */
  public static AuditTrail trail(TestDatabase db, Caller caller, java.time.Clock clock) {
    AuditTrail trail = trail(db, caller);
    trail.clock = clock;
    return trail;
  }

  /** The log's use cases on the test database, for a caller the test sets; exports call it. */
  public static AuditLog log(TestDatabase db, Caller caller) {
    AuditLog log = new AuditLog();
    log.em = db.em();
    log.caller = caller;
    log.self = log;
    return log;
  }

  /** The recorder as the container would bind it to the use cases. */
  public static AuditRecorder recorder(AuditTrail trail) {
    AuditRecorder recorder = new AuditRecorder();
    recorder.trail = trail;
    return recorder;
  }

  /** The interceptor that writes the access traces after the use case's commit. */
  public static TracesAfterCommit tracer(AuditTrail trail) {
    TracesAfterCommit tracer = new TracesAfterCommit();
    tracer.writer = trail.writer;
    return tracer;
  }

  /** Every event in the database, oldest first. */
  public static List<AuditEvent> events(TestDatabase db) {
    EntityManager em = db.otherEntityManager();
    try {
      return em.createQuery("select e from AuditEvent e order by e.id", AuditEvent.class)
          .getResultList();
    } finally {
      em.close();
    }
  }

  public static List<AccessTrace> traces(TestDatabase db) {
    EntityManager em = db.otherEntityManager();
    try {
      return em.createQuery("select t from AccessTrace t order by t.id", AccessTrace.class)
          .getResultList();
    } finally {
      em.close();
    }
  }

  private static final class Writer extends AuditWriter {
    private final TestDatabase db;

    Writer(TestDatabase db) {
      this.db = db;
    }

    @Override
    public boolean inTransaction() {
      return db.em().getTransaction().isActive();
    }

    @Override
    public void withTheWrite(AuditEvent event) {
      db.em().persist(event);
    }

    @Override
    public void apart(AuditEvent event) {
      apart(em -> em.persist(event));
    }

    @Override
    public boolean count(AuditEvent event) {
      apart(em -> countIn(em, event));
      return true;
    }

    @Override
    public boolean trace(
        Area area, AccessTrace.Access access, Actor actor, Set<Long> employeeIds, Instant at) {
      if (inTransaction()) {
        // It would wait, on a second connection, for the rows the use case holds locked.
        throw new IllegalStateException("an access trace inside the use case's transaction");
      }
      apart(em -> traceIn(em, area, access, actor, employeeIds, at));
      return true;
    }

    private void apart(java.util.function.Consumer<EntityManager> work) {
      EntityManager em = db.otherEntityManager();
      try {
        em.getTransaction().begin();
        work.accept(em);
        em.getTransaction().commit();
      } finally {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        em.close();
      }
    }
  }
}
