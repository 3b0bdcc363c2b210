package org.teamward.access.management;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.USER_MANAGE;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.teamward.access.accounts.CompanyIdentityProvider;
import org.teamward.access.accounts.CreatedUser;
import org.teamward.access.accounts.NewUser;
import org.teamward.access.accounts.RightHolders;
import org.teamward.access.accounts.SsoMode;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserChange;
import org.teamward.access.accounts.UserFilter;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.accounts.UserPolicy;
import org.teamward.access.credentials.CredentialPolicy;
import org.teamward.access.credentials.DevicePassword;
import org.teamward.access.rights.Authenticated;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.access.secrets.PasswordHashing;
import org.teamward.access.secrets.PasswordRules;
import org.teamward.access.signin.WebSessionStore;
import org.teamward.audit.AuditTrail;
import org.teamward.employee.Employee;
import org.teamward.failure.Conflict;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.failure.Violations;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;

/**
 * The account use cases, plus the look-ups that sign-in needs before anyone is signed in.
 * Deactivating an account takes effect on the next request of every session and device password,
 * because {@link Grants} reads the account afresh each time.
 */
@UseCases
public class Users {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject UserPolicy policy;
  @Inject PasswordHashing passwords;
  @Inject DevicePasswords devicePasswords;
  @Inject CredentialPolicy credentials;
  @Inject WebSessionStore sessions;
  @Inject AuditTrail trail;
  // Initialised for the tests that build the use cases without a container.
  @Inject CompanyIdentityProvider identityProvider = new CompanyIdentityProvider();

  Clock clock = Clock.systemUTC();

  /** Exactly the grant the current request is judged by. */
  @Authenticated(effect = READ)
  public Grant me() {
    return caller.grant();
  }

  /**
   * The accounts, by e-mail, read as rows in SQL; each row carries whether the caller may change
   * it, as {@link UserPolicy#canEdit(Grant, Set)} decides from its groups' rights.
   */
  @Requires(value = USER_MANAGE, effect = READ)
  public Page<UserRow> list(UserFilter filter, PageRequest page) {
    Grant grant = caller.grant();
    policy.canManage(grant).orThrow("manage accounts");
    return UserRows.read(em, filter, page, rights -> policy.canEdit(grant, rights).allowed());
  }

  @Requires(value = USER_MANAGE, effect = READ)
  public UserAccount get(long id) {
    policy.canManage(caller.grant()).orThrow("manage accounts");
    return find(id);
  }

  @Requires(value = USER_MANAGE, effect = WRITE)
  public CreatedUser create(NewUser request) {
    Grant grant = caller.grant();
    policy.canManage(grant).orThrow("manage accounts");
    NewUser draft = request.normalised();
    String email = draft.email();
    Violations.of(draft)
        .check(
            draft.password() == null || PasswordRules.weakness(draft.password(), false) == null,
            "password",
            PasswordRules.weakness(draft.password(), false))
        .throwIfAny();
    List<UserGroup> groups = groups(draft.groups());
    policy.canAssignGroups(grant, permissionsOf(groups)).orThrow("grant rights you do not hold");
    if (findByEmail(email).isPresent()) {
      throw new Conflict("Another account already uses " + email + ".");
    }
    UserAccount user = new UserAccount();
    user.setEmail(email);
    user.setDisplayName(draft.name().trim());
    user.setEmployee(unlinkedEmployee(draft.employeeId()));
    user.getGroups().addAll(groups);
    user.setSsoMode(identityProvider.defaultMode());
    String generated = draft.password() == null ? PasswordHashing.randomPassword() : null;
    user.setPasswordHash(
        passwords.hash(generated == null ? draft.password() : generated), generated != null);
    em.persist(user);
    return new CreatedUser(user, generated);
  }

  /**
   * Renames, regroups, (de)activates an account or changes how it signs in: only one no stronger
   * than the caller, with groups whose rights the caller holds, never so that a right is left
   * without an active holder, and never so that no account manager can sign in with a password.
   * Deactivation revokes the account's device passwords for good, so that reactivating it revives
   * none of them, and ends all its web sessions at once.
   */
  @Requires(value = USER_MANAGE, effect = WRITE)
  public UserAccount update(long id, Long expectedVersion, UserChange change) {
    Grant grant = caller.grant();
    RightHolders before = RightHolders.lockAndLoad(em);
    UserAccount user = find(id);
    user.checkVersion(expectedVersion);
    policy.canEdit(grant, user).orThrow("change an account with rights you do not hold");
    Violations.of(change)
        .check(change.name() == null || !change.name().isBlank(), "name", "name must not be blank")
        .throwIfAny();
    RightHolders after = before;
    Set<UserGroup> groups = new HashSet<>(user.getGroups());
    if (change.groups() != null) {
      groups = new HashSet<>(groups(change.groups()));
      Set<UserGroup> added = new HashSet<>(groups);
      added.removeAll(user.getGroups());
      policy.canAssignGroups(grant, permissionsOf(added)).orThrow("grant rights you do not hold");
    }
    boolean active = change.active() == null ? user.isActive() : change.active();
    after =
        active
            ? after.withUserGroups(
                id, groups.stream().map(UserGroup::getId).collect(Collectors.toSet()))
            : after.withoutUser(id);
    RightHolders.requireStillHeld(before, after);
    Set<Long> retiredBefore = RightHolders.passwordRetired(em);
    Set<Long> retiredAfter = new HashSet<>(retiredBefore);
    if (change.sso() == SsoMode.ENFORCED) {
      retiredAfter.add(id);
    } else if (change.sso() != null) {
      retiredAfter.remove(id);
    }
    RightHolders.requirePasswordAdministrator(before, retiredBefore, after, retiredAfter);
    if (change.sso() != null && change.sso() != user.getSsoMode()) {
      trail.note(
          "sign-in mode "
              + user.getSsoMode().name().toLowerCase(Locale.ROOT)
              + " → "
              + change.sso().name().toLowerCase(Locale.ROOT));
      user.setSsoMode(change.sso());
    }
    if (change.name() != null) {
      user.setDisplayName(change.name().trim());
    }
    user.getGroups().retainAll(groups);
    user.getGroups().addAll(groups);
    if (user.isActive() && !active) {
      DevicePassword.revokeAll(em, id, clock.instant());
      // In the same transaction: the account's web sessions end on every node with it.
      sessions.endAll(id);
    }
    user.setActive(active);
    return user;
  }

  /**
   * Changes the caller's own personal password, after proving they know the current one, and
   * optionally revokes all their device passwords in the same transaction (whoever knew the old
   * password may have created some). Answers how many device passwords were revoked.
   */
  @Authenticated(effect = WRITE)
  public int changeOwnPassword(
      String currentPassword, String newPassword, boolean revokeDevicePasswords) {
    Grant grant = caller.grant();
    credentials
        .canChangePersonalPassword(grant)
        .orThrow("change the personal password with a token; use the web interface");
    UserAccount user = find(grant.id());
    if (currentPassword == null || !passwords.verify(currentPassword, user.getPasswordHash())) {
      throw new Invalid("currentPassword", "The current password is wrong.");
    }
    String weakness = PasswordRules.weakness(newPassword, user.isTotpEnabled());
    if (weakness != null) {
      throw new Invalid("newPassword", weakness);
    }
    if (newPassword.equals(currentPassword)) {
      throw new Invalid("newPassword", "The new password must differ from the current one.");
    }
    user.setPasswordHash(passwords.hash(newPassword), false);
    return revokeDevicePasswords ? devicePasswords.revokeAllOwn() : 0;
  }

  /** Whether the caller still has to replace an initial password before doing anything else. */
  @Authenticated(effect = READ)
  public boolean mustChangePassword() {
    Grant grant = caller.grant();
    return grant.kind() == Grant.Kind.USER && find(grant.id()).isMustChangePassword();
  }

  private Optional<UserAccount> findByEmail(String email) {
    if (email == null || email.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery("select u from UserAccount u where u.email = :email", UserAccount.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  private List<UserGroup> groups(Set<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    List<UserGroup> groups =
        em.createQuery("select g from UserGroup g where g.id in :ids", UserGroup.class)
            .setParameter("ids", ids)
            .getResultList();
    if (groups.size() != ids.size()) {
      throw new Invalid("groups", "Some of the user groups do not exist.");
    }
    return groups;
  }

  private Employee unlinkedEmployee(Long employeeId) {
    if (employeeId == null) {
      return null;
    }
    Employee employee =
        Invalid.ifNotFound(
            "employeeId", () -> NotFound.ifNull(em.find(Employee.class, employeeId), "employee"));
    boolean linked =
        !em.createQuery("select u.id from UserAccount u where u.employee = :e", Long.class)
            .setParameter("e", employee)
            .getResultList()
            .isEmpty();
    if (linked) {
      throw new Conflict("Another account already belongs to " + employee.getFullName() + ".");
    }
    return employee;
  }

  private static Set<Permission> permissionsOf(Iterable<UserGroup> groups) {
    Set<Permission> all = EnumSet.noneOf(Permission.class);
    groups.forEach(g -> all.addAll(g.getPermissions()));
    return all;
  }

  private UserAccount find(long id) {
    return NotFound.ifNull(em.find(UserAccount.class, id), "user");
  }
}
