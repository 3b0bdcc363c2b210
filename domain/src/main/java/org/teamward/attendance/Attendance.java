package org.teamward.attendance;

import static org.teamward.access.Effect.READ;
import static org.teamward.access.Effect.WRITE;
import static org.teamward.access.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.Permission.ATTENDANCE_MANAGE;
import static org.teamward.access.Permission.ATTENDANCE_VIEW_ALL;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.teamward.access.AccessAuthorisation;
import org.teamward.access.Caller;
import org.teamward.access.CallerKey;
import org.teamward.access.Decision;
import org.teamward.access.EmployeeScope;
import org.teamward.access.Grant;
import org.teamward.access.Records;
import org.teamward.access.Requires;
import org.teamward.access.UseCases;
import org.teamward.employee.Employee;
import org.teamward.employee.EmployeeChoices;
import org.teamward.failure.Conflict;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.failure.Violations;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;

/**
 * The attendance use cases: checking in and out, breaks, and managers' corrections. An employee has
 * at most one open record; a check-in or check-out that does not fit the current state is a
 * conflict, so a terminal's blind retry cannot create a second open record.
 */
@UseCases
public class Attendance {

  /** How far a client's clock may run ahead of the server's before "at" counts as future. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  /** The longest idempotency key, as the column allows. */
  public static final int MAX_IDEMPOTENCY_KEY = 100;

  /** How long a key is remembered; a terminal retries within seconds, not days. */
  static final Duration KEYS_KEPT = Duration.ofHours(24);

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AttendancePolicy policy;
  Clock clock = Clock.systemUTC();

  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE},
      effect = READ)
  public Page<AttendanceRecord> list(AttendanceFilter filter, PageRequest page) {
    if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
      throw new Invalid("to", "to must not be before from");
    }
    return visible()
        .and("r.employee.id = :employeeId", "employeeId", filter.employeeId())
        .and("r.checkIn >= :from", "from", filter.from())
        .and("r.checkIn < :to", "to", filter.to())
        .page(em, AttendanceRecord.class, "r", "AttendanceRecord r", "r.checkIn desc, r.id", page);
  }

  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE},
      effect = READ)
  public AttendanceRecord get(long id) {
    return find(id, r -> policy.canView(caller.grant(), r), "view this attendance");
  }

  /**
   * Checks an employee in.
   *
   * @param employeeId null for the caller themselves
   * @param category null for the access authorisation's default category, else office
   * @param at null for now; a terminal sends the time of the swipe
   * @param source null to derive it from the credential
   */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public AttendanceRecord checkIn(
      Long employeeId, AttendanceCategory category, Instant at, AttendanceSource source) {
    Grant grant = caller.grant();
    Employee employee = clockable(employeeId, grant);
    Instant when = pastOrNow(at);
    if (open(employee) != null) {
      throw new Conflict(employee.getFullName() + " is already checked in.");
    }
    Instant lastCheckOut = lastCheckOut(employee);
    if (lastCheckOut != null && when.isBefore(lastCheckOut)) {
      throw new Conflict("The check-in lies before the end of the previous attendance.");
    }
    AttendanceRecord record = new AttendanceRecord();
    record.setEmployee(employee);
    record.setCheckIn(when);
    record.setCategory(category == null ? defaultCategory(grant) : category);
    record.setSource(source == null ? sourceOf(grant) : source);
    em.persist(record);
    return record;
  }

  /**
   * Checks an employee in at most once per idempotency key: a retry with the key of an earlier
   * check-in answers that check-in, and creates nothing. The key is stored in the same transaction
   * as the record, so either both exist or neither.
   *
   * @param idempotencyKey null behaves like {@link #checkIn(Long, AttendanceCategory, Instant,
   *     AttendanceSource)}
   */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public Clocking checkIn(
      Long employeeId,
      AttendanceCategory category,
      Instant at,
      AttendanceSource source,
      String idempotencyKey) {
    return once(
        idempotencyKey, "check-in", employeeId, () -> checkIn(employeeId, category, at, source));
  }

  /** Checks an employee out at most once per idempotency key; see the keyed check-in. */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public Clocking checkOut(Long employeeId, Instant at, String idempotencyKey) {
    return once(idempotencyKey, "check-out", employeeId, () -> checkOut(employeeId, at));
  }

  /** Checks an employee out, ending a running break at the same moment. */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public AttendanceRecord checkOut(Long employeeId, Instant at) {
    AttendanceRecord record = openOrConflict(clockable(employeeId, caller.grant()));
    Instant when = notBefore(pastOrNow(at), record);
    if (record.isOnBreak()) {
      record.endBreak(when);
    }
    record.setCheckOut(when);
    return record;
  }

  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public AttendanceRecord startBreak(Long employeeId, Instant at) {
    AttendanceRecord record = openOrConflict(clockable(employeeId, caller.grant()));
    if (record.isOnBreak()) {
      throw new Conflict("The break has already started.");
    }
    record.startBreak(notBefore(pastOrNow(at), record));
    return record;
  }

  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public AttendanceRecord endBreak(Long employeeId, Instant at) {
    AttendanceRecord record = openOrConflict(clockable(employeeId, caller.grant()));
    if (!record.isOnBreak()) {
      throw new Conflict("There is no running break to end.");
    }
    Instant when = pastOrNow(at);
    if (when.isBefore(record.getBreaks().get(record.getBreaks().size() - 1).getStart())) {
      throw new Invalid("at", "at must not be before the start of the break");
    }
    record.endBreak(when);
    return record;
  }

  /** The open record of the employee (null: the caller), or null when not checked in. */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE},
      effect = READ)
  public AttendanceRecord current(Long employeeId) {
    Grant grant = caller.grant();
    Employee employee = employee(grant.employeeOrOwn(employeeId));
    policy.canSeeCurrent(grant, employee).orThrow("see this employee's attendance", "employee");
    return open(employee);
  }

  /** Who is checked in right now, among the records the caller may see. */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE},
      effect = READ)
  public Page<AttendanceRecord> checkedInNow(PageRequest page) {
    return visible()
        .and("r.checkOut is null")
        .page(
            em,
            AttendanceRecord.class,
            "r",
            "AttendanceRecord r",
            "r.employee.lastName, r.employee.firstName, r.id",
            page);
  }

  /**
   * Whom the caller may check in and out, for a clocking form: themselves, and with
   * ATTENDANCE_MANAGE every active employee in scope. Needs no EMPLOYEE_VIEW, exactly as clocking
   * over the API.
   */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = READ)
  public List<Employee> clockableEmployees() {
    Grant grant = caller.grant();
    EmployeeScope others =
        grant.kind() == Grant.Kind.INTERFACE
            ? grant.scopeOfAny(ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE)
            : grant.scopeOf(ATTENDANCE_MANAGE);
    return EmployeeChoices.offered(em, grant, others, e -> policy.canCheckInOut(grant, e));
  }

  @Requires(value = ATTENDANCE_MANAGE, effect = WRITE)
  public AttendanceRecord correct(long id, Long expectedVersion, AttendanceCorrection correction) {
    AttendanceRecord record =
        find(id, r -> policy.canCorrect(caller.grant(), r), "correct attendance");
    record.checkVersion(expectedVersion);
    Instant now = clock.instant().plus(CLOCK_SKEW);
    new Violations()
        .required("checkIn", correction.checkIn())
        .check(
            correction.checkIn() == null || !correction.checkIn().isAfter(now),
            "checkIn",
            "checkIn must not be in the future")
        .check(
            correction.checkOut() == null || !correction.checkOut().isAfter(now),
            "checkOut",
            "checkOut must not be in the future")
        .check(
            correction.checkIn() == null
                || correction.checkOut() == null
                || correction.checkOut().isAfter(correction.checkIn()),
            "checkOut",
            "checkOut must be after checkIn")
        .throwIfAny();
    if (correction.checkOut() == null
        && record.getCheckOut() != null
        && em.createQuery(
                    "select count(r) from AttendanceRecord r where r.employee = :e"
                        + " and r.checkOut is null and r <> :r",
                    Long.class)
                .setParameter("e", record.getEmployee())
                .setParameter("r", record)
                .getSingleResult()
            > 0) {
      throw new Conflict("The employee already has an open attendance.");
    }
    record.setCheckIn(correction.checkIn());
    record.setCheckOut(correction.checkOut());
    if (correction.category() != null) {
      record.setCategory(correction.category());
    }
    return record;
  }

  @Requires(value = ATTENDANCE_MANAGE, effect = WRITE)
  public void delete(long id, Long expectedVersion) {
    AttendanceRecord record =
        find(id, r -> policy.canDelete(caller.grant(), r), "delete attendance");
    record.checkVersion(expectedVersion);
    em.remove(record);
  }

  /**
   * Runs {@code write} unless the caller already sent {@code key} for this operation, in which case
   * the first outcome is answered. The caller's rights are checked again on a replay.
   */
  private Clocking once(
      String key, String operation, Long employeeId, Supplier<AttendanceRecord> write) {
    if (key == null) {
      return new Clocking(write.get(), false);
    }
    requireValidKey(key);
    Grant grant = caller.grant();
    Employee employee = clockable(employeeId, grant);
    String who = callerName(grant);
    Instant now = clock.instant();
    em.createQuery("delete from IdempotencyKey k where k.createdAt < :expired")
        .setParameter("expired", now.minus(KEYS_KEPT))
        .executeUpdate();
    IdempotencyKey seen = em.find(IdempotencyKey.class, new IdempotencyKey.Id(who, key));
    if (seen != null) {
      if (!seen.getOperation().equals(operation)) {
        throw new Conflict(
            "This Idempotency-Key was already used for a " + seen.getOperation() + ".");
      }
      // the caller may clock this employee (checked above), which is all a replay needs
      AttendanceRecord record =
          NotFound.ifNull(em.find(AttendanceRecord.class, seen.getRecordId()), "attendance record");
      if (!record.getEmployee().getId().equals(employee.getId())) {
        throw new Conflict("This Idempotency-Key was already used for another employee.");
      }
      return new Clocking(record, true);
    }
    AttendanceRecord record = write.get();
    em.persist(new IdempotencyKey(who, key, operation, record.getId(), now));
    try {
      em.flush();
    } catch (PersistenceException e) {
      // the same key committed by a concurrent request in the meantime: this one writes nothing
      throw new Conflict(
          "A request with this Idempotency-Key is being processed. Retry it in a moment.");
    }
    return new Clocking(record, false);
  }

  private static void requireValidKey(String key) {
    new Violations()
        .check(!key.isBlank(), "Idempotency-Key", "Idempotency-Key must not be blank")
        .check(
            key.length() <= MAX_IDEMPOTENCY_KEY,
            "Idempotency-Key",
            "Idempotency-Key must have at most " + MAX_IDEMPOTENCY_KEY + " characters")
        .check(
            key.chars().noneMatch(Character::isISOControl),
            "Idempotency-Key",
            "Idempotency-Key must not contain control characters")
        .throwIfAny();
  }

  /** Whose keys these are: the credential, as the principal name ("device:17"). */
  static String callerName(Grant grant) {
    return switch (grant.credential()) {
      case ACCESS_AUTHORISATION ->
          new CallerKey(CallerKey.Type.INTERFACE, grant.id()).toPrincipalName();
      case DEVICE_PASSWORD ->
          grant.credentialId() == null
              ? new CallerKey(CallerKey.Type.USER, grant.id()).toPrincipalName()
              : new CallerKey(CallerKey.Type.DEVICE, grant.credentialId()).toPrincipalName();
      default -> new CallerKey(CallerKey.Type.USER, grant.id()).toPrincipalName();
    };
  }

  /** A terminal that sends no category gets its access authorisation's; everyone else office. */
  private AttendanceCategory defaultCategory(Grant grant) {
    if (grant.credential() == Grant.Credential.ACCESS_AUTHORISATION) {
      AccessAuthorisation authorisation = em.find(AccessAuthorisation.class, grant.credentialId());
      if (authorisation != null && authorisation.getDefaultCategory() != null) {
        return authorisation.getDefaultCategory();
      }
    }
    return AttendanceCategory.OFFICE;
  }

  /** The records the caller may see: the one scope rule for lists and the dashboard. */
  private QueryFilter visible() {
    Grant grant = caller.grant();
    return new QueryFilter().visibleTo(grant, "r.employee", policy.othersVisible(grant));
  }

  /**
   * The employee to clock, once the caller may clock them, with their row locked until the
   * transaction ends. "At most one open record per employee" is a read and then a write; the lock
   * makes concurrent clockings of one employee (a double tap, two terminals, two nodes) run one
   * after another, so the second sees the first's record.
   */
  private Employee clockable(Long employeeId, Grant grant) {
    Employee employee = employee(grant.employeeOrOwn(employeeId));
    policy.canCheckInOut(grant, employee).orThrow("check this employee in or out", "employee");
    em.lock(employee, LockModeType.PESSIMISTIC_WRITE);
    return employee;
  }

  private AttendanceRecord open(Employee employee) {
    List<AttendanceRecord> open =
        em.createQuery(
                "select r from AttendanceRecord r where r.employee = :e and r.checkOut is null"
                    + " order by r.checkIn desc",
                AttendanceRecord.class)
            .setParameter("e", employee)
            .setMaxResults(1)
            .getResultList();
    return open.isEmpty() ? null : open.get(0);
  }

  private AttendanceRecord openOrConflict(Employee employee) {
    AttendanceRecord record = open(employee);
    if (record == null) {
      throw new Conflict(employee.getFullName() + " is not checked in.");
    }
    return record;
  }

  /**
   * The latest check-out. Selected as a path, not as {@code max()}: on PostgreSQL EclipseLink hands
   * an aggregate's raw JDBC value past the Instant converter.
   */
  private Instant lastCheckOut(Employee employee) {
    return em.createQuery(
            "select r.checkOut from AttendanceRecord r where r.employee = :e"
                + " and r.checkOut is not null order by r.checkOut desc",
            Instant.class)
        .setParameter("e", employee)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Instant pastOrNow(Instant at) {
    Instant now = clock.instant();
    if (at == null) {
      return now;
    }
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw new Invalid("at", "at must not be in the future");
    }
    return at.isAfter(now) ? now : at;
  }

  private static Instant notBefore(Instant when, AttendanceRecord record) {
    if (when.isBefore(record.getCheckIn())) {
      throw new Invalid("at", "at must not be before the check-in");
    }
    return when;
  }

  private static AttendanceSource sourceOf(Grant grant) {
    return switch (grant.credential()) {
      case ACCESS_AUTHORISATION -> AttendanceSource.TERMINAL;
      case DEVICE_PASSWORD -> AttendanceSource.API;
      default -> AttendanceSource.WEB;
    };
  }

  private Employee employee(long id) {
    return NotFound.ifNull(em.find(Employee.class, id), "employee");
  }

  private AttendanceRecord find(
      long id, Function<AttendanceRecord, Decision> decide, String action) {
    return Records.load(em, AttendanceRecord.class, id, "attendance record", decide, action);
  }
}
