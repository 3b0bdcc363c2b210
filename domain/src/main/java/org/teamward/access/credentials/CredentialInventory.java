package org.teamward.access.credentials;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.API_ACCESS_MANAGE;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.paging.QueryFilter;

/**
 * Every live credential that can reach the API, for administrators: all users' device passwords and
 * all access authorisations, with owner, reach, last use and expiry. Revoking here is separate from
 * changing a personal password, which leaves device passwords alone on purpose.
 */
@UseCases
public class CredentialInventory {

  /** Of each kind; more than any installation has, so the list is not paged. */
  static final int MAX_ENTRIES = 5_000;

  static final int MAX_UNUSED_DAYS = 36_500;

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  Clock clock = Clock.systemUTC();

  public enum Kind {
    DEVICE_PASSWORD,
    ACCESS_AUTHORISATION
  }

  /**
   * One credential.
   *
   * @param ownerId the user a device password belongs to; null for an access authorisation
   * @param reach for a device password "OWNER" (its owner's rights); else the scope kind
   * @param usable false when inactive or expired
   */
  public record Entry(
      Kind kind,
      long id,
      String name,
      Long ownerId,
      String ownerName,
      String reach,
      Instant createdAt,
      Instant lastUsedAt,
      String lastUsedIp,
      LocalDate expiresOn,
      boolean usable)
      implements java.io.Serializable {}

  /**
   * @param ownerId only this user's device passwords
   * @param kind only this kind
   * @param unusedDays only credentials not used for at least this many days (never used counts)
   */
  public record Filter(Long ownerId, Kind kind, Integer unusedDays) {

    public static final Filter NONE = new Filter(null, null, null);
  }

  @Requires(value = API_ACCESS_MANAGE, effect = READ)
  public List<Entry> list(Filter filter) {
    if (filter.unusedDays() != null
        && (filter.unusedDays() < 0 || filter.unusedDays() > MAX_UNUSED_DAYS)) {
      throw new Invalid("unusedDays", "unusedDays must be between 0 and " + MAX_UNUSED_DAYS);
    }
    Instant cutoff =
        filter.unusedDays() == null
            ? null
            : clock.instant().minus(Duration.ofDays(filter.unusedDays()));
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<Entry> entries = new ArrayList<>();
    if (filter.kind() != Kind.ACCESS_AUTHORISATION) {
      QueryFilter devices =
          new QueryFilter()
              .and("d.revokedAt is null")
              .and("d.user.id = :owner", "owner", filter.ownerId())
              .and("(d.lastUsedAt is null or d.lastUsedAt < :cutoff)", "cutoff", cutoff);
      devices
          .bind(
              em.createQuery(
                  "select d from DevicePassword d join fetch d.user"
                      + devices.where()
                      + " order by d.user.displayName, d.name, d.id",
                  DevicePassword.class))
          .setMaxResults(MAX_ENTRIES)
          .getResultStream()
          .map(
              d ->
                  new Entry(
                      Kind.DEVICE_PASSWORD,
                      d.getId(),
                      d.getName(),
                      d.getUser().getId(),
                      d.getUser().getDisplayName(),
                      "OWNER",
                      d.getCreatedAt(),
                      d.getLastUsedAt(),
                      d.getLastUsedIp(),
                      null,
                      d.getUser().isActive()))
          .forEach(entries::add);
    }
    if (filter.kind() != Kind.DEVICE_PASSWORD && filter.ownerId() == null) {
      QueryFilter authorisations =
          new QueryFilter()
              .and("a.revokedAt is null")
              .and("(a.lastUsedAt is null or a.lastUsedAt < :cutoff)", "cutoff", cutoff);
      authorisations
          .bind(
              em.createQuery(
                  "select a from AccessAuthorisation a"
                      + authorisations.where()
                      + " order by a.name, a.id",
                  AccessAuthorisation.class))
          .setMaxResults(MAX_ENTRIES)
          .getResultStream()
          .map(
              a ->
                  new Entry(
                      Kind.ACCESS_AUTHORISATION,
                      a.getId(),
                      a.getName(),
                      null,
                      null,
                      a.getScopeKind().name(),
                      a.getCreatedAt(),
                      a.getLastUsedAt(),
                      a.getLastUsedIp(),
                      a.getExpiresOn(),
                      a.isUsable(today)))
          .forEach(entries::add);
    }
    entries.sort(Comparator.comparing(Entry::kind).thenComparing(e -> e.name().toLowerCase()));
    return entries;
  }

  /** Revokes one credential of either kind; revoking it again changes nothing. */
  @Requires(value = API_ACCESS_MANAGE, effect = WRITE)
  public void revoke(Kind kind, long id) {
    Instant now = clock.instant();
    switch (kind) {
      case DEVICE_PASSWORD -> {
        DevicePassword device = em.find(DevicePassword.class, id);
        if (device == null) {
          throw NotFound.of("device password");
        }
        if (!device.isRevoked()) {
          device.revoke(now);
        }
      }
      case ACCESS_AUTHORISATION -> {
        AccessAuthorisation authorisation = em.find(AccessAuthorisation.class, id);
        if (authorisation == null) {
          throw NotFound.of("access authorisation");
        }
        if (!authorisation.isRevoked()) {
          authorisation.revoke(now);
        }
      }
    }
  }

  /** Revokes every device password of one user; answers how many. */
  @Requires(value = API_ACCESS_MANAGE, effect = WRITE)
  public int revokeAllOf(long userId) {
    if (em.find(UserAccount.class, userId) == null) {
      throw NotFound.of("user");
    }
    return DevicePassword.revokeAll(em, userId, clock.instant());
  }
}
