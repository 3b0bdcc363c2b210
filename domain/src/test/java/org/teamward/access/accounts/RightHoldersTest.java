package org.teamward.access.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.AUDIT_VIEW;
import static org.teamward.access.rights.Permission.TIME_BOOK_OWN;
import static org.teamward.access.rights.Permission.USER_GROUP_MANAGE;
import static org.teamward.access.rights.Permission.USER_MANAGE;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.teamward.access.rights.Permission;
import org.teamward.failure.Conflict;

/**
 * The last-holder rule, for every right of the catalogue. The installation: group "Admins" has
 * USER_MANAGE and USER_GROUP_MANAGE, "HR" has USER_MANAGE, "Staff" has TIME_BOOK_OWN, and
 * "Auditors" has AUDIT_VIEW but no members. The admin is in Admins and Staff, the HR user in HR and
 * Staff; both are active.
 */
class RightHoldersTest {

  private static final long ADMINS = 1, HR = 2, STAFF = 3, AUDITORS = 4;
  private static final long ADMIN = 100, HR_USER = 200;

  private static final RightHolders INSTALLATION =
      new RightHolders(
          Map.of(ADMIN, Set.of(ADMINS, STAFF), HR_USER, Set.of(HR, STAFF)),
          Map.of(
              ADMINS, Set.of(USER_MANAGE, USER_GROUP_MANAGE),
              HR, Set.of(USER_MANAGE),
              STAFF, Set.of(TIME_BOOK_OWN),
              AUDITORS, Set.of(AUDIT_VIEW)));

  static Stream<Arguments> changes() {
    return Stream.of(
        refused("deactivate the only group manager", h -> h.withoutUser(ADMIN), USER_GROUP_MANAGE),
        allowed("deactivate one of two user managers", h -> h.withoutUser(HR_USER)),
        refused(
            "take the admin out of Admins",
            h -> h.withUserGroups(ADMIN, Set.of(STAFF)),
            USER_GROUP_MANAGE),
        refused(
            "move the admin from Admins to HR",
            h -> h.withUserGroups(ADMIN, Set.of(HR, STAFF)),
            USER_GROUP_MANAGE),
        allowed(
            "take the HR user out of HR (the admin still manages users)",
            h -> h.withUserGroups(HR_USER, Set.of(STAFF))),
        allowed("take one of two out of Staff", h -> h.withUserGroups(HR_USER, Set.of(HR))),
        refused(
            "take both out of Staff: a right other than administration",
            h -> h.withUserGroups(ADMIN, Set.of(ADMINS)).withUserGroups(HR_USER, Set.of(HR)),
            TIME_BOOK_OWN),
        refused(
            "remove USER_GROUP_MANAGE from Admins",
            h -> h.withGroupPermissions(ADMINS, Set.of(USER_MANAGE)),
            USER_GROUP_MANAGE),
        allowed(
            "remove USER_MANAGE from Admins (HR still has it)",
            h -> h.withGroupPermissions(ADMINS, Set.of(USER_GROUP_MANAGE))),
        refused(
            "remove TIME_BOOK_OWN from Staff",
            h -> h.withGroupPermissions(STAFF, Set.of()),
            TIME_BOOK_OWN),
        refused("delete Admins", h -> h.withoutGroup(ADMINS), USER_GROUP_MANAGE),
        allowed("delete HR", h -> h.withoutGroup(HR)),
        refused(
            "delete Staff, the only group with TIME_BOOK_OWN",
            h -> h.withoutGroup(STAFF),
            TIME_BOOK_OWN),
        allowed("delete Auditors: nobody held AUDIT_VIEW", h -> h.withoutGroup(AUDITORS)),
        allowed(
            "deactivate the admin after giving the HR user Admins",
            h -> h.withUserGroups(HR_USER, Set.of(ADMINS, STAFF)).withoutUser(ADMIN)),
        allowed(
            "give the HR user Auditors",
            h -> h.withUserGroups(HR_USER, Set.of(HR, STAFF, AUDITORS))),
        refused(
            "remove both user managers",
            h -> h.withoutUser(HR_USER).withGroupPermissions(ADMINS, Set.of(USER_GROUP_MANAGE)),
            USER_MANAGE));
  }

  @ParameterizedTest(name = "{0} -> loses {2}")
  @MethodSource("changes")
  void lastHolderRule(String what, UnaryOperator<RightHolders> change, Permission lost) {
    RightHolders after = change.apply(INSTALLATION);
    if (lost != null) {
      assertThatThrownBy(() -> RightHolders.requireStillHeld(INSTALLATION, after))
          .isInstanceOf(Conflict.class)
          .hasMessageContaining("no active user with the permission " + lost + ",");
    } else {
      assertThatCode(() -> RightHolders.requireStillHeld(INSTALLATION, after))
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @MethodSource("counts")
  void countsActiveHolders(Permission right, long expected) {
    assertThat(INSTALLATION.holding(right)).isEqualTo(expected);
  }

  static Stream<Arguments> counts() {
    return Stream.of(
        Arguments.of(USER_MANAGE, 2L),
        Arguments.of(USER_GROUP_MANAGE, 1L),
        Arguments.of(TIME_BOOK_OWN, 2L),
        Arguments.of(AUDIT_VIEW, 0L),
        Arguments.of(Permission.PROJECT_VIEW, 0L));
  }

  @Test
  void aMemberOfAGroupThatNoLongerExistsHoldsNothingThroughIt() {
    RightHolders dangling = new RightHolders(Map.of(ADMIN, Set.of(99L)), Map.of());
    assertThat(dangling.holding(USER_MANAGE)).isZero();
  }

  /** The last holder of each right, whichever it is, is protected. */
  @ParameterizedTest
  @EnumSource(Permission.class)
  void everyRightOfTheCatalogueKeepsItsLastHolder(Permission right) {
    RightHolders one =
        new RightHolders(Map.of(ADMIN, Set.of(ADMINS)), Map.of(ADMINS, Set.of(right)));
    assertThatThrownBy(() -> RightHolders.requireStillHeld(one, one.withoutUser(ADMIN)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining(right.name());
  }

  @Test
  void aRightNobodyHeldDoesNotBlockOtherChanges() {
    RightHolders orphaned =
        new RightHolders(Map.of(HR_USER, Set.of(STAFF)), Map.of(STAFF, Set.of()));
    assertThatCode(() -> RightHolders.requireStillHeld(orphaned, orphaned.withoutGroup(STAFF)))
        .doesNotThrowAnyException();
  }

  @Test
  void changesLeaveTheSnapshotTheyStartFromAsItWas() {
    INSTALLATION.withoutUser(ADMIN);
    INSTALLATION.withUserGroups(HR_USER, Set.of());
    INSTALLATION.withGroupPermissions(ADMINS, Set.of());
    INSTALLATION.withoutGroup(STAFF);
    assertThat(INSTALLATION.members()).containsOnlyKeys(ADMIN, HR_USER);
    assertThat(INSTALLATION.members().get(HR_USER)).containsExactlyInAnyOrder(HR, STAFF);
    assertThat(INSTALLATION.groups()).containsOnlyKeys(ADMINS, HR, STAFF, AUDITORS);
    assertThat(INSTALLATION.groups().get(ADMINS)).hasSize(2);
  }

  /** The snapshot copies what it is given, so a caller's later edits cannot change a judgement. */
  @Test
  void aSnapshotIsACopy() {
    Set<Long> adminGroups = new HashSet<>(Set.of(ADMINS));
    Map<Long, Set<Long>> members = new HashMap<>(Map.of(ADMIN, adminGroups));
    Set<Permission> adminRights = new HashSet<>(Set.of(USER_MANAGE));
    Map<Long, Set<Permission>> groups = new HashMap<>(Map.of(ADMINS, adminRights));
    RightHolders snapshot = new RightHolders(members, groups);

    adminGroups.clear();
    members.put(HR_USER, Set.of(ADMINS));
    adminRights.clear();
    groups.put(HR, Set.of(AUDIT_VIEW));

    assertThat(snapshot.holding(USER_MANAGE)).isEqualTo(1);
    assertThat(snapshot.members()).containsOnlyKeys(ADMIN);
    assertThat(snapshot.groups()).containsOnlyKeys(ADMINS);
  }

  private static Arguments refused(
      String what, UnaryOperator<RightHolders> change, Permission lost) {
    return Arguments.of(what, change, lost);
  }

  private static Arguments allowed(String what, UnaryOperator<RightHolders> change) {
    return Arguments.of(what, change, null);
  }
}
