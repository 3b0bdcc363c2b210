package org.teamward.attendance;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.rights.Permission.ATTENDANCE_MANAGE;
import static org.teamward.attendance.PunchWindow.moment;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Public;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.audit.AuditedAs;
import org.teamward.employee.Employee;
import org.teamward.employee.EmployeeChoices;
import org.teamward.failure.Conflict;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.failure.Violations;

/**
 * Checking in and out, from the web UI, the API or a time-clock terminal. An employee has at most
 * one open record, and records of one employee never overlap; a punch that does not fit (two
 * check-ins, a check-out without a check-in, a check-in into a period already closed) is a named
 * conflict, so a terminal's blind retry or late delivery cannot create a second record.
 */
@UseCases
@AuditedAs("Attendance")
public class Clockings {

  /** The longest idempotency key, as the column allows. */
  public static final int MAX_IDEMPOTENCY_KEY = 100;

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AttendancePolicy policy;
  @Inject AttendanceRecords records;
  @Inject PunchWindow window;
  @Inject IdempotencyKeys keys;

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
        records.clockable(employeeId),
        Punch.checkIn(employeeId, category, at),
        source,
        caller.grant());
  }

  /** Checks an employee out, ending a running break at the same moment. */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  public AttendanceRecord checkOut(Long employeeId, Instant at) {
    return punchOut(records.clockable(employeeId), Punch.checkOut(employeeId, at));
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
            () -> records.clockable(subject(punch, grant), grant));
    if (idempotencyKey == null) {
      return new Clocking(write(employee, punch, grant), false);
    }
    IdempotencyKey seen = keys.seen(grant, idempotencyKey);
    if (seen != null) {
      return new Clocking(keys.replay(seen, punch, employee), true);
    }
    AttendanceRecord record = write(employee, punch, grant);
    keys.remember(grant, idempotencyKey, punch, record);
    return new Clocking(record, false);
  }

  /** Deletes the expired idempotency keys; a scheduled job calls it. */
  @Public(
      value = "housekeeping of the server itself, run by its scheduler and not by a caller",
      effect = WRITE)
  public int forgetExpiredKeys() {
    return keys.forgetExpired();
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

  private AttendanceRecord write(Employee employee, Punch punch, Grant grant) {
    return switch (punch.kind()) {
      case CHECK_IN -> punchIn(employee, punch, null, grant);
      case CHECK_OUT -> punchOut(employee, punch);
    };
  }

  private AttendanceRecord punchIn(
      Employee employee, Punch punch, AttendanceSource source, Grant grant) {
    Instant when = window.of(punch.at());
    AttendanceRecord open = records.open(employee);
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
    AttendanceRecord record = records.open(employee);
    if (record == null) {
      throw new Conflict(
          "not-checked-in", employee.getFullName() + " is not checked in, so cannot check out.");
    }
    Instant when = window.of(punch.at());
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
   * Whom a punch is for: the employee with the personnel number, or with the id, or the caller's
   * own. A personnel number unknown to the caller answers like one outside their scope.
   */
  private Employee subject(Punch punch, Grant grant) {
    if (punch.personnelNumber() == null) {
      return records.employee(grant.employeeOrOwn(punch.employeeId()));
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
   * A terminal that sends no category gets its access authorisation's; everyone else office. The
   * authorisation is read by its entity's name: the credentials know attendance's categories, so
   * attendance must not know the credentials' classes.
   */
  private AttendanceCategory defaultCategory(Grant grant) {
    if (grant.credential() == Grant.Credential.ACCESS_AUTHORISATION) {
      return em.createQuery(
              "select a.defaultCategory from AccessAuthorisation a where a.id = :id",
              AttendanceCategory.class)
          .setParameter("id", grant.credentialId())
          .getResultStream()
          .filter(java.util.Objects::nonNull)
          .findFirst()
          .orElse(AttendanceCategory.OFFICE);
    }
    return AttendanceCategory.OFFICE;
  }

  private static AttendanceSource sourceOf(Grant grant) {
    return switch (grant.credential()) {
      case ACCESS_AUTHORISATION -> AttendanceSource.TERMINAL;
      case DEVICE_PASSWORD -> AttendanceSource.API;
      default -> AttendanceSource.WEB;
    };
  }
}
