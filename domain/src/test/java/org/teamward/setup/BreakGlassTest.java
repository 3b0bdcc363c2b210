package org.teamward.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.RightHolders;
import org.teamward.access.accounts.SsoMode;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.rights.Permission;
import org.teamward.persistence.TestDatabase;

/**
 * Break-glass repairs an installation with an orphaned right or without an account manager who can
 * sign in with a password, and leaves a healthy one alone.
 */
class BreakGlassTest {

  TestDatabase db;
  BreakGlass breakGlass;
  long admins;
  long admin;
  long operator;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    breakGlass = new BreakGlass();
    breakGlass.em = db.em();
    admins = db.inTransaction(em -> persistGroup(em, EnumSet.allOf(Permission.class)));
    long staff = db.inTransaction(em -> persistGroup(em, EnumSet.of(Permission.TIME_BOOK_OWN)));
    admin = db.inTransaction(em -> persistUser(em, "admin@example.org", admins, true));
    operator = db.inTransaction(em -> persistUser(em, "ops@example.org", staff, false));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void withoutTheSettingNothingHappens() {
    breakGlass.account = Optional.empty();
    db.run(em -> em.find(UserGroup.class, admins).setPermissions(Set.of()));
    assertThat(db.inTransaction(() -> breakGlass.repairIfAsked()))
        .isEqualTo(BreakGlass.Outcome.NOT_CONFIGURED);
    assertThat(orphaned()).isNotEmpty();
  }

  @Test
  void aHealthyInstallationIsLeftAlone() {
    breakGlass.account = Optional.of("ops@example.org");
    assertThat(db.inTransaction(() -> breakGlass.repairIfAsked()))
        .isEqualTo(BreakGlass.Outcome.HEALTHY);
    UserAccount ops = db.inTransaction(em -> em.find(UserAccount.class, operator));
    assertThat(ops.isActive()).isFalse();
    assertThat(ops.groupPermissions()).containsExactly(Permission.TIME_BOOK_OWN);
  }

  @Test
  void anOrphanedRightIsRestoredToTheNamedAccount() {
    db.run(em -> em.find(UserGroup.class, admins).setPermissions(Set.of(Permission.PROJECT_VIEW)));
    assertThat(orphaned()).contains(Permission.USER_MANAGE, Permission.USER_GROUP_MANAGE);
    breakGlass.account = Optional.of("  OPS@example.org ");

    assertThat(db.inTransaction(() -> breakGlass.repairIfAsked()))
        .isEqualTo(BreakGlass.Outcome.RESTORED);

    assertThat(orphaned()).isEmpty();
    UserAccount ops = db.inTransaction(em -> em.find(UserAccount.class, operator));
    assertThat(ops.isActive()).isTrue();
    assertThat(ops.groupPermissions()).containsExactlyInAnyOrder(Permission.values());
    // a second start with the setting still there changes nothing more
    assertThat(db.inTransaction(() -> breakGlass.repairIfAsked()))
        .isEqualTo(BreakGlass.Outcome.HEALTHY);
  }

  @Test
  void accountManagersWhoAllSignInWithTheProviderOnlyAreRepairedWithAPassword() {
    db.run(em -> em.find(UserAccount.class, admin).setSsoMode(SsoMode.ENFORCED));
    db.run(em -> em.find(UserAccount.class, operator).setSsoMode(SsoMode.ENFORCED));
    assertThat(orphaned()).isEmpty();
    breakGlass.account = Optional.of("ops@example.org");

    assertThat(db.inTransaction(() -> breakGlass.repairIfAsked()))
        .isEqualTo(BreakGlass.Outcome.RESTORED);

    UserAccount ops = db.inTransaction(em -> em.find(UserAccount.class, operator));
    assertThat(ops.isActive()).isTrue();
    assertThat(ops.getSsoMode()).isEqualTo(SsoMode.ALLOWED);
    assertThat(ops.getGroups()).extracting(UserGroup::getName).contains(BreakGlass.GROUP);
    assertThat(ops.groupPermissions()).containsExactlyInAnyOrder(Permission.values());
    // only the break-glass account gets its password back
    assertThat(db.inTransaction(em -> em.find(UserAccount.class, admin)).getSsoMode())
        .isEqualTo(SsoMode.ENFORCED);
    assertThat(db.inTransaction(() -> breakGlass.repairIfAsked()))
        .isEqualTo(BreakGlass.Outcome.HEALTHY);
  }

  @Test
  void oneAccountManagerWithAPasswordIsEnough() {
    db.run(em -> em.find(UserAccount.class, admin).setSsoMode(SsoMode.ENFORCED));
    db.inTransaction(em -> persistUser(em, "second@example.org", admins, true));
    db.run(em -> em.find(UserAccount.class, operator).setSsoMode(SsoMode.ENFORCED));
    breakGlass.account = Optional.of("ops@example.org");

    assertThat(db.inTransaction(() -> breakGlass.repairIfAsked()))
        .isEqualTo(BreakGlass.Outcome.HEALTHY);

    UserAccount ops = db.inTransaction(em -> em.find(UserAccount.class, operator));
    assertThat(ops.isActive()).isFalse();
    assertThat(ops.getSsoMode()).isEqualTo(SsoMode.ENFORCED);
    assertThat(ops.groupPermissions()).containsExactly(Permission.TIME_BOOK_OWN);
  }

  @Test
  void anUnknownAccountChangesNothing() {
    db.run(em -> em.find(UserGroup.class, admins).setPermissions(Set.of()));
    breakGlass.account = Optional.of("nobody@example.org");
    assertThat(db.inTransaction(() -> breakGlass.repairIfAsked()))
        .isEqualTo(BreakGlass.Outcome.NO_SUCH_ACCOUNT);
    assertThat(orphaned()).containsExactlyInAnyOrder(Permission.values());
  }

  private Set<Permission> orphaned() {
    return db.inTransaction(em -> RightHolders.lockAndLoad(em).orphaned());
  }

  private static long persistGroup(jakarta.persistence.EntityManager em, Set<Permission> rights) {
    UserGroup group = new UserGroup();
    group.setName("group " + rights.size() + " " + System.nanoTime());
    group.setPermissions(rights);
    em.persist(group);
    em.flush();
    return group.getId();
  }

  private static long persistUser(
      jakarta.persistence.EntityManager em, String email, long groupId, boolean active) {
    UserAccount user = new UserAccount();
    user.setEmail(email);
    user.setDisplayName(email);
    user.setPasswordHash("x", false);
    user.setActive(active);
    user.getGroups().add(em.find(UserGroup.class, groupId));
    em.persist(user);
    em.flush();
    return user.getId();
  }
}
