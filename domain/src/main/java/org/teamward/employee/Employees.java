package org.teamward.employee;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.EMPLOYEE_MANAGE;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.teamward.access.rights.Authenticated;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.failure.Conflict;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;

/** The people use cases. */
@UseCases
public class Employees {

  /** Deeper than any real hierarchy; bounds the walk up the line managers. */
  private static final int MAX_HIERARCHY_DEPTH = 100;

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject EmployeePolicy policy;

  /**
   * Everyone sees their own record; others appear with EMPLOYEE_VIEW, filtered in the query. Read
   * in SQL as rows, the one list of the web and the API; each row says whether the caller may edit
   * it.
   */
  @Authenticated(effect = READ)
  public Page<EmployeeRow> list(EmployeeFilter filter, PageRequest page) {
    Grant grant = caller.grant();
    return new QueryFilter()
        .visibleToRows(grant, policy.othersVisible(grant), "e.id")
        .matching(filter.text(), "e.first_name", "e.last_name", "e.personnel_number")
        .and("e.department = :department", "department", filter.department())
        .and("e.active = :active", "active", filter.active())
        .rows(
            em,
            EmployeeRow.COLUMNS,
            "employee e",
            "left join employee m on m.id = e.line_manager_id",
            "e.id",
            "e.last_name, e.first_name, e.id",
            page,
            columns -> EmployeeRow.ofColumns(columns, grant, policy));
  }

  @Authenticated(effect = READ)
  public Employee get(long id) {
    Employee employee = find(id);
    policy.canView(caller.grant(), employee).orThrow("view this employee", "employee");
    return employee;
  }

  @Requires(value = EMPLOYEE_MANAGE, effect = WRITE)
  public Employee create(EmployeeDraft draft) {
    policy.canCreate(caller.grant()).orThrow("create employees");
    draft.validate();
    requireUniquePersonnelNumber(draft.personnelNumber(), null);
    Employee employee = new Employee();
    apply(employee, draft);
    em.persist(employee);
    return employee;
  }

  @Requires(value = EMPLOYEE_MANAGE, effect = WRITE)
  public Employee update(long id, Long expectedVersion, EmployeeDraft draft) {
    Employee employee = find(id);
    policy.canEdit(caller.grant(), employee).orThrow("edit this employee", "employee");
    employee.checkVersion(expectedVersion);
    draft.validate();
    requireUniquePersonnelNumber(draft.personnelNumber(), id);
    apply(employee, draft);
    return employee;
  }

  private void apply(Employee employee, EmployeeDraft draft) {
    employee.setPersonnelNumber(draft.personnelNumber().trim());
    employee.setFirstName(draft.firstName().trim());
    employee.setLastName(draft.lastName().trim());
    employee.setEmail(blankToNull(draft.email()));
    employee.setDepartment(blankToNull(draft.department()));
    employee.setTimeZone(draft.timeZone().trim());
    employee.setActive(draft.active() == null || draft.active());
    employee.setLineManager(lineManager(employee, draft.lineManagerId()));
  }

  /** The line manager must be someone the caller can see, and must not close a cycle. */
  private Employee lineManager(Employee employee, Long managerId) {
    if (managerId == null) {
      return null;
    }
    Employee manager =
        Invalid.ifNotFound(
            "lineManagerId",
            () -> {
              Employee found = find(managerId);
              policy.canView(caller.grant(), found).throwIfHidden("employee");
              return found;
            });
    Employee step = manager;
    for (int depth = 0; step != null && depth < MAX_HIERARCHY_DEPTH; depth++) {
      if (step == employee) {
        throw new Invalid(
            "lineManagerId", "an employee cannot report to themselves, even indirectly");
      }
      step = step.getLineManager();
    }
    return manager;
  }

  private void requireUniquePersonnelNumber(String number, Long exceptId) {
    boolean taken =
        !em.createQuery(
                "select e.id from Employee e where e.personnelNumber = :number and e.id <> :id",
                Long.class)
            .setParameter("number", number.trim())
            .setParameter("id", exceptId == null ? -1L : exceptId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new Conflict(
          "Another employee already has the personnel number " + number.trim() + ".");
    }
  }

  private Employee find(long id) {
    return NotFound.ifNull(em.find(Employee.class, id), "employee");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
