package org.teamward.access.signin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.rights.CallerKey;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestClock;
import org.teamward.access.secrets.PlainHashing;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.persistence.TestDatabase;

/**
 * Throttling of failed sign-ins through the credential seam, on a real database with a clock the
 * test moves: free attempts, doubling delays, the per-address ceiling, what a success resets, and
 * that no answer tells a known account from an unknown one.
 */
class ThrottlingTest {

  static final String OFFICE = "203.0.113.10";
  static final String HOME = "198.51.100.7";

  TestDatabase db;
  Authentication auth;
  SecretTokens tokens = new SecretTokens("a-test-pepper-of-at-least-32-characters");
  PlainHashing hashing = new PlainHashing();
  TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    auth = new Authentication();
    auth.em = db.em();
    auth.hashing = hashing;
    SignInParts.wire(auth, tokens, clock, db);
    auth.throttling.ipFreeAttempts = 20;
    auth.throttling.apiFreeAttempts = 3;
    person("ann@example.org");
    person("bob@example.org");
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private void person(String email) {
    db.run(
        em -> {
          UserAccount user = new UserAccount();
          user.setEmail(email);
          user.setDisplayName(email);
          user.setPasswordHash(hashing.hash("correct horse"), false);
          em.persist(user);
        });
  }

  private Authentication.Outcome signIn(String email, String password, String ip) {
    return db.inTransaction(em -> auth.personalPassword(email, password, ip));
  }

  private void fail(String email, String ip, int times) {
    for (int i = 0; i < times; i++) {
      Authentication.Outcome outcome = signIn(email, "wrong", ip);
      assertThat(outcome.isThrottled()).as("failure %d of %s is checked", i + 1, email).isFalse();
    }
  }

  @Test
  void aFewAttemptsAreFreeThenTheDelayDoublesPerFailure() {
    fail("ann@example.org", OFFICE, 5);
    Authentication.Outcome blocked = signIn("ann@example.org", "correct horse", OFFICE);
    assertThat(blocked.isThrottled()).as("even the right password waits").isTrue();
    assertThat(blocked.isAccepted()).isFalse();
    assertThat(blocked.retryAfter()).isEqualTo(Duration.ofSeconds(30));

    clock.advance(Duration.ofSeconds(10));
    assertThat(signIn("ann@example.org", "wrong", OFFICE).retryAfter())
        .as("the wait counts down")
        .isEqualTo(Duration.ofSeconds(20));

    clock.advance(Duration.ofSeconds(20));
    fail("ann@example.org", OFFICE, 1);
    assertThat(signIn("ann@example.org", "wrong", OFFICE).retryAfter())
        .isEqualTo(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    fail("ann@example.org", OFFICE, 1);
    assertThat(signIn("ann@example.org", "wrong", OFFICE).retryAfter())
        .isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void theDelayStopsAtTheMaximumFarBelowAHundredGuessesADay() {
    Throttling throttling = auth.throttling;
    assertThat(throttling.delay(4, 5)).isZero();
    assertThat(throttling.delay(5, 5)).isEqualTo(Duration.ofSeconds(30));
    assertThat(throttling.delay(6, 5)).isEqualTo(Duration.ofMinutes(1));
    assertThat(throttling.delay(16, 5)).isEqualTo(Duration.ofSeconds(30L << 11));
    assertThat(throttling.delay(17, 5)).isEqualTo(Duration.ofHours(24));
    assertThat(throttling.delay(1_000, 5)).isEqualTo(Duration.ofHours(24));
    // Guessing as fast as allowed for a day: the free ones plus one per finished delay.
    Duration elapsed = Duration.ZERO;
    int guesses = 0;
    while (elapsed.compareTo(Duration.ofDays(1)) < 0) {
      guesses++;
      elapsed = elapsed.plus(throttling.delay(guesses, 5));
    }
    assertThat(guesses).isLessThan(20);
  }

  @Test
  void aSuccessStartsTheAccountsCounterAtThatAddressOver() {
    fail("ann@example.org", OFFICE, 4);
    assertThat(signIn("ann@example.org", "correct horse", OFFICE).isAccepted()).isTrue();
    fail("ann@example.org", OFFICE, 4);
    assertThat(signIn("ann@example.org", "correct horse", OFFICE).isAccepted()).isTrue();
  }

  @Test
  void aSuccessElsewhereDoesNotFreeTheBlockedAddress() {
    fail("ann@example.org", OFFICE, 5);
    assertThat(signIn("ann@example.org", "correct horse", HOME).isAccepted()).isTrue();
    assertThat(signIn("ann@example.org", "correct horse", OFFICE).isThrottled()).isTrue();
  }

  @Test
  void othersBehindTheSameAddressAreNotLockedOut() {
    fail("ann@example.org", OFFICE, 5);
    // A blocked account keeps hammering: refused unchecked, and not counted for the address.
    for (int i = 0; i < 100; i++) {
      assertThat(signIn("ann@example.org", "wrong", OFFICE).isThrottled()).isTrue();
    }
    assertThat(signIn("bob@example.org", "correct horse", OFFICE).isAccepted()).isTrue();
    assertThat(signIn("ann@example.org", "correct horse", HOME).isAccepted()).isTrue();
  }

  @Test
  void sprayingManyAccountsFromOneAddressHitsTheAddressCeiling() {
    for (int i = 0; i < 20; i++) {
      fail("guess" + i + "@example.org", OFFICE, 1);
    }
    Authentication.Outcome outcome = signIn("bob@example.org", "correct horse", OFFICE);
    assertThat(outcome.isThrottled()).as("the ceiling of 20 per address").isTrue();
    assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(signIn("bob@example.org", "correct horse", HOME).isAccepted())
        .as("other addresses are unaffected")
        .isTrue();
    clock.advance(Duration.ofSeconds(30));
    assertThat(signIn("bob@example.org", "correct horse", OFFICE).isAccepted()).isTrue();
  }

  @Test
  void aQuietCounterIsForgotten() {
    fail("ann@example.org", OFFICE, 5);
    clock.advance(Duration.ofHours(25));
    fail("ann@example.org", OFFICE, 4);
    assertThat(signIn("ann@example.org", "correct horse", OFFICE).isAccepted()).isTrue();
  }

  @Test
  void unknownAccountAndWrongPasswordLookAlikeAlsoWhenThrottled() {
    int before = hashing.verifications;
    Authentication.Outcome known = signIn("ann@example.org", "wrong", OFFICE);
    Authentication.Outcome unknown = signIn("nobody@example.org", "wrong", OFFICE);
    assertThat(hashing.verifications).as("one slow hash each").isEqualTo(before + 2);
    assertThat(unknown).isEqualTo(known);

    fail("ann@example.org", OFFICE, 4);
    fail("nobody@example.org", OFFICE, 4);
    before = hashing.verifications;
    Authentication.Outcome knownThrottled = signIn("ann@example.org", "wrong", OFFICE);
    Authentication.Outcome unknownThrottled = signIn("nobody@example.org", "wrong", OFFICE);
    assertThat(hashing.verifications).as("no slow hash when throttled").isEqualTo(before);
    assertThat(knownThrottled.isThrottled()).isTrue();
    assertThat(unknownThrottled).isEqualTo(knownThrottled);
  }

  @Test
  void onlyInvalidApiSecretsAreThrottledAndAValidOneStillWorks() {
    String password = tokens.newToken(SecretTokens.Type.ACCESS_AUTHORISATION);
    db.run(
        em -> {
          AccessAuthorisation a = new AccessAuthorisation();
          a.setName("Hall terminal");
          a.setPermissions(EnumSet.of(Permission.ATTENDANCE_CHECK_IN_OUT));
          a.setAllowedNetworks(Set.of());
          a.setActive(true);
          a.setTokenDigest(tokens.digest(password));
          em.persist(a);
        });
    String wrong = tokens.newToken(SecretTokens.Type.ACCESS_AUTHORISATION);
    for (int i = 0; i < 3; i++) {
      assertThat(api(wrong, OFFICE).refusal()).isEqualTo(Authentication.REFUSED);
    }
    Authentication.Outcome throttled = api(wrong, OFFICE);
    assertThat(throttled.isThrottled()).isTrue();
    assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(api("garbage", OFFICE).isThrottled()).isTrue();
    assertThat(api(password, OFFICE).isAccepted())
        .as("a valid secret from the same address is never refused for others' failures")
        .isTrue();
    assertThat(api(wrong, HOME).isThrottled()).isFalse();
  }

  @Test
  void wrongOneTimeCodesAreThrottledPerAccountAndAddressApartFromPasswords() {
    for (int i = 0; i < 5; i++) {
      assertThat(code(-1L, OFFICE).refusal()).isEqualTo(Authentication.CODE_REFUSED);
    }
    Authentication.Outcome throttled = code(-1L, OFFICE);
    assertThat(throttled.isThrottled()).isTrue();
    assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(code(-1L, HOME).isThrottled()).isFalse();
    assertThat(code(-2L, OFFICE).isThrottled()).isFalse();
    assertThat(signIn("ann@example.org", "correct horse", OFFICE).isAccepted())
        .as("codes and passwords count apart")
        .isTrue();
    clock.advance(Duration.ofSeconds(30));
    assertThat(code(-1L, OFFICE).refusal()).isEqualTo(Authentication.CODE_REFUSED);
  }

  private Authentication.Outcome code(long userId, String ip) {
    return db.inTransaction(
        em -> auth.secondFactor(new CallerKey(CallerKey.Type.USER, userId), "123456", ip));
  }

  private Authentication.Outcome api(String secret, String ip) {
    return db.inTransaction(em -> auth.apiSecret(null, secret, ip));
  }

  /**
   * Many nodes failing the same key at the same moment, each in its own transaction: every failure
   * counts, also the racing first ones that find no row yet.
   */
  @Test
  void concurrentFailuresLoseNoCount() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CyclicBarrier start = new CyclicBarrier(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  EntityManager em = db.otherEntityManager();
                  try {
                    Throttling throttling = SignInParts.throttling(em, clock);
                    start.await(30, TimeUnit.SECONDS);
                    em.getTransaction().begin();
                    throttling.failed(Throttling.Kind.PASSWORD, "ann@example.org", OFFICE);
                    em.getTransaction().commit();
                  } finally {
                    if (em.getTransaction().isActive()) {
                      em.getTransaction().rollback();
                    }
                    em.close();
                  }
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    List<?> counts =
        db.inTransaction(
            em ->
                em.createNativeQuery("select failures from sign_in_throttle order by failures")
                    .getResultList());
    assertThat(counts)
        .as("the account at the address, and the address")
        .map(n -> ((Number) n).intValue())
        .containsExactly(threads, threads);
  }
}
