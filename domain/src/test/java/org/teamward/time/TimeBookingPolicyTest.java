package org.teamward.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Relation;
import org.teamward.access.rights.TestGrants;
import org.teamward.employee.Employee;

class TimeBookingPolicyTest {

  private final TimeBookingPolicy policy = new TimeBookingPolicy();

  @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
  @CsvSource({
    // own bookings
    "TIME_BOOK_OWN,    OWN, view,   ALLOWED",
    "TIME_VIEW_ALL,    OWN, view,   ALLOWED",
    "-,                OWN, view,   FORBIDDEN",
    "TIME_BOOK_OTHERS, OWN, view,   FORBIDDEN",
    "TIME_BOOK_OWN,    OWN, create, ALLOWED",
    "TIME_BOOK_OWN,    OWN, edit,   ALLOWED",
    "TIME_BOOK_OWN,    OWN, delete, ALLOWED",
    "TIME_VIEW_ALL,    OWN, create, FORBIDDEN",
    "TIME_VIEW_ALL,    OWN, edit,   FORBIDDEN",
    "TIME_BOOK_OTHERS, OWN, delete, FORBIDDEN",
    // another employee in scope
    "TIME_VIEW_ALL,    OTHER, view,   ALLOWED",
    "TIME_BOOK_OWN,    OTHER, view,   HIDDEN",
    "TIME_BOOK_OTHERS, OTHER, view,   HIDDEN",
    "TIME_BOOK_OTHERS, OTHER, create, ALLOWED",
    "TIME_BOOK_OTHERS, OTHER, edit,   ALLOWED",
    "TIME_BOOK_OTHERS, OTHER, delete, ALLOWED",
    "TIME_VIEW_ALL,    OTHER, create, FORBIDDEN",
    "TIME_VIEW_ALL|TIME_BOOK_OWN, OTHER, edit, FORBIDDEN",
    "TIME_VIEW_ALL,    OTHER, delete, FORBIDDEN",
    "TIME_BOOK_OWN,    OTHER, create, HIDDEN",
    "TIME_BOOK_OWN,    OTHER, edit,   HIDDEN",
    "-,                OTHER, delete, HIDDEN",
    // outside the scope: hidden whatever the rights
    "TIME_BOOK_OWN|TIME_VIEW_ALL|TIME_BOOK_OTHERS, OUT_OF_SCOPE, view,   HIDDEN",
    "TIME_BOOK_OWN|TIME_VIEW_ALL|TIME_BOOK_OTHERS, OUT_OF_SCOPE, create, HIDDEN",
    "TIME_BOOK_OWN|TIME_VIEW_ALL|TIME_BOOK_OTHERS, OUT_OF_SCOPE, edit,   HIDDEN",
    "TIME_BOOK_OWN|TIME_VIEW_ALL|TIME_BOOK_OTHERS, OUT_OF_SCOPE, delete, HIDDEN",
  })
  void userMatrix(String permissions, Relation relation, String action, Decision expected) {
    assertThat(decide(TestGrants.user(permissions), relation, action)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "interface {0} / {1} / {2} -> {3}")
  @CsvSource({
    // an interface is nobody: every employee in scope is another
    "TIME_VIEW_ALL,                  OTHER,        view,   ALLOWED",
    "TIME_BOOK_OWN,                  OTHER,        create, HIDDEN",
    "TIME_VIEW_ALL|TIME_BOOK_OTHERS, OTHER,        create, ALLOWED",
    "TIME_VIEW_ALL|TIME_BOOK_OTHERS, OUT_OF_SCOPE, view,   HIDDEN",
  })
  void interfaceMatrix(String permissions, Relation relation, String action, Decision expected) {
    assertThat(decide(TestGrants.terminal(permissions), relation, action)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"TIME_VIEW_ALL, true", "TIME_BOOK_OWN|TIME_BOOK_OTHERS, false", "-, false"})
  void listsShowOthersOnlyWithViewAll(String permissions, boolean expected) {
    assertThat(policy.seesOthers(TestGrants.user(permissions))).isEqualTo(expected);
  }

  private Decision decide(Grant grant, Relation relation, String action) {
    Employee employee = TestGrants.employee(relation);
    return switch (action) {
      case "view" -> policy.canView(grant, employee);
      case "create" -> policy.canCreateFor(grant, employee);
      case "edit", "delete" -> policy.canChange(grant, employee);
      default -> throw new IllegalArgumentException(action);
    };
  }
}
