package org.teamward.attendance;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.rights.Permission.ATTENDANCE_MANAGE;
import static org.teamward.access.rights.Permission.ATTENDANCE_VIEW_ALL;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.ScopedEmployee;
import org.teamward.access.rights.UseCases;
import org.teamward.employee.Employee;
import org.teamward.failure.Invalid;
import org.teamward.failure.Rule;
import org.teamward.paging.Columns;
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

  /**
   * The records the caller may see, latest check-in first, read as rows in SQL: the list of both
   * channels, which runs on every click and sync. Each row carries what the caller may do with it.
   */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE},
      effect = READ)
  public Page<AttendanceRow> list(AttendanceFilter filter, PageRequest page) {
    if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
      throw new Invalid("to", Rule.NOT_BEFORE_START, "to must not be before from");
    }
    Grant grant = caller.grant();
    // the records the caller may see: the one scope rule for lists and the dashboard
    Page<Object[]> found =
        new QueryFilter()
            .visibleToRows(grant, policy.othersVisible(grant), "r.employee_id")
            .and("r.employee_id = :employeeId", "employeeId", filter.employeeId())
            .and("r.check_in >= :from", "from", Columns.utc(filter.from()))
            .and("r.check_in < :to", "to", Columns.utc(filter.to()))
            .rows(
                em,
                AttendanceRow.COLUMNS,
                "attendance_record r",
                "join employee e on e.id = r.employee_id",
                "r.id",
                "r.check_in desc, r.id",
                page,
                columns -> columns);
    Map<Long, List<AttendanceBreak>> breaks =
        breaksOf(found.items().stream().map(c -> ((Number) c[0]).longValue()).toList());
    return found.map(
        c -> {
          ScopedEmployee employee = AttendanceRow.employeeOf(c);
          return AttendanceRow.ofColumns(
              c,
              breaks.getOrDefault(((Number) c[0]).longValue(), List.of()),
              policy.canCorrect(grant, employee).allowed(),
              policy.canDelete(grant, employee).allowed());
        });
  }

  /**
   * The breaks of a page's records in one more query, by their ids, which the list's scope already
   * chose: a join would repeat each record once per break and break the page's limit.
   */
  private Map<Long, List<AttendanceBreak>> breaksOf(List<Long> recordIds) {
    Map<Long, List<AttendanceBreak>> breaks = new HashMap<>();
    if (recordIds.isEmpty()) {
      return breaks;
    }
    new QueryFilter()
        .and("b.record_id in :records", "records", recordIds)
        .all(
            em,
            "b.record_id, b.break_start, b.break_end",
            "attendance_break b",
            "b.record_id, b.break_start")
        .forEach(
            c ->
                breaks
                    .computeIfAbsent(((Number) c[0]).longValue(), id -> new ArrayList<>())
                    .add(new AttendanceBreak(Columns.instant(c[1]), Columns.instant(c[2]))));
    return breaks;
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
