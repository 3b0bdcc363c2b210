package org.teamward.web;

import java.io.Serializable;
import org.teamward.employee.Employee;
import org.teamward.employee.EmployeeRow;

/**
 * One employee as a picker shows and submits them: the id, and the label the person chose by. A
 * picker keeps this, never the entity, so that its view state holds two short values.
 *
 * @param label first and last name with the personnel number, which tells namesakes apart
 */
public record EmployeePick(long id, String label) implements Serializable {

  public static EmployeePick of(Employee employee) {
    return employee == null
        ? null
        : of(employee.getId(), employee.getFullName(), employee.getPersonnelNumber());
  }

  /** The same pick from a row of the people list. */
  public static EmployeePick of(EmployeeRow employee) {
    return of(employee.id(), employee.fullName(), employee.personnelNumber());
  }

  /** The same pick from a list's row, which holds the values instead of the employee. */
  public static EmployeePick of(long id, String fullName, String personnelNumber) {
    return new EmployeePick(id, fullName + " (" + personnelNumber + ")");
  }

  /** The id of a pick, or null for none ("all" in a filter). */
  public static Long idOf(EmployeePick pick) {
    return pick == null ? null : pick.id();
  }
}
