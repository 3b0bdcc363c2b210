package org.teamward.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Relation;
import org.teamward.access.rights.TestGrants;
import org.teamward.employee.Employee;

class AttendancePolicyTest {

  private final AttendancePolicy policy = new AttendancePolicy();

  @ParameterizedTest(name = "{0} {1} / {2} / {3} -> {4}")
  @CsvSource({
    // people, own records
    "user, ATTENDANCE_CHECK_IN_OUT, OWN, clock,   ALLOWED",
    "user, ATTENDANCE_VIEW_ALL,     OWN, clock,   FORBIDDEN",
    "user, -,                       OWN, clock,   FORBIDDEN",
    "user, ATTENDANCE_CHECK_IN_OUT, OWN, view,    ALLOWED",
    "user, ATTENDANCE_VIEW_ALL,     OWN, view,    ALLOWED",
    "user, -,                       OWN, view,    FORBIDDEN",
    "user, ATTENDANCE_CHECK_IN_OUT, OWN, correct, FORBIDDEN",
    "user, ATTENDANCE_MANAGE,       OWN, correct, ALLOWED",
    "user, ATTENDANCE_CHECK_IN_OUT, OWN, current, ALLOWED",
    // people, another employee in scope
    "user, ATTENDANCE_CHECK_IN_OUT, OTHER, clock,   HIDDEN",
    "user, ATTENDANCE_CHECK_IN_OUT|ATTENDANCE_VIEW_ALL, OTHER, clock, FORBIDDEN",
    "user, ATTENDANCE_MANAGE,       OTHER, clock,   ALLOWED",
    "user, ATTENDANCE_VIEW_ALL,     OTHER, view,    ALLOWED",
    "user, ATTENDANCE_MANAGE,       OTHER, view,    ALLOWED",
    "user, ATTENDANCE_CHECK_IN_OUT, OTHER, view,    HIDDEN",
    "user, ATTENDANCE_VIEW_ALL,     OTHER, correct, FORBIDDEN",
    "user, ATTENDANCE_CHECK_IN_OUT, OTHER, correct, HIDDEN",
    "user, ATTENDANCE_MANAGE,       OTHER, correct, ALLOWED",
    "user, ATTENDANCE_CHECK_IN_OUT, OTHER, current, HIDDEN",
    "user, ATTENDANCE_VIEW_ALL,     OTHER, current, ALLOWED",
    // people, outside the scope
    "user, ATTENDANCE_CHECK_IN_OUT|ATTENDANCE_VIEW_ALL|ATTENDANCE_MANAGE, OUT_OF_SCOPE, clock,   HIDDEN",
    "user, ATTENDANCE_CHECK_IN_OUT|ATTENDANCE_VIEW_ALL|ATTENDANCE_MANAGE, OUT_OF_SCOPE, view,    HIDDEN",
    "user, ATTENDANCE_CHECK_IN_OUT|ATTENDANCE_VIEW_ALL|ATTENDANCE_MANAGE, OUT_OF_SCOPE, correct, HIDDEN",
    // a time-clock terminal clocks anyone in its scope, but sees no records by that right
    "interface, ATTENDANCE_CHECK_IN_OUT, OTHER,        clock,   ALLOWED",
    "interface, ATTENDANCE_CHECK_IN_OUT, OTHER,        current, ALLOWED",
    "interface, ATTENDANCE_CHECK_IN_OUT, OTHER,        view,    HIDDEN",
    "interface, ATTENDANCE_CHECK_IN_OUT, OTHER,        correct, HIDDEN",
    "interface, ATTENDANCE_CHECK_IN_OUT, OUT_OF_SCOPE, clock,   HIDDEN",
    "interface, ATTENDANCE_VIEW_ALL,     OTHER,        clock,   FORBIDDEN",
    "interface, -,                       OTHER,        clock,   HIDDEN",
    "interface, ATTENDANCE_MANAGE,       OTHER,        correct, ALLOWED",
  })
  void matrix(
      String kind, String permissions, Relation relation, String action, Decision expected) {
    Grant grant = TestGrants.grant(kind, permissions);
    Employee employee = TestGrants.employee(relation);
    Decision actual =
        switch (action) {
          case "clock" -> policy.canCheckInOut(grant, employee);
          case "view" -> policy.canView(grant, employee);
          case "correct" -> policy.canCorrect(grant, employee);
          case "current" -> policy.canSeeCurrent(grant, employee);
          default -> throw new IllegalArgumentException(action);
        };
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "ATTENDANCE_VIEW_ALL, true",
    "ATTENDANCE_MANAGE, true",
    "ATTENDANCE_CHECK_IN_OUT, false"
  })
  void listsShowOthersOnlyToViewers(String permissions, boolean expected) {
    assertThat(policy.seesOthers(TestGrants.user(permissions))).isEqualTo(expected);
  }

  /** Who is in: a terminal sees those it clocks; a person only those whose records they see. */
  @ParameterizedTest
  @CsvSource({
    "interface, ATTENDANCE_CHECK_IN_OUT, OTHER, true",
    "interface, ATTENDANCE_CHECK_IN_OUT, OUT_OF_SCOPE, false",
    "interface, -, OTHER, false",
    "user, ATTENDANCE_CHECK_IN_OUT, OTHER, false",
    "user, ATTENDANCE_VIEW_ALL, OTHER, true",
  })
  void presenceIsVisibleToTerminalsForWhomTheyClock(
      String kind, String permissions, Relation relation, boolean expected) {
    Grant grant = TestGrants.grant(kind, permissions);
    assertThat(policy.presenceVisible(grant).contains(TestGrants.employee(relation)))
        .isEqualTo(expected);
  }
}
