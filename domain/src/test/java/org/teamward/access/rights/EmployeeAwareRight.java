package org.teamward.access.rights;

import org.teamward.employee.Employee;

/** A right that reads the employee entity, as the rights must not: the rule's bad example. */
public class EmployeeAwareRight {
  public boolean inSales(Employee employee) {
    return "Sales".equals(employee.getDepartment());
  }
}
