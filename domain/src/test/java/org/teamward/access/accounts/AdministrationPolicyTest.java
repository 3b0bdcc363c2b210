package org.teamward.access.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestGrants;

/**
 * Account and group administration: the right itself, "only rights you hold" in both directions,
 * and "no account stronger than you".
 */
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
    assertThat(
            groups.canChangePermissions(TestGrants.user(held), Set.of(), TestGrants.parse(added)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} changes a group from {1} to {2} -> {3}")
  @CsvSource({
    "USER_GROUP_MANAGE|ABSENCE_VIEW, ABSENCE_VIEW|AUDIT_VIEW, AUDIT_VIEW,              ALLOWED",
    "USER_GROUP_MANAGE,              AUDIT_VIEW|ABSENCE_VIEW, ABSENCE_VIEW,            FORBIDDEN",
    "USER_GROUP_MANAGE,              AUDIT_VIEW,              AUDIT_VIEW,              ALLOWED",
    "USER_GROUP_MANAGE|AUDIT_VIEW,   AUDIT_VIEW,              -,                       ALLOWED",
    "USER_GROUP_MANAGE,              USER_MANAGE,             -,                       FORBIDDEN",
    "AUDIT_VIEW,                     AUDIT_VIEW,              -,                       FORBIDDEN",
  })
  void addAndRemoveOnlyHeldRights(String held, String before, String after, Decision expected) {
    assertThat(
            groups.canChangePermissions(
                TestGrants.user(held), TestGrants.parse(before), TestGrants.parse(after)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} switches {1} in a group -> {2}")
  @CsvSource({
    "USER_GROUP_MANAGE|AUDIT_VIEW, AUDIT_VIEW,        ALLOWED",
    "USER_GROUP_MANAGE,            AUDIT_VIEW,        FORBIDDEN",
    "USER_GROUP_MANAGE,            USER_GROUP_MANAGE, ALLOWED",
    "AUDIT_VIEW,                   AUDIT_VIEW,        FORBIDDEN",
  })
  void switchOnlyHeldRights(String held, Permission permission, Decision expected) {
    assertThat(groups.canChangePermission(TestGrants.user(held), permission)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} deletes a group with {1} -> {2}")
  @CsvSource({
    "USER_GROUP_MANAGE|AUDIT_VIEW, AUDIT_VIEW,            ALLOWED",
    "USER_GROUP_MANAGE,            AUDIT_VIEW,            FORBIDDEN",
    "USER_GROUP_MANAGE,            -,                     ALLOWED",
    "AUDIT_VIEW,                   AUDIT_VIEW,            FORBIDDEN",
  })
  void deleteOnlyGroupsWhoseRightsAreHeld(String held, String groupRights, Decision expected) {
    UserGroup group = new UserGroup();
    group.setPermissions(TestGrants.parse(groupRights));
    assertThat(groups.canDelete(TestGrants.user(held), group)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} edits an account with {1} -> {2}")
  @CsvSource({
    "USER_MANAGE|AUDIT_VIEW, AUDIT_VIEW,              ALLOWED",
    "USER_MANAGE,            USER_MANAGE,             ALLOWED",
    "USER_MANAGE,            -,                       ALLOWED",
    "USER_MANAGE,            AUDIT_VIEW,              FORBIDDEN",
    "USER_MANAGE|AUDIT_VIEW, AUDIT_VIEW|USER_MANAGE|PROJECT_DELETE, FORBIDDEN",
    "AUDIT_VIEW,             AUDIT_VIEW,              FORBIDDEN",
  })
  void editOnlyAccountsNoStronger(String held, String targetRights, Decision expected) {
    assertThat(users.canEdit(TestGrants.user(held), TestGrants.parse(targetRights)))
        .isEqualTo(expected);
  }
}
