package org.teamward.access.credentials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.teamward.access.secrets.Networks;

/**
 * When and from where an API credential was last used. {@link Authentication} verifies API
 * credentials outside any transaction, as a read needs none; the rare write of the stamp gets a
 * transaction of its own here.
 */
@ApplicationScoped
@Transactional
public class LastUse {

  /**
   * How stale "last used" may get: at most one write per credential and minute, not per request.
   */
  static final Duration PRECISION = Duration.ofSeconds(60);

  @PersistenceContext EntityManager em;

  /** Stored last uses older than this are due to move at {@code now}. */
  public static Instant dueBefore(Instant now) {
    return now.minus(PRECISION);
  }

  /**
   * Stores the use, called only when the stored one is older than a minute, so most requests write
   * nothing. The guarded update keeps concurrent nodes from writing twice; it is native SQL because
   * a JPQL bulk update would bump the version, and a device in steady use would then fail every
   * concurrent edit (a rename) as stale.
   *
   * @param table {@code device_password} or {@code access_authorisation}
   */
  public void record(String table, long id, String clientIp, Instant now) {
    em.createNativeQuery(
            "update "
                + table
                + " set last_used_at = ?1, last_used_ip = ?2"
                + " where id = ?3 and (last_used_at is null or last_used_at < ?4)")
        .setParameter(1, now.atOffset(ZoneOffset.UTC))
        .setParameter(2, Networks.storableIp(clientIp))
        .setParameter(3, id)
        .setParameter(4, dueBefore(now).atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
