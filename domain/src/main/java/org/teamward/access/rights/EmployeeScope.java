package org.teamward.access.rights;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * Which employees' records a right reaches: everyone, the employees of some departments, or
 * employees chosen one by one (only an API access authorisation chooses employees; its id names the
 * choice, so that lists filter by a subquery on it instead of binding a long id list). A person's
 * own records are not a matter of scope; the policies treat them separately.
 *
 * @param all every employee
 * @param departments departments whose employees are reached
 * @param employeeIds employees chosen one by one, for checks of a single record
 * @param authorisationId the access authorisation whose chosen employees {@code employeeIds} are
 */
public record EmployeeScope(
    boolean all, Set<String> departments, Set<Long> employeeIds, Long authorisationId)
    implements Serializable {

  public static final EmployeeScope ALL = new EmployeeScope(true, Set.of(), Set.of(), null);
  public static final EmployeeScope NONE = new EmployeeScope(false, Set.of(), Set.of(), null);

  public EmployeeScope {
    departments = all ? Set.of() : Set.copyOf(departments);
    employeeIds = all ? Set.of() : Set.copyOf(employeeIds);
    authorisationId = employeeIds.isEmpty() ? null : authorisationId;
  }

  public static EmployeeScope departments(Set<String> departments) {
    return new EmployeeScope(false, departments, Set.of(), null);
  }

  /** Employees chosen in the access authorisation {@code authorisationId}. */
  public static EmployeeScope chosen(long authorisationId, Set<Long> employeeIds) {
    return new EmployeeScope(false, Set.of(), employeeIds, authorisationId);
  }

  public boolean contains(ScopedEmployee employee) {
    return employee != null
        && (all
            || (employee.getDepartment() != null && departments.contains(employee.getDepartment()))
            || (employee.getId() != null && employeeIds.contains(employee.getId())));
  }

  public boolean isEmpty() {
    return !all && departments.isEmpty() && employeeIds.isEmpty();
  }

  /** Everyone either scope reaches. */
  public EmployeeScope union(EmployeeScope other) {
    if (all || other.all) {
      return ALL;
    }
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    Set<String> departmentUnion = new HashSet<>(departments);
    departmentUnion.addAll(other.departments);
    Set<Long> idUnion = new HashSet<>(employeeIds);
    idUnion.addAll(other.employeeIds);
    // Only one access authorisation chooses employees for one caller, so at most one id is set.
    Long authorisation = authorisationId != null ? authorisationId : other.authorisationId;
    return new EmployeeScope(false, departmentUnion, idUnion, authorisation);
  }

  /**
   * Whether everyone {@code other} reaches is reached by this scope too: the rule that keeps an
   * administrator from handing out a right over more employees than they hold it for.
   *
   * @param chosenDepartments the departments of {@code other}'s chosen employees; null stands for
   *     an employee without a department, whom only an unrestricted scope covers
   */
  public boolean covers(EmployeeScope other, Set<String> chosenDepartments) {
    if (all) {
      return true;
    }
    if (other.all) {
      return false;
    }
    return departments.containsAll(other.departments)
        && (employeeIds.containsAll(other.employeeIds)
            || chosenDepartments.stream().allMatch(d -> d != null && departments.contains(d)));
  }
}
