package org.teamward.audit;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.AUDIT_VIEW;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.teamward.access.rights.Authenticated;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Public;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.paging.Columns;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;

/** Reading, exporting and expiring the audit log, and each person's "Who saw my records". */
@UseCases
public class AuditLog {

  /** Events per read of an export: enough to be fast, few enough to keep memory flat. */
  public static final int EXPORT_CHUNK = 500;

  /** The lease row of the purge, so that one node of a cluster purges at a time. */
  static final String PURGE_LEASE = "audit-purge";

  @Inject
  @ConfigProperty(name = "teamward.audit.retention", defaultValue = "P400D")
  Duration retention = Duration.ofDays(400);

  @Inject
  @ConfigProperty(name = "teamward.audit.purge-interval", defaultValue = "PT1H")
  Duration purgeInterval = Duration.ofHours(1);

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /** This use-case class through its proxy, so that each export chunk is a guarded use case. */
  @Inject AuditLog self;

  Clock clock = Clock.systemUTC();

  /** A position in the log's order (newest first), after which an export continues. */
  public record Cursor(Instant occurredAt, long id) {
    static Cursor after(AuditRow event) {
      return new Cursor(event.occurredAt(), event.id());
    }
  }

  /** The events, newest first, read as rows in SQL. */
  @Requires(value = AUDIT_VIEW, effect = READ)
  public Page<AuditRow> list(AuditFilter filter, PageRequest page) {
    filter.check();
    return where(filter)
        .rows(em, AuditRow.COLUMNS, "audit_event e", "", "e.id", ORDER, page, AuditRow::ofColumns);
  }

  /** The log's order, newest first, which the list, the export and an index share. */
  private static final String ORDER = "e.occurred_at desc, e.id desc";

  /**
   * How people know the records events are about, by target type: a query over the entity's name in
   * JPQL (which keeps this package free of the features' classes), answering id and name.
   */
  private static final Map<String, String> NAMES;

  static {
    String person = "concat(t.employee.firstName, ' ', t.employee.lastName)";
    String user = "select t.id, t.displayName from UserAccount t where t.id in :ids";
    String attendance = "select t.id, " + person + " from AttendanceRecord t where t.id in :ids";
    NAMES =
        Map.ofEntries(
            Map.entry("UserAccount", user),
            Map.entry("User", user),
            Map.entry("Owner", user),
            Map.entry(
                "Employee",
                "select t.id, concat(t.firstName, ' ', t.lastName) from Employee t"
                    + " where t.id in :ids"),
            Map.entry(
                "Project",
                "select t.id, concat(t.code, ' · ', t.name) from Project t"
                    + " where t.id in :ids"),
            Map.entry(
                "AccessAuthorisation",
                "select t.id, t.name from AccessAuthorisation t where t.id in :ids"),
            Map.entry(
                "DevicePassword",
                "select t.id, concat(t.name, ' (', t.user.displayName, ')') from DevicePassword t"
                    + " where t.id in :ids"),
            Map.entry("UserGroup", "select t.id, t.name from UserGroup t where t.id in :ids"),
            Map.entry(
                "TimeBooking", "select t.id, " + person + " from TimeBooking t where t.id in :ids"),
            Map.entry("Absence", "select t.id, " + person + " from Absence t where t.id in :ids"),
            Map.entry("AttendanceRecord", attendance),
            Map.entry("Attendance", attendance));
  }

  /**
   * The names of the records that {@code events} are about, by {@link AuditRow#targetKey}: a
   * person's name, a project's code and name, a credential's name. Records since deleted have none,
   * and keep their type and id. Two queries at most per type, whatever the number of events.
   */
  @Requires(value = AUDIT_VIEW, effect = READ)
  public Map<String, String> targetNames(List<AuditRow> events) {
    Map<String, Set<Long>> ids = new HashMap<>();
    for (AuditRow event : events) {
      if (event.targetId() != null && NAMES.containsKey(event.targetType())) {
        ids.computeIfAbsent(event.targetType(), type -> new TreeSet<>()).add(event.targetId());
      }
    }
    Map<String, String> names = new HashMap<>();
    ids.forEach(
        (type, wanted) ->
            em.createQuery(NAMES.get(type), Object[].class)
                .setParameter("ids", wanted)
                .getResultList()
                .forEach(
                    row -> names.put(AuditEvent.targetKey(type, (Long) row[0]), (String) row[1])));
    return names;
  }

  /**
   * An export of the events the filter selects, checked now and read later, chunk by chunk in the
   * list's order, so that a year of events streams without being held in memory.
   */
  @Requires(value = AUDIT_VIEW, effect = READ)
  public AuditExport export(AuditFilter filter) {
    filter.check();
    return new AuditExport(self, filter);
  }

  /** The next events of an export, after {@code after} (null: from the newest). */
  @Requires(value = AUDIT_VIEW, effect = READ)
  public List<AuditRow> chunk(AuditFilter filter, Cursor after) {
    filter.check();
    QueryFilter where = where(filter);
    if (after != null) {
      // (at, id) < (afterAt, afterId) in the log's order, as two clauses of one parameter each
      where
          .and("e.occurred_at <= :afterAt", "afterAt", Columns.utc(after.occurredAt()))
          .and("(e.occurred_at < :afterAt or e.id < :afterId)", "afterId", after.id());
    }
    // the keyset bounds the chunk, and the limit ends it, so that no chunk reads the whole log
    return where
        .all(em, AuditRow.COLUMNS, "audit_event e", ORDER + " limit " + EXPORT_CHUNK)
        .stream()
        .map(AuditRow::ofColumns)
        .toList();
  }

  /**
   * Who read or changed the caller's own attendance and absence records, and when, latest first.
   * Empty for an interface or an account that is no employee: they have no such records.
   */
  @Authenticated(effect = READ)
  public Page<AccessTrace> whoSawMine(PageRequest page) {
    Grant grant = caller.grant();
    Long own = grant.kind() == Grant.Kind.USER ? grant.ownEmployeeId() : null;
    return new QueryFilter()
        .and("t.employeeId = :employee", "employee", own == null ? -1L : own)
        .page(em, AccessTrace.class, "t", "AccessTrace t", "t.lastAt desc, t.id desc", page);
  }

  /**
   * Deletes events and traces older than the retention, and records the access authorisations that
   * expired since the last run. Of several nodes only the one that takes the lease does this; the
   * others find it held and do nothing.
   *
   * @return how many rows were deleted or noted, or empty when another node holds the lease
   */
  @Public(
      value = "housekeeping of the server itself, run by its scheduler and not by a caller",
      effect = WRITE)
  public OptionalInt purgeExpired() {
    Instant now = clock.instant();
    int leased =
        em.createNativeQuery(
                "update job_lease set holder = ?1, lease_until = ?2"
                    + " where name = ?3 and lease_until < ?4")
            .setParameter(1, node())
            .setParameter(2, now.plus(leaseTime()).atOffset(ZoneOffset.UTC))
            .setParameter(3, PURGE_LEASE)
            .setParameter(4, now.atOffset(ZoneOffset.UTC))
            .executeUpdate();
    if (leased == 0) {
      return OptionalInt.empty();
    }
    int noted = noteExpiredAuthorisations(now);
    Instant expired = now.minus(retention);
    int events =
        em.createQuery("delete from AuditEvent e where e.occurredAt < :expired")
            .setParameter("expired", expired)
            .executeUpdate();
    int traces =
        em.createQuery("delete from AccessTrace t where t.lastAt < :expired")
            .setParameter("expired", expired)
            .executeUpdate();
    return OptionalInt.of(noted + events + traces);
  }

  /** The action of an access authorisation's expiry, which no caller performs. */
  static final String EXPIRED = "AccessAuthorisations.expired";

  /**
   * Records, once each, the access authorisations whose last day has passed: an expiry changes what
   * a credential may do as much as a revocation, but happens by the calendar, not by a call.
   */
  private int noteExpiredAuthorisations(Instant now) {
    List<Object[]> expired =
        em.createQuery(
                "select a.id, a.expiresOn from AccessAuthorisation a where a.expiresOn < :today"
                    + " and a.revokedAt is null and not exists (select e.id from AuditEvent e"
                    + " where e.action = :action and e.targetId = a.id)",
                Object[].class)
            .setParameter("today", LocalDate.ofInstant(now, ZoneOffset.UTC))
            .setParameter("action", EXPIRED)
            .getResultList();
    for (Object[] authorisation : expired) {
      em.persist(
          new AuditEvent(
              now,
              Actor.SYSTEM,
              null,
              EXPIRED,
              Outcome.SUCCESS,
              "AccessAuthorisation",
              (Long) authorisation[0],
              "last day " + authorisation[1]));
    }
    return expired.size();
  }

  /**
   * How long a node holds the purge: longer than a purge takes, and shorter than the interval, so
   * that the lease is free again at the next tick.
   */
  Duration leaseTime() {
    return purgeInterval.multipliedBy(5).dividedBy(6);
  }

  Duration retention() {
    return retention;
  }

  private static String node() {
    String name = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
    return name.length() <= 100 ? name : name.substring(0, 100);
  }

  /** The filter's clauses, in SQL: the list's and the export's, which select the same events. */
  private static QueryFilter where(AuditFilter filter) {
    String type = filter.typeOrNull();
    Outcome outcome = filter.outcome();
    return new QueryFilter()
        .matching(filter.actor(), "e.actor_name")
        .and("(e.action = :type or e.action like concat(:type, '.%'))", "type", type)
        .and("e.occurred_at >= :from", "from", Columns.utc(filter.from()))
        .and("e.occurred_at < :to", "to", Columns.utc(filter.to()))
        .and("e.outcome = :outcome", "outcome", outcome == null ? null : outcome.name());
  }
}
