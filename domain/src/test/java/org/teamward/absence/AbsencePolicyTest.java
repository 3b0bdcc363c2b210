package org.teamward.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Relation;
import org.teamward.access.rights.TestGrants;
import org.teamward.employee.Employee;

class AbsencePolicyTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  private final AbsencePolicy policy = new AbsencePolicy();

  @ParameterizedTest(name = "{0} {1} / {2} / {3} -> {4}")
  @CsvSource({
    // viewing
    "user, -,                    OWN,          view, ALLOWED",
    "user, -,                    OTHER,        view, HIDDEN",
    "user, ABSENCE_REQUEST,      OTHER,        view, HIDDEN",
    "user, ABSENCE_VIEW,         OTHER,        view, ALLOWED",
    "user, ABSENCE_MANAGE,       OTHER,        view, ALLOWED",
    "user, ABSENCE_VIEW_DETAILS, OTHER,        view, ALLOWED",
    "user, ABSENCE_VIEW|ABSENCE_VIEW_DETAILS|ABSENCE_MANAGE, OUT_OF_SCOPE, view, HIDDEN",
    "interface, ABSENCE_VIEW,    OTHER,        view, ALLOWED",
    "interface, -,               OTHER,        view, HIDDEN",
    // requesting and recording
    "user, ABSENCE_REQUEST,      OWN,          request, ALLOWED",
    "user, ABSENCE_MANAGE,       OWN,          request, FORBIDDEN",
    "user, -,                    OWN,          request, FORBIDDEN",
    "user, ABSENCE_MANAGE,       OTHER,        request, ALLOWED",
    "user, ABSENCE_REQUEST|ABSENCE_VIEW, OTHER, request, FORBIDDEN",
    "user, ABSENCE_REQUEST,      OTHER,        request, HIDDEN",
    "user, ABSENCE_MANAGE,       OUT_OF_SCOPE, request, HIDDEN",
    "interface, ABSENCE_MANAGE,  OTHER,        request, ALLOWED",
    // approving and rejecting
    "user, ABSENCE_MANAGE,       OTHER,        decide, ALLOWED",
    "user, ABSENCE_MANAGE,       OWN,          decide, FORBIDDEN",
    "user, ABSENCE_VIEW,         OTHER,        decide, FORBIDDEN",
    "user, ABSENCE_REQUEST,      OTHER,        decide, HIDDEN",
    "user, ABSENCE_MANAGE,       OUT_OF_SCOPE, decide, HIDDEN",
  })
  void matrix(
      String kind, String permissions, Relation relation, String action, Decision expected) {
    Grant grant = TestGrants.grant(kind, permissions);
    Employee employee = TestGrants.employee(relation);
    Decision actual =
        switch (action) {
          case "view" -> policy.canView(grant, employee);
          case "request" -> policy.canRequestFor(grant, employee);
          case "decide" -> policy.canDecide(grant, employee);
          default -> throw new IllegalArgumentException(action);
        };
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} / {2} -> details {3}")
  @CsvSource({
    "user,      -,                    OWN,          true",
    "user,      ABSENCE_VIEW,         OTHER,        false",
    "user,      ABSENCE_MANAGE,       OTHER,        false",
    "user,      ABSENCE_VIEW_DETAILS, OTHER,        true",
    "user,      ABSENCE_VIEW_DETAILS, OUT_OF_SCOPE, false",
    "interface, ABSENCE_VIEW,         OTHER,        false",
    "interface, ABSENCE_VIEW_DETAILS, OTHER,        true",
  })
  void details(String kind, String permissions, Relation relation, boolean expected) {
    Grant grant = TestGrants.grant(kind, permissions);
    assertThat(policy.detailsVisible(grant, TestGrants.employee(relation))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} / {1} / {2} starting in {3} days -> {4}")
  @CsvSource({
    "ABSENCE_REQUEST, OWN,          REQUESTED, 5,  ALLOWED",
    "ABSENCE_REQUEST, OWN,          REQUESTED, -5, ALLOWED",
    "ABSENCE_REQUEST, OWN,          APPROVED,  1,  ALLOWED",
    "ABSENCE_REQUEST, OWN,          APPROVED,  0,  FORBIDDEN",
    "ABSENCE_REQUEST, OWN,          APPROVED,  -3, FORBIDDEN",
    "-,               OWN,          REQUESTED, 5,  FORBIDDEN",
    "ABSENCE_MANAGE,  OWN,          APPROVED,  -3, ALLOWED",
    "ABSENCE_MANAGE,  OTHER,        APPROVED,  -3, ALLOWED",
    "ABSENCE_VIEW|ABSENCE_REQUEST, OTHER, REQUESTED, 5, FORBIDDEN",
    "ABSENCE_REQUEST, OTHER,        REQUESTED, 5,  HIDDEN",
    "ABSENCE_MANAGE,  OUT_OF_SCOPE, REQUESTED, 5,  HIDDEN",
  })
  void cancel(
      String permissions,
      Relation relation,
      AbsenceStatus status,
      int startsInDays,
      Decision expected) {
    Decision actual =
        policy.canCancel(
            TestGrants.user(permissions),
            TestGrants.employee(relation),
            status,
            TODAY.plusDays(startsInDays),
            TODAY);
    assertThat(actual).isEqualTo(expected);
  }

  /** Others' rejected and cancelled requests are decisions about a person: their managers' only. */
  @ParameterizedTest(name = "{0} / {1} / {2} -> view {3}, cancel {4}")
  @CsvSource({
    "ABSENCE_VIEW,                      OTHER, REQUESTED, ALLOWED, FORBIDDEN",
    "ABSENCE_VIEW,                      OTHER, APPROVED,  ALLOWED, FORBIDDEN",
    "ABSENCE_VIEW,                      OTHER, REJECTED,  HIDDEN,  HIDDEN",
    "ABSENCE_VIEW|ABSENCE_VIEW_DETAILS, OTHER, CANCELLED, HIDDEN,  HIDDEN",
    "ABSENCE_MANAGE,                    OTHER, REJECTED,  ALLOWED, ALLOWED",
    "ABSENCE_REQUEST,                   OWN,   REJECTED,  ALLOWED, FORBIDDEN",
    "ABSENCE_REQUEST,                   OWN,   CANCELLED, ALLOWED, FORBIDDEN",
  })
  void aDecidedRequestIsSeenByItsPersonAndTheirManagers(
      String permissions, Relation relation, AbsenceStatus status, Decision view, Decision cancel) {
    Absence absence = new Absence();
    absence.setEmployee(TestGrants.employee(relation));
    absence.setStatus(status);
    absence.setFrom(TODAY.plusDays(5));
    Grant grant = TestGrants.user(permissions);

    assertThat(policy.canView(grant, absence)).isEqualTo(view);
    assertThat(policy.canCancel(grant, absence, TODAY)).isEqualTo(cancel);
    assertThat(AbsencePolicy.isShownToAll(status))
        .isEqualTo(status == AbsenceStatus.REQUESTED || status == AbsenceStatus.APPROVED);
  }

  @ParameterizedTest
  @CsvSource({"REQUESTED, true", "APPROVED, true", "REJECTED, false", "CANCELLED, false"})
  void onlyOpenAbsencesCanBeCancelled(AbsenceStatus status, boolean expected) {
    assertThat(policy.isCancellable(status)).isEqualTo(expected);
  }
}
