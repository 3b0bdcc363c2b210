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
import org.teamward.employee.EmployeeRow;
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

  /**
   * The people of the list the caller sees and the employees a use case offers besides, each once,
   * by name; at most {@link #LIMIT}, as picks.
   */
  public static List<EmployeePick> union(List<EmployeeRow> visible, List<Employee> others) {
    Map<Long, Named> byId = new LinkedHashMap<>();
    visible.forEach(
        e -> byId.put(e.id(), new Named(e.lastName(), e.firstName(), e.id(), EmployeePick.of(e))));
    others.forEach(
        e ->
            byId.putIfAbsent(
                e.getId(),
                new Named(e.getLastName(), e.getFirstName(), e.getId(), EmployeePick.of(e))));
    return byId.values().stream()
        .sorted(
            Comparator.comparing(Named::lastName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Named::firstName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Named::id))
        .limit(LIMIT)
        .map(Named::pick)
        .toList();
  }

  /** A pick with what the union sorts it by, from a row or an entity alike. */
  private record Named(String lastName, String firstName, long id, EmployeePick pick) {}

  /** The suggestions a picker shows for these employees. */
  public static List<EmployeePick> picks(List<Employee> employees) {
    return employees.stream().map(EmployeePick::of).toList();
  }

  /**
   * The active employees the caller may see whose first name, last name or personnel number holds
   * {@code text}; at most {@code limit}. The rows of the people list, so that a picker offers whom
   * the list shows.
   */
  public List<EmployeeRow> visible(String text, int limit) {
    return UseCase.EMPLOYEES_LIST.allows(caller.grant())
        ? employees
            .list(new EmployeeFilter(text, null, Boolean.TRUE), PageRequest.first(limit))
            .items()
        : List.of();
  }

  public List<EmployeeRow> visible(String text) {
    return visible(text, LIMIT);
  }

  /** The suggestions a picker shows for these rows of the people list. */
  public static List<EmployeePick> pickRows(List<EmployeeRow> rows) {
    return rows.stream().map(EmployeePick::of).toList();
  }
}
