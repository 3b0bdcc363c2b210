package org.teamward.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.teamward.employee.Departments;
import org.teamward.web.Failures;

/**
 * The departments' names, for the forms that limit rights to departments (user groups and API
 * access authorisations); none when they cannot be read, which the page's messages then say.
 */
@RequestScoped
public class DepartmentChoices {

  @Inject Departments departments;
  @Inject Failures failures;

  public List<String> names() {
    List<Departments.Department> found = failures.attempt(departments::list);
    return found == null ? List.of() : found.stream().map(Departments.Department::name).toList();
  }
}
