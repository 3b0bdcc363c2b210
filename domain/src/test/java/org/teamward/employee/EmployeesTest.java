package org.teamward.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.EMPLOYEE_MANAGE;
import static org.teamward.access.rights.Permission.EMPLOYEE_VIEW;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.TestCaller;
import org.teamward.failure.Conflict;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.paging.PageRequest;
import org.teamward.persistence.TestDatabase;

class EmployeesTest {

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final Employees employees = new Employees();

  @BeforeEach
  void setUp() {
    employees.em = db.em();
    employees.caller = caller;
    employees.policy = new EmployeePolicy();
    caller.actAs(TestCaller.person(null, EMPLOYEE_MANAGE));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void peopleSeeThemselvesAndOthersOnlyWithTheRight() {
    Employee ann = db.inTransaction(() -> employees.create(draft("1", "Ann", null)));
    Employee bob = db.inTransaction(() -> employees.create(draft("2", "Bob", ann.getId())));
    caller.actAs(TestCaller.person(bob.getId()));
    assertThat(employees.list(EmployeeFilter.ALL, PageRequest.first(10)).items())
        .extracting(EmployeeRow::firstName)
        .containsExactly("Bob");
    assertThatThrownBy(() -> employees.get(ann.getId())).isInstanceOf(NotFound.class);
    caller.actAs(TestCaller.person(bob.getId(), EMPLOYEE_VIEW));
    assertThat(employees.list(new EmployeeFilter("an", null, true), PageRequest.first(10)).items())
        .extracting(EmployeeRow::firstName)
        .containsExactly("Ann");
  }

  @Test
  void guardsNumbersZonesAndTheHierarchy() {
    Employee ann = db.inTransaction(() -> employees.create(draft("1", "Ann", null)));
    Employee bob = db.inTransaction(() -> employees.create(draft("2", "Bob", ann.getId())));
    assertThatThrownBy(() -> employees.create(draft("1", "Other", null)))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(
            () ->
                employees.create(
                    new EmployeeDraft("3", "Cy", "Test", null, null, null, "Mars/Olympus", null)))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("timeZone"));
    assertThatThrownBy(() -> employees.update(ann.getId(), null, draft("1", "Ann", bob.getId())))
        .isInstanceOfSatisfying(
            Invalid.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("lineManagerId"));
  }

  private static EmployeeDraft draft(String number, String name, Long managerId) {
    return new EmployeeDraft(number, name, "Test", null, "R&D", managerId, "Europe/Berlin", true);
  }
}
