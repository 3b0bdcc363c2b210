package org.teamward.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
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
