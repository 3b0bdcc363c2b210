package org.teamward.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Account and group administration: the right itself, and "only rights you hold". */
class AdministrationPolicyTest {

  private final UserPolicy users = new UserPolicy();
  private final UserGroupPolicy groups = new UserGroupPolicy();

  @ParameterizedTest(name = "{0} manages users -> {1}")
  @CsvSource({"USER_MANAGE, ALLOWED", "USER_GROUP_MANAGE, FORBIDDEN", "-, FORBIDDEN"})
  void manageUsers(String permissions, Decision expected) {
    assertThat(users.canManage(TestGrants.user(permissions))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} manages groups -> {1}")
  @CsvSource({"USER_GROUP_MANAGE, ALLOWED", "USER_MANAGE, FORBIDDEN", "-, FORBIDDEN"})
  void manageGroups(String permissions, Decision expected) {
    assertThat(groups.canManage(TestGrants.user(permissions))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} assigns a group with {1} -> {2}")
  @CsvSource({
    "USER_MANAGE|TIME_BOOK_OWN|PROJECT_VIEW, TIME_BOOK_OWN|PROJECT_VIEW, ALLOWED",
    "USER_MANAGE,                           -,                          ALLOWED",
    "USER_MANAGE|TIME_BOOK_OWN,              TIME_BOOK_OWN|PROJECT_VIEW, FORBIDDEN",
    "USER_MANAGE,                           USER_GROUP_MANAGE,          FORBIDDEN",
    "USER_MANAGE,                           USER_MANAGE,                ALLOWED",
    "TIME_BOOK_OWN|PROJECT_VIEW,             TIME_BOOK_OWN,              FORBIDDEN",
  })
  void assignOnlyHeldRights(String held, String granted, Decision expected) {
    assertThat(users.canAssignGroups(TestGrants.user(held), TestGrants.parse(granted)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} adds {1} to a group -> {2}")
  @CsvSource({
    "USER_GROUP_MANAGE|ABSENCE_VIEW, ABSENCE_VIEW,                      ALLOWED",
    "USER_GROUP_MANAGE,              -,                                 ALLOWED",
    "USER_GROUP_MANAGE|ABSENCE_VIEW, ABSENCE_VIEW|ABSENCE_VIEW_DETAILS, FORBIDDEN",
    "USER_GROUP_MANAGE,              USER_MANAGE,                       FORBIDDEN",
    "USER_MANAGE|ABSENCE_VIEW,       ABSENCE_VIEW,                      FORBIDDEN",
  })
  void addOnlyHeldRights(String held, String added, Decision expected) {
    assertThat(groups.canAddPermissions(TestGrants.user(held), TestGrants.parse(added)))
        .isEqualTo(expected);
  }
}
