package org.teamward.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teamward.access.rights.Caller;
import org.teamward.employee.Employee;
import org.teamward.employee.EmployeeFilter;
import org.teamward.employee.Employees;
import org.teamward.paging.PageRequest;

/**
 * The active employees the caller may see, for employee pickers: searched in the database by the
 * text typed so far, and at most {@link #LIMIT} of them, so that a picker never loads the whole
 * table nor puts it into the page.
 */
@RequestScoped
public class EmployeeChoices {

  /** How many suggestions a picker shows at most; typing more narrows them. */
  public static final int LIMIT = 20;

  @Inject Employees employees;
  @Inject Caller caller;

  /** Both lists' employees, each once, by name; at most {@link #LIMIT}. */
  public static List<Employee> union(List<Employee> some, List<Employee> others) {
    Map<Long, Employee> byId = new LinkedHashMap<>();
    some.forEach(e -> byId.put(e.getId(), e));
    others.forEach(e -> byId.putIfAbsent(e.getId(), e));
    return byId.values().stream()
        .sorted(
            Comparator.comparing(Employee::getLastName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Employee::getFirstName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Employee::getId))
        .limit(LIMIT)
        .toList();
  }

  /** The suggestions a picker shows for these employees. */
  public static List<EmployeePick> picks(List<Employee> employees) {
    return employees.stream().map(EmployeePick::of).toList();
  }

  /**
   * The active employees the caller may see whose first name, last name or personnel number holds
   * {@code text}; at most {@code limit}.
   */
  public List<Employee> visible(String text, int limit) {
    return UseCase.EMPLOYEES_LIST.allows(caller.grant())
        ? employees
            .list(new EmployeeFilter(text, null, Boolean.TRUE), PageRequest.first(limit))
            .items()
        : List.of();
  }

  public List<Employee> visible(String text) {
    return visible(text, LIMIT);
  }
}
