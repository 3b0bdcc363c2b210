package org.teamward.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory H2 database with the real Flyway schema, and EclipseLink on top, for tests of
 * queries that only a database can judge. Each instance is its own database.
 */
public final class TestDatabase implements AutoCloseable {

  private final EntityManagerFactory factory;
  private final EntityManager em;

  public TestDatabase() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    factory =
        Persistence.createEntityManagerFactory(
            "teamward-test",
            Map.of(
                "eclipselink.persistencexml", "META-INF/test-persistence.xml",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
    em = factory.createEntityManager();
  }

  /** The one entity manager of this database, as a container would inject it. */
  public EntityManager em() {
    return em;
  }

  /** Runs work in a transaction, rolling back if it throws, and clears the context after. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    em.getTransaction().begin();
    try {
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.clear();
    }
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
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
