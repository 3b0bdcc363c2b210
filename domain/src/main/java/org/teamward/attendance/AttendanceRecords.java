package org.teamward.attendance;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Function;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Records;
import org.teamward.employee.Employee;
import org.teamward.failure.Conflict;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;

/**
 * Finds what the attendance use cases act on: a record the caller may see or change, the employee
 * to clock, and an employee's open record. Reading, clocking, breaks and corrections share these
 * look-ups, so they live in a bean of their own rather than in a use case, which the permission
 * guard would stand in front of.
 */
@Dependent
class AttendanceRecords {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AttendancePolicy policy;

  /** The record, once {@code decide} allows the caller {@code action} on it. */
  AttendanceRecord find(long id, Function<AttendanceRecord, Decision> decide, String action) {
    return Records.load(em, AttendanceRecord.class, id, "attendance record", decide, action);
  }

  Employee employee(long id) {
    return NotFound.ifNull(em.find(Employee.class, id), "employee");
  }

  /** The employee a punch's body names, or the caller; one unknown to the caller is a 400. */
  Employee clockable(Long employeeId) {
    Grant grant = caller.grant();
    return Invalid.ifNotFound(
        "employeeId", () -> clockable(employee(grant.employeeOrOwn(employeeId)), grant));
  }

  /**
   * The employee to clock, once the caller may clock them, with their row locked until the
   * transaction ends. "At most one open record per employee" is a read and then a write; the lock
   * makes concurrent clockings of one employee (a double tap, two terminals, two nodes, a burst of
   * retries with one idempotency key) run one after another, so each sees the one before.
   */
  Employee clockable(Employee employee, Grant grant) {
    policy.canCheckInOut(grant, employee).orThrow("check this employee in or out", "employee");
    em.lock(employee, LockModeType.PESSIMISTIC_WRITE);
    return employee;
  }

  /** The employee's open record, or null when not checked in. */
  AttendanceRecord open(Employee employee) {
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

  AttendanceRecord openOrConflict(Employee employee) {
    AttendanceRecord record = open(employee);
    if (record == null) {
      throw new Conflict(employee.getFullName() + " is not checked in.");
    }
    return record;
  }
}
