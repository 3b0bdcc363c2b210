package org.teamward.attendance;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.rights.Permission.ATTENDANCE_MANAGE;
import static org.teamward.access.rights.Permission.ATTENDANCE_VIEW_ALL;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.employee.Employee;
import org.teamward.failure.Invalid;
import org.teamward.failure.Rule;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;

/**
 * Reading attendance: the records the caller may see, one record, an employee's open record and who
 * is in right now. Checking in and out is {@link Clockings}, breaks are {@link Breaks}, managers'
 * changes {@link Corrections}; the audit log names them all {@code Attendance}.
 */
@UseCases
public class Attendance {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AttendancePolicy policy;
  @Inject AttendanceRecords records;

  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE},
      effect = READ)
  public Page<AttendanceRecord> list(AttendanceFilter filter, PageRequest page) {
    if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
      throw new Invalid("to", Rule.NOT_BEFORE_START, "to must not be before from");
    }
    Grant grant = caller.grant();
    // the records the caller may see: the one scope rule for lists and the dashboard
    return new QueryFilter()
        .visibleTo(grant, "r.employee", policy.othersVisible(grant))
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
    return records.find(id, r -> policy.canView(caller.grant(), r), "view this attendance");
  }

  /** The open record of the employee (null: the caller), or null when not checked in. */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE},
      effect = READ)
  public AttendanceRecord current(Long employeeId) {
    Grant grant = caller.grant();
    Employee employee = records.employee(grant.employeeOrOwn(employeeId));
    policy.canSeeCurrent(grant, employee).orThrow("see this employee's attendance", "employee");
    return records.open(employee);
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
}
