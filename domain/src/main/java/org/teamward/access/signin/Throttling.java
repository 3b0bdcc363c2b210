package org.teamward.access.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed attempts to present a credential and says when to stop checking them for a while.
 * Two counters per attempt: one per account and client address, and one per address alone with a
 * much higher ceiling, so that one person (or attacker) failing behind an office's shared address
 * locks out only that account from there, while spraying many accounts from one address is still
 * stopped. A few attempts are free; after that each failure blocks the key for a delay that doubles
 * up to a maximum, so guessing stops long before NIST SP 800-63B's 100 failures.
 *
 * <p>The caller checks {@link #blocked} first and, when blocked, answers "too many attempts"
 * without verifying anything and without counting (so a blocked account cannot push its address
 * towards the ceiling). Otherwise it verifies and reports {@link #failed} or {@link #succeeded}.
 *
 * <p>The counters are rows in the database, so every node of a cluster counts together; an
 * increment is one {@code UPDATE} in place, and the first failure of a key inserts its row under a
 * guard lock, so concurrent failures never lose a count. Counting commits on its own, whatever
 * becomes of the caller's transaction.
 */
@ApplicationScoped
@Transactional
public class Throttling {

  /** What kind of credential failed; each kind has counters of its own. */
  public enum Kind {
    /** The personal password: web sign-in and {@code POST /api/device}. */
    PASSWORD,
    /** The second sign-in step's one-time code. */
    TOTP,
    /** API secrets (device passwords, access authorisations): counted per address only. */
    API_SECRET
  }

  @PersistenceContext EntityManager em;

  /** Failures per account and address before the first delay. */
  @Inject
  @ConfigProperty(name = "teamward.throttle.free-attempts", defaultValue = "5")
  int freeAttempts = 5;

  /** Failures per address, over all accounts, before the address itself is delayed. */
  @Inject
  @ConfigProperty(name = "teamward.throttle.ip-free-attempts", defaultValue = "100")
  int ipFreeAttempts = 100;

  /** Invalid API secrets per address before that address's invalid ones are delayed. */
  @Inject
  @ConfigProperty(name = "teamward.throttle.api-free-attempts", defaultValue = "100")
  int apiFreeAttempts = 100;

  /** The first delay; each further failure doubles it. */
  @Inject
  @ConfigProperty(name = "teamward.throttle.base-delay", defaultValue = "PT30S")
  Duration baseDelay = Duration.ofSeconds(30);

  @Inject
  @ConfigProperty(name = "teamward.throttle.max-delay", defaultValue = "PT24H")
  Duration maxDelay = Duration.ofHours(24);

  /** A counter starts over after this long without failures and without a running block. */
  @Inject
  @ConfigProperty(name = "teamward.throttle.forget-after", defaultValue = "PT24H")
  Duration forgetAfter = Duration.ofHours(24);

  Clock clock = Clock.systemUTC();

  /** How long the attempt must wait, or empty when it may be checked now. */
  public Optional<Duration> blocked(Kind kind, String account, String clientIp) {
    Instant now = clock.instant();
    List<?> until =
        em.createNativeQuery(
                "select blocked_until from sign_in_throttle"
                    + " where throttle_key in (?1, ?2) and blocked_until > ?3")
            .setParameter(1, accountKey(kind, account, clientIp))
            .setParameter(2, addressKey(kind, clientIp))
            .setParameter(3, now.atOffset(ZoneOffset.UTC))
            .getResultList();
    return until.stream()
        .map(Throttling::instant)
        .max(Instant::compareTo)
        .map(latest -> Duration.between(now, latest));
  }

  /**
   * Counts a failure for the account at this address, and for the address. In a transaction of its
   * own, committed at once: the caller's transaction is rolled back when the failure becomes an
   * exception (as in {@code POST /api/device}), and the count must stay all the same. It also keeps
   * the guard lock of a first failure short.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(Kind kind, String account, String clientIp) {
    if (kind == Kind.API_SECRET) {
      count(addressKey(kind, clientIp), apiFreeAttempts);
      return;
    }
    count(accountKey(kind, account, clientIp), freeAttempts);
    count(addressKey(kind, clientIp), ipFreeAttempts);
  }

  /**
   * The account proved itself from this address: its counter there starts over. Other addresses'
   * counters stay (the owner signing in elsewhere must not free an attacker), and so does the
   * address's counter (other accounts' failures from there still count).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(Kind kind, String account, String clientIp) {
    em.createNativeQuery("delete from sign_in_throttle where throttle_key = ?1")
        .setParameter(1, accountKey(kind, account, clientIp))
        .executeUpdate();
  }

  private void count(String key, int free) {
    Instant now = clock.instant();
    if (increment(key, now) == 0) {
      // First failure of this key (or a race with another node's first): take the guard, look
      // again, and insert only if still missing. Under the guard, expired counters are purged.
      em.createNativeQuery("select id from sign_in_throttle_guard where id = 1 for update")
          .getResultList();
      if (increment(key, now) == 0) {
        purge(now);
        em.createNativeQuery(
                "insert into sign_in_throttle (throttle_key, failures, last_failure_at)"
                    + " values (?1, 1, ?2)")
            .setParameter(1, key)
            .setParameter(2, now.atOffset(ZoneOffset.UTC))
            .executeUpdate();
      }
    }
    // The row is locked by this transaction now, so reading it and then setting the block cannot
    // interleave with another failure of the same key.
    int failures =
        ((Number)
                em.createNativeQuery(
                        "select failures from sign_in_throttle where throttle_key = ?1")
                    .setParameter(1, key)
                    .getSingleResult())
            .intValue();
    Duration delay = delay(failures, free);
    if (!delay.isZero()) {
      em.createNativeQuery("update sign_in_throttle set blocked_until = ?1 where throttle_key = ?2")
          .setParameter(1, now.plus(delay).atOffset(ZoneOffset.UTC))
          .setParameter(2, key)
          .executeUpdate();
    }
  }

  /** One more failure in place; a counter quiet for longer than the memory starts over. */
  private int increment(String key, Instant now) {
    return em.createNativeQuery(
            "update sign_in_throttle set last_failure_at = ?1, failures = case"
                + " when last_failure_at < ?2 and (blocked_until is null or blocked_until < ?2)"
                + " then 1 else failures + 1 end"
                + " where throttle_key = ?3")
        .setParameter(1, now.atOffset(ZoneOffset.UTC))
        .setParameter(2, now.minus(forgetAfter).atOffset(ZoneOffset.UTC))
        .setParameter(3, key)
        .executeUpdate();
  }

  private void purge(Instant now) {
    OffsetDateTime forgotten = now.minus(forgetAfter).atOffset(ZoneOffset.UTC);
    em.createNativeQuery(
            "delete from sign_in_throttle where last_failure_at < ?1"
                + " and (blocked_until is null or blocked_until < ?1)")
        .setParameter(1, forgotten)
        .executeUpdate();
  }

  /** No delay for the free attempts; then the base delay, doubling per failure, capped. */
  Duration delay(int failures, int free) {
    if (failures < free) {
      return Duration.ZERO;
    }
    int doublings = failures - free;
    if (doublings >= 40) {
      return maxDelay;
    }
    Duration delay = baseDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  private static String accountKey(Kind kind, String account, String clientIp) {
    return digest(kind + "\naccount\n" + (account == null ? "" : account) + "\n" + ip(clientIp));
  }

  private static String addressKey(Kind kind, String clientIp) {
    return digest(kind + "\naddress\n" + ip(clientIp));
  }

  private static String ip(String clientIp) {
    return clientIp == null ? "" : clientIp;
  }

  /** The key as stored: a digest, so that nothing typed into a sign-in form is kept. */
  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** H2 answers an OffsetDateTime, the PostgreSQL driver a Timestamp. */
  static Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
  }
}
