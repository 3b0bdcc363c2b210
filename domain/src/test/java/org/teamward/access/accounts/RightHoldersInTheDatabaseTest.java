package org.teamward.access.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.AUDIT_VIEW;
import static org.teamward.access.rights.Permission.USER_GROUP_MANAGE;
import static org.teamward.access.rights.Permission.USER_MANAGE;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.Permission;
import org.teamward.persistence.TestDatabase;

/**
 * The holders as the database has them, read under the guard row's lock. Admins have USER_MANAGE
 * and USER_GROUP_MANAGE, Auditors AUDIT_VIEW, Newcomers nothing; the admin and the newcomer are
 * active, the former auditor (also in Admins) is not.
 */
class RightHoldersInTheDatabaseTest {

  private final TestDatabase db = new TestDatabase();
  private UserGroup admins, auditors, newcomers;
  private UserAccount admin, newcomer;

  @BeforeEach
  void setUp() {
    db.run(
        em -> {
          admins = group(em, "Admins", Set.of(USER_MANAGE, USER_GROUP_MANAGE));
          auditors = group(em, "Auditors", Set.of(AUDIT_VIEW));
          newcomers = group(em, "Newcomers", Set.of());
          admin = user(em, "admin", true, admins);
          user(em, "former", false, auditors, admins);
          newcomer = user(em, "new", true, newcomers);
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void loadsActiveMembersAndTheRightsOfTheirGroups() {
    RightHolders loaded = db.inTransaction(RightHolders::lockAndLoad);

    assertThat(loaded.members())
        .isEqualTo(
            Map.of(
                admin.getId(),
                Set.of(admins.getId()),
                newcomer.getId(),
                Set.of(newcomers.getId())));
    assertThat(loaded.groups())
        .containsEntry(admins.getId(), Set.of(USER_MANAGE, USER_GROUP_MANAGE))
        .containsEntry(auditors.getId(), Set.of(AUDIT_VIEW));
    assertThat(loaded.holding(USER_MANAGE)).isEqualTo(1);
    assertThat(loaded.holding(AUDIT_VIEW)).as("held only by an inactive account").isZero();
  }

  @Test
  void theSnapshotOfEntitiesAgreesWithTheOneLoaded() {
    RightHolders loaded = db.inTransaction(RightHolders::lockAndLoad);
    List<UserAccount> everyone =
        db.inTransaction(
            em -> em.createQuery("select u from UserAccount u", UserAccount.class).getResultList());

    // the groups' rights come from the accounts too, so no list of groups is needed
    RightHolders built = RightHolders.of(everyone, List.of());

    assertThat(built.members()).isEqualTo(loaded.members());
    for (Permission right : Permission.values()) {
      assertThat(built.holding(right)).as(right.name()).isEqualTo(loaded.holding(right));
    }
  }

  @Test
  void holdsTheGuardRowUntilItsTransactionEnds() {
    EntityManager other = db.otherEntityManager();
    try {
      db.em().getTransaction().begin();
      RightHolders.lockAndLoad(db.em());

      other.getTransaction().begin();
      // give up at once instead of waiting for the first transaction
      other.createNativeQuery("SET LOCK_TIMEOUT 100").executeUpdate();
      assertThatThrownBy(() -> RightHolders.lockAndLoad(other))
          .isInstanceOf(PersistenceException.class)
          .hasMessageContaining("Timeout trying to lock");
      other.getTransaction().rollback();

      db.em().getTransaction().commit();
      other.getTransaction().begin();
      assertThat(RightHolders.lockAndLoad(other).holding(USER_GROUP_MANAGE)).isEqualTo(1);
      other.getTransaction().commit();
    } finally {
      other.close();
    }
  }

  private static UserGroup group(EntityManager em, String name, Set<Permission> rights) {
    UserGroup group = new UserGroup();
    group.setName(name);
    group.setPermissions(rights);
    em.persist(group);
    return group;
  }

  private static UserAccount user(
      EntityManager em, String name, boolean active, UserGroup... groups) {
    UserAccount user = new UserAccount();
    user.setEmail(name + "@example.com");
    user.setDisplayName(name);
    user.setActive(active);
    user.getGroups().addAll(List.of(groups));
    em.persist(user);
    return user;
  }
}
