package org.teamward.access;

import java.io.Serializable;
import java.util.Set;

/**
 * Which employees' records a caller may reach at all. People reach every employee (their
 * permissions then decide own versus other); an API access authorisation may be restricted to
 * selected employees. Queries filter by this in SQL, see {@link #idsForQuery()}.
 */
public record EmployeeScope(boolean all, Set<Long> employeeIds) implements Serializable {

  public static final EmployeeScope ALL = new EmployeeScope(true, Set.of());
  public static final EmployeeScope NONE = new EmployeeScope(false, Set.of());

  public EmployeeScope {
    employeeIds = Set.copyOf(employeeIds);
  }

  public static EmployeeScope of(Set<Long> ids) {
    return new EmployeeScope(false, ids);
  }

  public boolean contains(Long employeeId) {
    return all || (employeeId != null && employeeIds.contains(employeeId));
  }

  /**
   * The id list to bind to {@code IN :ids}; never empty, because an empty IN list is invalid SQL on
   * some databases and no employee has the id -1.
   */
  public Set<Long> idsForQuery() {
    return employeeIds.isEmpty() ? Set.of(-1L) : employeeIds;
  }
}
