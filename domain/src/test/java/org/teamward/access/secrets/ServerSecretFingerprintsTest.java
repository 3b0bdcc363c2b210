package org.teamward.access.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.teamward.persistence.TestDatabase;

/**
 * A node whose token pepper or two-factor key is not the one the database was set up with refuses
 * to start, on the real schema; the same secrets start again, and deleting the row accepts a new
 * one on purpose.
 */
class ServerSecretFingerprintsTest {

  static final String PEPPER = "a-test-pepper-of-at-least-32-characters";
  static final String OTHER_PEPPER = "another-test-pepper-of-32-characters-x";
  static final String KEY = "a-test-two-factor-key-of-32-characters";
  static final String OTHER_KEY = "another-two-factor-key-of-32-characters";

  private final TestDatabase db = new TestDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theFirstStartRecordsAFingerprintOfEachSecret() {
    start(db.em(), PEPPER, KEY);

    assertThat(stored())
        .containsOnlyKeys("TEAMWARD_TOKEN_PEPPER", "TEAMWARD_TOTP_KEY")
        .containsEntry("TEAMWARD_TOKEN_PEPPER", SecretTokens.PEPPER.fingerprint(PEPPER))
        .containsEntry("TEAMWARD_TOTP_KEY", TwoFactorKey.KEY.fingerprint(KEY));
  }

  @Test
  void theStoredFingerprintRevealsNeitherSecret() throws Exception {
    start(db.em(), PEPPER, KEY);

    for (String fingerprint : stored().values()) {
      assertThat(fingerprint).matches("[0-9a-f]{64}");
      for (String secret : List.of(PEPPER, KEY)) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        assertThat(fingerprint)
            .doesNotContain(secret)
            .doesNotContain(HexFormat.of().formatHex(bytes))
            // the two-factor AES key is the SHA-256 of the configured text: not that either
            .isNotEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
      }
    }
    // keyed with the secret: the same label under another value gives another fingerprint
    assertThat(SecretTokens.PEPPER.fingerprint(OTHER_PEPPER))
        .isNotEqualTo(SecretTokens.PEPPER.fingerprint(PEPPER));
  }

  @Test
  void theSameSecretsStartAgain() {
    start(db.em(), PEPPER, KEY);
    Map<String, String> first = stored();

    start(db.em(), PEPPER, KEY);
    start(db.em(), PEPPER, KEY);

    assertThat(stored()).isEqualTo(first);
  }

  @Test
  void anotherPepperRefusesToStartAndNamesTheVariableOnly() {
    start(db.em(), PEPPER, KEY);
    Map<String, String> first = stored();

    assertThatThrownBy(() -> start(db.em(), OTHER_PEPPER, KEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "TEAMWARD_TOKEN_PEPPER differs from the one this database was set up with")
        .hasMessageContaining("Device passwords")
        .hasMessageContaining("see the README")
        .message()
        .doesNotContain(PEPPER)
        .doesNotContain(OTHER_PEPPER)
        .doesNotContain(first.get("TEAMWARD_TOKEN_PEPPER"));
    assertThat(stored()).isEqualTo(first);
  }

  @Test
  void anotherTwoFactorKeyRefusesToStartAndNamesTheVariableOnly() {
    start(db.em(), PEPPER, KEY);
    Map<String, String> first = stored();

    assertThatThrownBy(() -> start(db.em(), PEPPER, OTHER_KEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "TEAMWARD_TOTP_KEY differs from the one this database was set up with")
        .hasMessageContaining("Two-factor secrets")
        .message()
        .doesNotContain(KEY)
        .doesNotContain(OTHER_KEY)
        .doesNotContain(first.get("TEAMWARD_TOTP_KEY"));
    assertThat(stored()).isEqualTo(first);
  }

  @Test
  void deletingTheRowAcceptsANewValueOnPurpose() {
    start(db.em(), PEPPER, KEY);

    // the statement the README gives for a deliberate change
    db.run(
        em ->
            em.createNativeQuery("DELETE FROM server_secret WHERE name = 'TEAMWARD_TOKEN_PEPPER'")
                .executeUpdate());
    start(db.em(), OTHER_PEPPER, KEY);

    assertThat(stored())
        .containsEntry("TEAMWARD_TOKEN_PEPPER", SecretTokens.PEPPER.fingerprint(OTHER_PEPPER))
        .containsEntry("TEAMWARD_TOTP_KEY", TwoFactorKey.KEY.fingerprint(KEY));
    // and from then on the old value is the one refused
    assertThatThrownBy(() -> start(db.em(), PEPPER, KEY))
        .hasMessageStartingWith("TEAMWARD_TOKEN_PEPPER differs");
  }

  @Test
  void twoNodesStartingTogetherOnAnEmptyDatabaseBothStart() throws Exception {
    assertThat(startTwoNodesTogether(PEPPER, PEPPER)).containsExactly(null, null);

    assertThat(stored())
        .containsOnlyKeys("TEAMWARD_TOKEN_PEPPER", "TEAMWARD_TOTP_KEY")
        .containsEntry("TEAMWARD_TOKEN_PEPPER", SecretTokens.PEPPER.fingerprint(PEPPER));
  }

  @Test
  void ofTwoNodesWithDifferentPeppersStartingTogetherOneRefuses() throws Exception {
    List<Throwable> failures = startTwoNodesTogether(PEPPER, OTHER_PEPPER);

    assertThat(failures).filteredOn(f -> f == null).hasSize(1);
    assertThat(failures)
        .filteredOn(f -> f != null)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("TEAMWARD_TOKEN_PEPPER differs"));
  }

  /** Each node's failure, or null for a node that started. */
  private List<Throwable> startTwoNodesTogether(String pepper, String otherPepper)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> starts = new ArrayList<>();
      for (String nodePepper : List.of(pepper, otherPepper)) {
        EntityManager em = db.otherEntityManager();
        starts.add(
            nodes.submit(
                () -> {
                  try {
                    go.await();
                    start(em, nodePepper, KEY);
                  } finally {
                    em.close();
                  }
                  return null;
                }));
      }
      go.countDown();
      List<Throwable> failures = new ArrayList<>();
      for (Future<?> start : starts) {
        try {
          start.get(2, TimeUnit.MINUTES);
          failures.add(null);
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      return failures;
    } finally {
      nodes.shutdownNow();
    }
  }

  /** The checks of one node's start, each in its own transaction as the container runs them. */
  private static void start(EntityManager em, String pepper, String key) {
    ServerSecretFingerprints fingerprints = new ServerSecretFingerprints();
    fingerprints.em = em;
    SecretTokens tokens = new SecretTokens(pepper);
    tokens.fingerprints = fingerprints;
    TwoFactorKey twoFactorKey = new TwoFactorKey(key);
    twoFactorKey.fingerprints = fingerprints;
    inTransaction(em, tokens::checkPepper);
    inTransaction(em, twoFactorKey::checkKey);
  }

  private static void inTransaction(EntityManager em, Runnable work) {
    em.getTransaction().begin();
    try {
      work.run();
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    }
  }

  private Map<String, String> stored() {
    return db.inTransaction(
        em -> {
          Map<String, String> rows = new TreeMap<>();
          for (Object row :
              em.createNativeQuery("select name, fingerprint from server_secret").getResultList()) {
            Object[] columns = (Object[]) row;
            rows.put((String) columns[0], (String) columns[1]);
          }
          return rows;
        });
  }
}
