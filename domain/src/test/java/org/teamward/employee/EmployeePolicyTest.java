package org.teamward.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Relation;
import org.teamward.access.rights.TestGrants;

class EmployeePolicyTest {

  private final EmployeePolicy policy = new EmployeePolicy();

  @ParameterizedTest(name = "{0} {1} / {2} / {3} -> {4}")
  @CsvSource({
    "user, -,               OWN,          view, ALLOWED",
    "user, -,               OTHER,        view, HIDDEN",
    "user, EMPLOYEE_VIEW,   OTHER,        view, ALLOWED",
    "user, EMPLOYEE_MANAGE, OTHER,        view, ALLOWED",
    "user, EMPLOYEE_VIEW|EMPLOYEE_MANAGE, OUT_OF_SCOPE, view, HIDDEN",
    "user, -,               OWN,          edit, FORBIDDEN",
    "user, EMPLOYEE_MANAGE, OWN,          edit, ALLOWED",
    "user, EMPLOYEE_VIEW,   OTHER,        edit, FORBIDDEN",
    "user, -,               OTHER,        edit, HIDDEN",
    "user, EMPLOYEE_MANAGE, OTHER,        edit, ALLOWED",
    "user, EMPLOYEE_MANAGE, OUT_OF_SCOPE, edit, HIDDEN",
    "interface, EMPLOYEE_VIEW, OTHER,     view, ALLOWED",
    "interface, -,          OTHER,        view, HIDDEN",
  })
  void matrix(
      String kind, String permissions, Relation relation, String action, Decision expected) {
    Grant grant = TestGrants.grant(kind, permissions);
    Employee employee = TestGrants.employee(relation);
    Decision actual =
        switch (action) {
          case "view" -> policy.canView(grant, employee);
          case "edit" -> policy.canEdit(grant, employee);
          default -> throw new IllegalArgumentException(action);
        };
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}, scope all {1} -> {2}")
  @CsvSource({
    "EMPLOYEE_MANAGE, true,  ALLOWED",
    "EMPLOYEE_MANAGE, false, FORBIDDEN",
    "EMPLOYEE_VIEW,   true,  FORBIDDEN",
  })
  void create(String permissions, boolean allEmployees, Decision expected) {
    Grant grant =
        new Grant(
            Grant.Kind.USER,
            1,
            "hr",
            TestGrants.parse(permissions),
            null,
            allEmployees ? EmployeeScope.ALL : EmployeeScope.departments(Set.of("Own")),
            Grant.Credential.WEB_SESSION,
            null);
    assertThat(policy.canCreate(grant)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"EMPLOYEE_VIEW, true", "EMPLOYEE_MANAGE, true", "-, false"})
  void listsShowOthersOnlyToViewers(String permissions, boolean expected) {
    assertThat(policy.seesOthers(TestGrants.user(permissions))).isEqualTo(expected);
  }
}
