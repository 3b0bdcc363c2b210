package org.teamward.setup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.StandardGroup;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.rights.Permission;
import org.teamward.persistence.TestDatabase;
import org.teamward.setup.FirstStart.AdministratorCreated;

/**
 * Two nodes starting at the same moment on one empty database, each with its own connection and
 * transaction: one prepares it, the other finds it prepared, and neither fails.
 */
class FirstStartTest {

  private final TestDatabase db = new TestDatabase();
  private final List<AdministratorCreated> announced = new CopyOnWriteArrayList<>();
  private final List<String> credentialFiles = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void twoNodesCreateOneAdministratorAndOneSetOfGroups() throws Exception {
    assertThat(startTwoNodesTogether(false)).containsExactlyInAnyOrder(true, false);

    assertThat(count("select count(g) from UserGroup g")).isEqualTo(StandardGroup.values().length);
    UserAccount admin = onlyAccount();
    assertThat(admin.getEmail()).isEqualTo(FirstStart.DEFAULT_ADMIN_EMAIL);
    assertThat(admin.isActive()).isTrue();
    assertThat(admin.groupPermissions()).isEqualTo(EnumSet.allOf(Permission.class));
    assertThat(admin.isMustChangePassword()).isTrue();
    // what the operator is told once is the password of the account that exists
    assertThat(announced)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.email()).isEqualTo(admin.getEmail());
              assertThat(admin.getPasswordHash()).isEqualTo("fake:" + a.password());
            });
  }

  @Test
  void demoDataIsSeededOnceToo() throws Exception {
    assertThat(startTwoNodesTogether(true)).containsExactlyInAnyOrder(true, false);

    assertThat(count("select count(g) from UserGroup g")).isEqualTo(StandardGroup.values().length);
    assertThat(count("select count(e) from Employee e")).isEqualTo(25);
    assertThat(count("select count(p) from Project p")).isEqualTo(10);
    assertThat(count("select count(u) from UserAccount u")).isEqualTo(26);
    assertThat(
            count(
                "select count(u) from UserAccount u where u.email = '"
                    + FirstStart.DEFAULT_ADMIN_EMAIL
                    + "'"))
        .isEqualTo(1);
    assertThat(announced).hasSize(1);
    assertThat(credentialFiles).hasSize(1);
  }

  /** Answers what each node's first start answered. */
  private List<Boolean> startTwoNodesTogether(boolean demo) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> starts = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        EntityManager em = db.otherEntityManager();
        starts.add(
            nodes.submit(
                () -> {
                  go.await();
                  return start(em, demo);
                }));
      }
      go.countDown();
      List<Boolean> prepared = new ArrayList<>();
      for (Future<Boolean> start : starts) {
        prepared.add(start.get(2, TimeUnit.MINUTES)); // rethrows a node's failure
      }
      return prepared;
    } finally {
      nodes.shutdownNow();
    }
  }

  /** One node's start, in its own transaction as the container would run it. */
  private boolean start(EntityManager em, boolean demo) {
    FirstStart firstStart = new RecordingFirstStart();
    firstStart.em = em;
    firstStart.hashing = new DemoDataTest.CountingHashing();
    firstStart.config = new NoConfig();
    firstStart.created = new Announcements();
    DemoData demoData = new DemoData();
    demoData.em = em;
    demoData.hashing = firstStart.hashing;
    demoData.firstStart = firstStart;
    try {
      em.getTransaction().begin();
      boolean prepared = firstStart.prepareEmptyDatabase(demo ? demoData::seed : groups -> {});
      em.getTransaction().commit();
      return prepared;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private long count(String jpql) {
    return db.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
  }

  private UserAccount onlyAccount() {
    List<UserAccount> accounts =
        db.inTransaction(
            em -> em.createQuery("select u from UserAccount u", UserAccount.class).getResultList());
    assertThat(accounts).hasSize(1);
    return accounts.get(0);
  }

  /** Keeps the credentials files the demo data writes in memory. */
  private final class RecordingFirstStart extends FirstStart {
    @Override
    Path writeOwnerOnly(String name, String content) {
      credentialFiles.add(content);
      return Path.of(name);
    }
  }

  /** Records what is announced; the container would deliver it to the log after the commit. */
  private final class Announcements implements Event<AdministratorCreated> {
    @Override
    public void fire(AdministratorCreated event) {
      announced.add(event);
    }

    @Override
    public <U extends AdministratorCreated> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends AdministratorCreated> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<AdministratorCreated> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends AdministratorCreated> Event<U> select(
        Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends AdministratorCreated> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  /** No TEAMWARD_ADMIN_* given: the first administrator gets a random password. */
  private static final class NoConfig implements Config {
    @Override
    public <T> T getValue(String name, Class<T> type) {
      throw new NoSuchElementException(name);
    }

    @Override
    public ConfigValue getConfigValue(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
      return Optional.empty();
    }

    @Override
    public Iterable<String> getPropertyNames() {
      return List.of();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
      return List.of();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> type) {
      return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new IllegalArgumentException();
    }
  }
}
