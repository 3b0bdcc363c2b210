package org.teamward.access.management;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.TIME_BOOK_OWN;
import static org.teamward.access.rights.Permission.USER_MANAGE;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.RightHolders;
import org.teamward.failure.Conflict;

/**
 * The rule that keeps the installation open when the identity provider is not: some active account
 * manager must still be able to sign in with a password. The installation: the admin and the HR
 * user both manage accounts (groups Admins and HR), the booker does not.
 */
class PasswordAdministratorTest {

  private static final long ADMINS = 1, HR = 2, STAFF = 3;
  private static final long ADMIN = 100, HR_USER = 200, BOOKER = 300;

  private static final RightHolders INSTALLATION =
      new RightHolders(
          Map.of(ADMIN, Set.of(ADMINS), HR_USER, Set.of(HR), BOOKER, Set.of(STAFF)),
          Map.of(
              ADMINS, Set.of(USER_MANAGE), HR, Set.of(USER_MANAGE), STAFF, Set.of(TIME_BOOK_OWN)));

  @Test
  void oneOfTwoManagersMayBeEnforced() {
    assertThatCode(
            () ->
                RightHolders.requirePasswordAdministrator(
                    INSTALLATION, Set.of(), INSTALLATION, Set.of(ADMIN)))
        .doesNotThrowAnyException();
  }

  @Test
  void theLastManagerWithAPasswordMayNotBeEnforced() {
    assertThatThrownBy(
            () ->
                RightHolders.requirePasswordAdministrator(
                    INSTALLATION, Set.of(ADMIN), INSTALLATION, Set.of(ADMIN, HR_USER)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("USER_MANAGE")
        .hasMessageContaining("sign in with a password");
  }

  @Test
  void norDeactivatedNorMovedOutWhenTheOthersAreEnforced() {
    assertThatThrownBy(
            () ->
                RightHolders.requirePasswordAdministrator(
                    INSTALLATION, Set.of(ADMIN), INSTALLATION.withoutUser(HR_USER), Set.of(ADMIN)))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(
            () ->
                RightHolders.requirePasswordAdministrator(
                    INSTALLATION,
                    Set.of(ADMIN),
                    INSTALLATION.withUserGroups(HR_USER, Set.of(STAFF)),
                    Set.of(ADMIN)))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(
            () ->
                RightHolders.requirePasswordAdministrator(
                    INSTALLATION,
                    Set.of(ADMIN),
                    INSTALLATION.withGroupPermissions(HR, Set.of()),
                    Set.of(ADMIN)))
        .as("nor the right taken from their group")
        .isInstanceOf(Conflict.class);
  }

  @Test
  void enforcingPeopleWhoManageNothingIsAlwaysAllowed() {
    assertThatCode(
            () ->
                RightHolders.requirePasswordAdministrator(
                    INSTALLATION, Set.of(ADMIN), INSTALLATION, Set.of(ADMIN, BOOKER)))
        .doesNotThrowAnyException();
  }

  @Test
  void anInstallationWithoutSuchAManagerIsNotBlockedByIt() {
    assertThatCode(
            () ->
                RightHolders.requirePasswordAdministrator(
                    INSTALLATION,
                    Set.of(ADMIN, HR_USER),
                    INSTALLATION.withoutUser(BOOKER),
                    Set.of(ADMIN, HR_USER)))
        .as("a database edit left every manager enforced; break-glass repairs it")
        .doesNotThrowAnyException();
  }
}
