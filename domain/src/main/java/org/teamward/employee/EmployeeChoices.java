package org.teamward.employee;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;

/**
 * The employees a form may offer for an action on someone's behalf (booking, clocking, recording an
 * absence): active, in the caller's scope, and allowed by the action's own policy. The forms take
 * their choices from here rather than from the employee list, so that they need no EMPLOYEE_VIEW,
 * exactly as the same action over the API. A picker asks with the text typed so far: the database
 * matches it and stops at the limit, so that a company of thousands costs what a team of five does.
 */
public final class EmployeeChoices {

  private EmployeeChoices() {}

  /**
   * @param others whom besides themselves the caller may act for
   * @param allowed the action's policy for one employee
   * @param text part of the first name, last name or personnel number, case-insensitive; everyone
   *     for null or blank
   * @param limit how many at most, up to {@link PageRequest#MAX_LIMIT}
   */
  public static List<Employee> offered(
      EntityManager em,
      Grant grant,
      EmployeeScope others,
      Function<Employee, Decision> allowed,
      String text,
      int limit) {
    // One more than the limit: the scope always includes the caller's own record, which the
    // action's policy may still refuse.
    int read = Math.min(Math.max(limit, 1) + 1, PageRequest.MAX_LIMIT);
    return new QueryFilter()
            .and("e.active = true")
            .visibleTo(grant, "e", others)
            .matching(text, "e.firstName", "e.lastName", "e.personnelNumber")
            .page(
                em,
                Employee.class,
                "e",
                "Employee e",
                "e.lastName, e.firstName, e.id",
                PageRequest.first(read))
            .items()
            .stream()
            .filter(e -> allowed.apply(e).allowed())
            .limit(Math.max(limit, 1))
            .toList();
  }
}
