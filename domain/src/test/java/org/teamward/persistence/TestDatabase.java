package org.teamward.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventListener;
import org.eclipse.persistence.sessions.SessionEventManager;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory H2 database, migrated by the real Flyway scripts, with an EntityManager on the
 * entities. Each instance is its own database, so tests never depend on each other's data.
 */
public final class TestDatabase implements AutoCloseable {

  private final EntityManagerFactory factory;
  private final EntityManager em;

  public TestDatabase() {
    // Waits a minute for a lock (PostgreSQL waits without limit) rather than H2's two seconds, so
    // that tests of serialised changes do not depend on how fast the machine is.
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000";
    Flyway.configure(TestDatabase.class.getClassLoader())
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    factory =
        Persistence.createEntityManagerFactory(
            "teamward-test", Map.of("jakarta.persistence.jdbc.url", url));
    em = factory.createEntityManager();
  }

  /** The one entity manager of this database, as a container would inject it. */
  public EntityManager em() {
    return em;
  }

  /**
   * Another entity manager on the same database, with its own connection and transactions, as a
   * second node or a concurrent request has. The caller closes it.
   */
  public EntityManager otherEntityManager() {
    return factory.createEntityManager();
  }

  /** How many SQL statements {@code work} sends to the database, counted by EclipseLink. */
  public int statements(Runnable work) {
    AtomicInteger count = new AtomicInteger();
    SessionEventListener counter =
        new SessionEventAdapter() {
          @Override
          public void preExecuteCall(SessionEvent event) {
            count.incrementAndGet();
          }
        };
    SessionEventManager events =
        em.unwrap(JpaEntityManager.class).getServerSession().getEventManager();
    events.addListener(counter);
    try {
      work.run();
    } finally {
      events.removeListener(counter);
    }
    return count.get();
  }

  /** Runs {@code work} in a transaction and clears the context, so reads hit the database. */
  public <T> T inTransaction(Supplier<T> work) {
    return inTransaction((Function<EntityManager, T>) e -> work.get());
  }

  public void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /** Runs work in a transaction, rolling back if it throws, and clears the context after. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    em.getTransaction().begin();
    try {
      T result = work.apply(em);
      em.getTransaction().commit();
      em.clear();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    }
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
        (Function<EntityManager, Object>)
            e -> {
              work.accept(e);
              return null;
            });
  }

  @Override
  public void close() {
    em.close();
    factory.close();
  }
}
