package org.teamward.persistence;

import org.teamward.employee.Employee;
import org.teamward.project.Project;

/** Small records for service tests; each test builds exactly the data it reads. */
public final class TestData {

  private TestData() {}

  public static Employee employee(TestDatabase db, String name) {
    return db.inTransaction(
        () -> {
          Employee e = new Employee();
          e.setPersonnelNumber("P-" + name);
          e.setFirstName(name);
          e.setLastName("Test");
          db.em().persist(e);
          return e;
        });
  }

  public static Project project(TestDatabase db, String code) {
    return db.inTransaction(
        () -> {
          Project p = new Project();
          p.setCode(code);
          p.setName("Project " + code);
          db.em().persist(p);
          return p;
        });
  }
}
