package org.teamward.access.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.teamward.access.secrets.Networks;

/**
 * The database's record of signed-in web sessions. A session is alive while its row exists, it was
 * seen within the idle timeout, and it began within the absolute timeout; every web request asks
 * here (through {@link Authentication#session}), so ending a row ends the session on every cluster
 * node at once. Not a use case: the seam, sign-out and deactivation call it; people reach their own
 * sessions through {@link WebSessions}.
 */
@ApplicationScoped
@Transactional
public class WebSessionStore {

  /** How stale "last seen" may get: at most one write per session and minute. */
  static final Duration LAST_SEEN_PRECISION = Duration.ofSeconds(60);

  static final int MAX_USER_AGENT = 300;

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "teamward.session.idle-timeout", defaultValue = "PT30M")
  Duration idleTimeout = Duration.ofMinutes(30);

  @Inject
  @ConfigProperty(name = "teamward.session.absolute-timeout", defaultValue = "PT12H")
  Duration absoluteTimeout = Duration.ofHours(12);

  Clock clock = Clock.systemUTC();

  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** Records a new session of this account, after a complete sign-in; answers its id. */
  public String open(long userId, String clientIp, String userAgent) {
    return open(userId, clientIp, userAgent, false);
  }

  /**
   * As {@link #open(long, String, String)}, noting whether the sign-in was with the identity
   * provider.
   */
  public String open(long userId, String clientIp, String userAgent, boolean viaProvider) {
    Instant now = clock.instant();
    purgeExpired(now);
    String id = UUID.randomUUID().toString();
    em.createNativeQuery(
            "insert into web_session"
                + " (id, user_id, created_at, last_seen_at, ip, user_agent, via_provider)"
                + " values (?1, ?2, ?3, ?3, ?4, ?5, ?6)")
        .setParameter(1, id)
        .setParameter(2, userId)
        .setParameter(3, now.atOffset(ZoneOffset.UTC))
        .setParameter(4, Networks.storableIp(clientIp))
        .setParameter(5, shortened(userAgent))
        .setParameter(6, viaProvider)
        .executeUpdate();
    return id;
  }

  /**
   * Whether the session is still alive for this account; notes that it was seen now. An expired
   * session's row is removed here, so that it cannot come back.
   */
  public boolean touch(String id, long userId) {
    if (id == null) {
      return false;
    }
    Instant now = clock.instant();
    List<?> rows =
        em.createNativeQuery(
                "select created_at, last_seen_at from web_session where id = ?1 and user_id = ?2")
            .setParameter(1, id)
            .setParameter(2, userId)
            .getResultList();
    if (rows.isEmpty()) {
      return false;
    }
    Object[] row = (Object[]) rows.get(0);
    Instant created = Throttling.instant(row[0]);
    Instant lastSeen = Throttling.instant(row[1]);
    if (expired(created, lastSeen, now)) {
      end(id);
      return false;
    }
    if (lastSeen.isBefore(now.minus(LAST_SEEN_PRECISION))) {
      em.createNativeQuery(
              "update web_session set last_seen_at = ?1 where id = ?2 and last_seen_at < ?1")
          .setParameter(1, now.atOffset(ZoneOffset.UTC))
          .setParameter(2, id)
          .executeUpdate();
    }
    return true;
  }

  boolean expired(Instant created, Instant lastSeen, Instant now) {
    return !lastSeen.plus(idleTimeout).isAfter(now) || !created.plus(absoluteTimeout).isAfter(now);
  }

  /** Ends one session, whoever's it is (sign-out of the session itself). */
  public void end(String id) {
    if (id != null) {
      em.createNativeQuery("delete from web_session where id = ?1")
          .setParameter(1, id)
          .executeUpdate();
    }
  }

  /** Ends one of this account's sessions; false when it has no such session. */
  public boolean end(long userId, String id) {
    return em.createNativeQuery("delete from web_session where id = ?1 and user_id = ?2")
            .setParameter(1, id)
            .setParameter(2, userId)
            .executeUpdate()
        > 0;
  }

  /** Ends every session of this account, on every node at once; answers how many. */
  public int endAll(long userId) {
    return em.createNativeQuery("delete from web_session where user_id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
  }

  /** Ends every session of this account but the one given; answers how many. */
  public int endOthers(long userId, String keep) {
    return em.createNativeQuery("delete from web_session where user_id = ?1 and id <> ?2")
        .setParameter(1, userId)
        .setParameter(2, keep == null ? "" : keep)
        .executeUpdate();
  }

  /** This account's live sessions, the most recently seen first. */
  public List<WebSession> list(long userId) {
    Instant now = clock.instant();
    List<?> rows =
        em.createNativeQuery(
                "select id, created_at, last_seen_at, ip, user_agent, via_provider from web_session"
                    + " where user_id = ?1 and last_seen_at > ?2 and created_at > ?3"
                    + " order by last_seen_at desc, id")
            .setParameter(1, userId)
            .setParameter(2, now.minus(idleTimeout).atOffset(ZoneOffset.UTC))
            .setParameter(3, now.minus(absoluteTimeout).atOffset(ZoneOffset.UTC))
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new WebSession(
                    (String) r[0],
                    Throttling.instant(r[1]),
                    Throttling.instant(r[2]),
                    (String) r[3],
                    (String) r[4],
                    Boolean.TRUE.equals(r[5])))
        .toList();
  }

  /** Rows no request can revive any more; removed at each sign-in so the table stays small. */
  private void purgeExpired(Instant now) {
    em.createNativeQuery("delete from web_session where last_seen_at <= ?1 or created_at <= ?2")
        .setParameter(1, now.minus(idleTimeout).atOffset(ZoneOffset.UTC))
        .setParameter(2, now.minus(absoluteTimeout).atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  private static String shortened(String userAgent) {
    if (userAgent == null) {
      return null;
    }
    String clean = userAgent.replaceAll("\\p{Cntrl}", "");
    return clean.length() <= MAX_USER_AGENT ? clean : clean.substring(0, MAX_USER_AGENT);
  }
}
