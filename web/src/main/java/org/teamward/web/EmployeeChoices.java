package org.teamward.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teamward.access.Caller;
import org.teamward.access.UseCaseRights;
import org.teamward.employee.Employee;
import org.teamward.employee.EmployeeFilter;
import org.teamward.employee.Employees;
import org.teamward.paging.PageRequest;

/**
 * The active employees the caller may see, for employee select menus; read once per request and
 * capped at the largest page, so a select never loads the whole table.
 */
@RequestScoped
public class EmployeeChoices {

  @Inject Employees employees;
  @Inject Caller caller;

  private List<Employee> visible;

  /** Both lists' employees, each once, by name. */
  public static List<Employee> union(List<Employee> some, List<Employee> others) {
    Map<Long, Employee> byId = new LinkedHashMap<>();
    some.forEach(e -> byId.put(e.getId(), e));
    others.forEach(e -> byId.putIfAbsent(e.getId(), e));
    return byId.values().stream()
        .sorted(
            Comparator.comparing(Employee::getLastName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Employee::getFirstName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Employee::getId))
        .toList();
  }

  public List<Employee> visible() {
    if (visible == null) {
      visible =
          UseCaseRights.allows(caller.grant(), Employees.class, "list")
              ? employees
                  .list(
                      new EmployeeFilter(null, null, Boolean.TRUE),
                      PageRequest.first(PageRequest.MAX_LIMIT))
                  .items()
              : List.of();
    }
    return visible;
  }
}
