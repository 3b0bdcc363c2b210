package org.teamward.employee;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import org.teamward.access.Decision;
import org.teamward.access.EmployeeScope;
import org.teamward.access.Grant;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;

/**
 * The employees a form may offer for an action on someone's behalf (booking, clocking, recording an
 * absence): active, in the caller's scope, and allowed by the action's own policy. The forms take
 * their choices from here rather than from the employee list, so that they need no EMPLOYEE_VIEW,
 * exactly as the same action over the API.
 */
public final class EmployeeChoices {

  private EmployeeChoices() {}

  /**
   * @param others whom besides themselves the caller may act for
   * @param allowed the action's policy for one employee
   */
  public static List<Employee> offered(
      EntityManager em, Grant grant, EmployeeScope others, Function<Employee, Decision> allowed) {
    return new QueryFilter()
            .and("e.active = true")
            .visibleTo(grant, "e", others)
            .page(
                em,
                Employee.class,
                "e",
                "Employee e",
                "e.lastName, e.firstName, e.id",
                PageRequest.first(PageRequest.MAX_LIMIT))
            .items()
            .stream()
            .filter(e -> allowed.apply(e).allowed())
            .toList();
  }
}
