package org.teamward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.teamward.failure.Conflict;

/**
 * The last-holder rule, for every permission of the catalogue. The installation: group 1 "Admins"
 * has USER_MANAGE, USER_GROUP_MANAGE and TIME_BOOK_OWN, group 2 "HR" has USER_MANAGE, group 3
 * "Staff" has TIME_BOOK_OWN. Users 100 (Admins) and 200 (HR, Staff) are active. Nobody holds
 * AUDIT_VIEW.
 */
class RightHoldersTest {

  private static final long ADMINS = 1, HR = 2, STAFF = 3;
  private static final long ADMIN = 100, HR_USER = 200;

  private static final RightHolders INSTALLATION =
      new RightHolders(
          Map.of(ADMIN, Set.of(ADMINS), HR_USER, Set.of(HR, STAFF)),
          Map.of(
              ADMINS,
              Set.of(
                  Permission.USER_MANAGE, Permission.USER_GROUP_MANAGE, Permission.TIME_BOOK_OWN),
              HR,
              Set.of(Permission.USER_MANAGE),
              STAFF,
              Set.of(Permission.TIME_BOOK_OWN)));

  static Stream<Arguments> changes() {
    return Stream.of(
        change("deactivate the only group manager", h -> h.withoutUser(ADMIN), true),
        change("deactivate one of two user managers", h -> h.withoutUser(HR_USER), false),
        change("take the admin out of Admins", h -> h.withUserGroups(ADMIN, Set.of(STAFF)), true),
        change(
            "move the admin from Admins to HR (group right lost)",
            h -> h.withUserGroups(ADMIN, Set.of(HR)),
            true),
        change(
            "take HR user out of HR (admin still manages users)",
            h -> h.withUserGroups(HR_USER, Set.of(STAFF)),
            false),
        change(
            "remove USER_GROUP_MANAGE from Admins",
            h -> h.withGroupPermissions(ADMINS, Set.of(Permission.USER_MANAGE)),
            true),
        change(
            "remove USER_MANAGE from Admins (HR still has it)",
            h ->
                h.withGroupPermissions(
                    ADMINS, Set.of(Permission.USER_GROUP_MANAGE, Permission.TIME_BOOK_OWN)),
            false),
        change(
            "remove TIME_BOOK_OWN from Admins (Staff still has it)",
            h ->
                h.withGroupPermissions(
                    ADMINS, Set.of(Permission.USER_MANAGE, Permission.USER_GROUP_MANAGE)),
            false),
        change(
            "remove TIME_BOOK_OWN from Admins and delete Staff (an ordinary right orphaned)",
            h ->
                h.withGroupPermissions(
                        ADMINS, Set.of(Permission.USER_MANAGE, Permission.USER_GROUP_MANAGE))
                    .withoutGroup(STAFF),
            true),
        change("delete Admins", h -> h.withoutGroup(ADMINS), true),
        change("delete HR", h -> h.withoutGroup(HR), false),
        change("delete Staff", h -> h.withoutGroup(STAFF), false),
        change(
            "deactivate the admin after giving HR user Admins",
            h -> h.withUserGroups(HR_USER, Set.of(ADMINS)).withoutUser(ADMIN),
            false),
        change(
            "remove both user managers",
            h -> h.withoutUser(HR_USER).withGroupPermissions(ADMINS, Set.of()),
            true));
  }

  @ParameterizedTest(name = "{0} -> refused {2}")
  @MethodSource("changes")
  void lastHolderRule(String what, UnaryOperator<RightHolders> change, boolean refused) {
    RightHolders after = change.apply(INSTALLATION);
    if (refused) {
      assertThatThrownBy(() -> RightHolders.requireStillHeld(INSTALLATION, after))
          .isInstanceOf(Conflict.class)
          .hasMessageContaining("no active user");
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
        Arguments.of(Permission.USER_MANAGE, 2L),
        Arguments.of(Permission.USER_GROUP_MANAGE, 1L),
        Arguments.of(Permission.TIME_BOOK_OWN, 2L),
        Arguments.of(Permission.AUDIT_VIEW, 0L));
  }

  @Test
  void aRightNobodyHeldDoesNotBlockOtherChanges() {
    RightHolders orphaned =
        new RightHolders(Map.of(HR_USER, Set.of(STAFF)), Map.of(STAFF, Set.of()));
    assertThatCode(() -> RightHolders.requireStillHeld(orphaned, orphaned.withoutGroup(STAFF)))
        .doesNotThrowAnyException();
  }

  private static Arguments change(
      String what, UnaryOperator<RightHolders> change, boolean refused) {
    return Arguments.of(what, change, refused);
  }
}
