package org.teamward.attendance;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.rights.Permission.ATTENDANCE_MANAGE;
import static org.teamward.access.rights.Permission.ATTENDANCE_VIEW_ALL;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.CallerKey;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Public;
import org.teamward.access.rights.Records;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.employee.Employee;
import org.teamward.employee.EmployeeChoices;
import org.teamward.failure.Conflict;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.failure.Rule;
import org.teamward.failure.Violations;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;

/**
 * The attendance use cases: checking in and out, breaks, and managers' corrections. An employee has
 * at most one open record, and records of one employee never overlap; a punch that does not fit
 * (two check-ins, a check-out without a check-in, a check-in into a period already closed) is a
 * named conflict, so a terminal's blind retry or late delivery cannot create a second record.
 */
@UseCases
public class Attendance {

  /** How far a manager's correction may lie ahead of the server's clock. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  /** The longest idempotency key, as the column allows. */
  public static final int MAX_IDEMPOTENCY_KEY = 100;

  /** How far back a terminal's buffered punch may lie: how long it may stay offline. */
  @Inject
  @ConfigProperty(name = "teamward.terminal.offline-window", defaultValue = "P7D")
  Duration lookBack = Duration.ofDays(7);

  /** How far a client's clock may run ahead of the server's before "at" counts as future. */
  @Inject
  @ConfigProperty(name = "teamward.terminal.clock-ahead", defaultValue = "PT2M")
  Duration lookAhead = Duration.ofMinutes(2);

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AttendancePolicy policy;
  Clock clock = Clock.systemUTC();

  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE},
      effect = READ)
  public Page<AttendanceRecord> list(AttendanceFilter filter, PageRequest page) {
    if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
      throw new Invalid("to", Rule.NOT_BEFORE_START, "to must not be before from");
    }
    return visible()
        .and("r.employee.id = :employeeId", "employeeId", filter.employeeId())
        .and("r.checkIn >= :from", "from", filter.from())
        .and("r.checkIn < :to", "to", filter.to())
        .fetching("r.employee")
        .batching("r.breaks")
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
    return punchIn(
        clockable(employeeId), Punch.checkIn(employeeId, category, at), source, caller.grant());
  }

  /** Checks an employee out, ending a running break at the same moment. */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public AttendanceRecord checkOut(Long employeeId, Instant at) {
    return punchOut(clockable(employeeId), Punch.checkOut(employeeId, at));
  }

  /**
   * A check-in or check-out as the API and terminals send it: for the employee the punch names by
   * id or by personnel number, and at most once per idempotency key. A retry with the key of an
   * earlier punch answers that punch's record and writes nothing; the key is stored in the same
   * transaction as the record, so either both exist or neither. The caller's rights are checked
   * again on a replay.
   *
   * @param idempotencyKey null to clock without one
   */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public Clocking clock(Punch punch, String idempotencyKey) {
    Violations.of(punch).throwIfAny();
    Grant grant = caller.grant();
    Employee employee =
        Invalid.ifNotFound(
            punch.personnelNumber() == null ? "employeeId" : "personnelNumber",
            () -> clockable(subject(punch, grant), grant));
    if (idempotencyKey == null) {
      return new Clocking(write(employee, punch, grant), false);
    }
    requireValidKey(idempotencyKey);
    String who = callerName(grant);
    IdempotencyKey seen = em.find(IdempotencyKey.class, new IdempotencyKey.Id(who, idempotencyKey));
    if (seen != null) {
      return new Clocking(replay(seen, punch, employee), true);
    }
    AttendanceRecord record = write(employee, punch, grant);
    em.persist(
        new IdempotencyKey(
            who,
            idempotencyKey,
            punch.kind().operation(),
            record.getId(),
            clock.instant(),
            punch.fingerprint()));
    try {
      em.flush();
    } catch (PersistenceException e) {
      // the same key committed by a concurrent request in the meantime: this one writes nothing
      throw new Conflict(
          "idempotency-key-in-use",
          "A request with this Idempotency-Key is being processed. Retry it in a moment.");
    }
    return new Clocking(record, false);
  }

  /** Deletes the idempotency keys older than {@link #keysKept()}; a scheduled job calls it. */
  @Public(
      value = "housekeeping of the server itself, run by its scheduler and not by a caller",
      effect = WRITE)
  public int forgetExpiredKeys() {
    return em.createQuery("delete from IdempotencyKey k where k.createdAt < :expired")
        .setParameter("expired", clock.instant().minus(keysKept()))
        .executeUpdate();
  }

  /**
   * How long idempotency keys are remembered: the offline window and a day more, so that a punch a
   * terminal delivers again at the very end of its window is still recognised.
   */
  Duration keysKept() {
    return lookBack.plusDays(1);
  }

  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public AttendanceRecord startBreak(Long employeeId, Instant at) {
    AttendanceRecord record = openOrConflict(clockable(employeeId));
    if (record.isOnBreak()) {
      throw new Conflict("The break has already started.");
    }
    Instant when = withinWindow(at);
    if (when.isBefore(record.getCheckIn())) {
      throw new Invalid("at", "at must not be before the check-in");
    }
    record.startBreak(when);
    return record;
  }

  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public AttendanceRecord endBreak(Long employeeId, Instant at) {
    AttendanceRecord record = openOrConflict(clockable(employeeId));
    if (!record.isOnBreak()) {
      throw new Conflict("There is no running break to end.");
    }
    Instant when = withinWindow(at);
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

  /**
   * Who is checked in right now, among the records the caller may see; a terminal sees everyone it
   * clocks, so that its screen can say who is in.
   */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE},
      effect = READ)
  public Page<AttendanceRecord> checkedInNow(PageRequest page) {
    Grant grant = caller.grant();
    return new QueryFilter()
        .visibleTo(grant, "r.employee", policy.presenceVisible(grant))
        .and("r.checkOut is null")
        .fetching("r.employee")
        .batching("r.breaks")
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
   *
   * @param text part of a name or personnel number; everyone for null or blank
   * @param limit how many at most
   */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = READ)
  public List<Employee> clockableEmployees(String text, int limit) {
    Grant grant = caller.grant();
    EmployeeScope others =
        grant.kind() == Grant.Kind.INTERFACE
            ? grant.scopeOfAny(ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE)
            : grant.scopeOf(ATTENDANCE_MANAGE);
    return EmployeeChoices.offered(
        em, grant, others, e -> policy.canCheckInOut(grant, e), text, limit);
  }

  @Requires(value = ATTENDANCE_MANAGE, effect = WRITE)
  public AttendanceRecord correct(long id, Long expectedVersion, AttendanceCorrection correction) {
    AttendanceRecord record =
        find(id, r -> policy.canCorrect(caller.grant(), r), "correct attendance");
    record.checkVersion(expectedVersion);
    Instant now = clock.instant().plus(CLOCK_SKEW);
    Violations.of(correction)
        .check(
            correction.checkIn() == null || !correction.checkIn().isAfter(now),
            "checkIn",
            Rule.NOT_IN_FUTURE,
            "checkIn must not be in the future")
        .check(
            correction.checkOut() == null || !correction.checkOut().isAfter(now),
            "checkOut",
            Rule.NOT_IN_FUTURE,
            "checkOut must not be in the future")
        .check(
            correction.checkIn() == null
                || correction.checkOut() == null
                || correction.checkOut().isAfter(correction.checkIn()),
            "checkOut",
            Rule.AFTER_CHECK_IN,
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

  private AttendanceRecord write(Employee employee, Punch punch, Grant grant) {
    return switch (punch.kind()) {
      case CHECK_IN -> punchIn(employee, punch, null, grant);
      case CHECK_OUT -> punchOut(employee, punch);
    };
  }

  private AttendanceRecord punchIn(
      Employee employee, Punch punch, AttendanceSource source, Grant grant) {
    Instant when = withinWindow(punch.at());
    AttendanceRecord open = open(employee);
    if (open != null) {
      throw new Conflict(
          "already-checked-in",
          employee.getFullName()
              + " is already checked in, since "
              + moment(open.getCheckIn())
              + ".");
    }
    AttendanceRecord closed = lastClosed(employee);
    if (closed != null && when.isBefore(closed.getCheckOut())) {
      throw new Conflict(
          "period-closed",
          "The check-in at "
              + moment(when)
              + " falls into a period that is already closed: "
              + employee.getFullName()
              + " was present from "
              + moment(closed.getCheckIn())
              + " to "
              + moment(closed.getCheckOut())
              + ".");
    }
    AttendanceRecord record = new AttendanceRecord();
    record.setEmployee(employee);
    record.setCheckIn(when);
    record.setCheckInOffline(punch.offline());
    record.setCategory(punch.category() == null ? defaultCategory(grant) : punch.category());
    record.setSource(source == null ? sourceOf(grant) : source);
    em.persist(record);
    return record;
  }

  private AttendanceRecord punchOut(Employee employee, Punch punch) {
    AttendanceRecord record = open(employee);
    if (record == null) {
      throw new Conflict(
          "not-checked-in", employee.getFullName() + " is not checked in, so cannot check out.");
    }
    Instant when = withinWindow(punch.at());
    if (when.isBefore(record.getCheckIn())) {
      throw new Conflict(
          "before-check-in",
          "The check-out at "
              + moment(when)
              + " lies before the check-in at "
              + moment(record.getCheckIn())
              + ".");
    }
    if (record.isOnBreak()) {
      record.endBreak(when);
    }
    record.setCheckOut(when);
    record.setCheckOutOffline(punch.offline());
    return record;
  }

  /**
   * The first outcome of a key, once the repeated request is the same as the first: the same
   * operation for the same employee with the same fields.
   */
  private AttendanceRecord replay(IdempotencyKey seen, Punch punch, Employee employee) {
    if (!seen.getOperation().equals(punch.kind().operation())) {
      throw new Conflict(
          "idempotency-key-reused",
          "This Idempotency-Key was already used for a " + seen.getOperation() + ".");
    }
    // the caller may clock this employee (checked before), which is all a replay needs
    AttendanceRecord record =
        NotFound.ifNull(em.find(AttendanceRecord.class, seen.getRecordId()), "attendance record");
    if (!record.getEmployee().getId().equals(employee.getId())
        || seen.getRequestHash() != null && !seen.getRequestHash().equals(punch.fingerprint())) {
      throw new Conflict(
          "idempotency-key-reused",
          "This Idempotency-Key was already used for a different request.");
    }
    return record;
  }

  /**
   * Whom a punch is for: the employee with the personnel number, or with the id, or the caller's
   * own. A personnel number unknown to the caller answers like one outside their scope.
   */
  private Employee subject(Punch punch, Grant grant) {
    if (punch.personnelNumber() == null) {
      return employee(grant.employeeOrOwn(punch.employeeId()));
    }
    Employee employee =
        em.createQuery("select e from Employee e where e.personnelNumber = :number", Employee.class)
            .setParameter("number", punch.personnelNumber())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> NotFound.of("employee"));
    if (punch.employeeId() != null && !punch.employeeId().equals(employee.getId())) {
      throw new Invalid(
          "personnelNumber", "personnelNumber and employeeId name different employees");
    }
    return employee;
  }

  private static void requireValidKey(String key) {
    new Violations()
        .check(!key.isBlank(), "Idempotency-Key", "Idempotency-Key must not be blank")
        .check(
            key.length() <= MAX_IDEMPOTENCY_KEY,
            "Idempotency-Key",
            Rule.TOO_LONG,
            "Idempotency-Key must have at most " + MAX_IDEMPOTENCY_KEY + " characters",
            MAX_IDEMPOTENCY_KEY)
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
   * makes concurrent clockings of one employee (a double tap, two terminals, two nodes, a burst of
   * retries with one idempotency key) run one after another, so each sees the one before.
   */
  /** The employee a punch's body names, or the caller; one unknown to the caller is a 400. */
  private Employee clockable(Long employeeId) {
    Grant grant = caller.grant();
    return Invalid.ifNotFound(
        "employeeId", () -> clockable(employee(grant.employeeOrOwn(employeeId)), grant));
  }

  private Employee clockable(Employee employee, Grant grant) {
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

  /** The record with the latest check-out, whose end no new check-in may precede. */
  private AttendanceRecord lastClosed(Employee employee) {
    return em.createQuery(
            "select r from AttendanceRecord r where r.employee = :e"
                + " and r.checkOut is not null order by r.checkOut desc",
            AttendanceRecord.class)
        .setParameter("e", employee)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The moment of a punch: now, or the time the client sends within the window. A terminal that
   * buffered punches offline delivers them up to {@link #lookBack} late; a clock that runs fast by
   * up to {@link #lookAhead} is taken as now. Anything else would open a record that can never be
   * checked out of, or book a day nobody can check any more.
   */
  private Instant withinWindow(Instant at) {
    Instant now = clock.instant();
    if (at == null) {
      return now;
    }
    if (at.isAfter(now.plus(lookAhead))) {
      throw new Invalid("at", Rule.NOT_IN_FUTURE, "at must not be in the future");
    }
    if (at.isBefore(now.minus(lookBack))) {
      throw new Invalid(
          "at",
          "at must not lie more than "
              + describe(lookBack)
              + " in the past: that is as long as a terminal may keep punches offline");
    }
    return at.isAfter(now) ? now : at;
  }

  private static String describe(Duration duration) {
    long days = duration.toDays();
    return duration.equals(Duration.ofDays(days))
        ? days + (days == 1 ? " day" : " days")
        : duration.toMinutes() + " minutes";
  }

  /** An instant as messages show it: UTC to the second, as in the API. */
  private static String moment(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
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
