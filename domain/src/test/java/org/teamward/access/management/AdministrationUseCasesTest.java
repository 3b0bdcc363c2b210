package org.teamward.access.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.PROJECT_VIEW;
import static org.teamward.access.rights.Permission.TIME_BOOK_OWN;
import static org.teamward.access.rights.Permission.USER_GROUP_MANAGE;
import static org.teamward.access.rights.Permission.USER_MANAGE;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.AccountParts;
import org.teamward.access.accounts.CreatedUser;
import org.teamward.access.accounts.NewUser;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserChange;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.accounts.UserGroupDraft;
import org.teamward.access.accounts.UserGroups;
import org.teamward.access.accounts.UserPolicy;
import org.teamward.access.credentials.CredentialPolicy;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestCaller;
import org.teamward.access.secrets.PasswordHashing;
import org.teamward.access.secrets.PasswordRules;
import org.teamward.access.signin.SignInParts;
import org.teamward.failure.Conflict;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.paging.PageRequest;
import org.teamward.persistence.TestDatabase;

/** Accounts and groups end to end: the last-holder query and the only-what-you-hold rule. */
class AdministrationUseCasesTest {

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final Users users = new Users();
  private UserGroups groups;
  private UserGroup admins;
  private UserGroup staff;
  private UserAccount admin;

  @BeforeEach
  void setUp() {
    users.em = db.em();
    users.caller = caller;
    users.policy = new UserPolicy();
    users.passwords = new PlainPasswords();
    users.credentials = new CredentialPolicy();
    users.sessions = SignInParts.sessions(db.em(), java.time.Clock.systemUTC());
    groups = AccountParts.userGroups(db.em(), caller);
    caller.actAs(TestCaller.person(null, Permission.values()));
    admins =
        db.inTransaction(
            () ->
                groups.create(new UserGroupDraft("Admins", null, EnumSet.allOf(Permission.class))));
    staff =
        db.inTransaction(
            () -> groups.create(new UserGroupDraft("Staff", "", Set.of(TIME_BOOK_OWN))));
    admin =
        db.inTransaction(
                () ->
                    users.create(
                        new NewUser(
                            " Admin@Example.com ", "Admin", null, Set.of(admins.getId()), null)))
            .user();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void createsWithANormalisedAddressAndAOneTimePassword() {
    CreatedUser created =
        db.inTransaction(
            () ->
                users.create(
                    new NewUser("ann@example.com", "Ann", null, Set.of(staff.getId()), null)));
    assertThat(created.initialPassword()).hasSizeGreaterThanOrEqualTo(PasswordRules.MIN_LENGTH);
    assertThat(created.user().isMustChangePassword()).isTrue();
    assertThat(users.get(admin.getId()).getEmail()).isEqualTo("admin@example.com");
    assertThatThrownBy(
            () -> users.create(new NewUser("ANN@example.com", "Ann 2", null, Set.of(), null)))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> users.create(new NewUser("nope", "", null, Set.of(), "short")))
        .isInstanceOfSatisfying(
            Invalid.class,
            e ->
                assertThat(e.violations())
                    .extracting(Invalid.Violation::field)
                    .containsExactly("email", "name", "password"));
  }

  @Test
  void theLastAdministratorCannotBeLockedOut() {
    assertThatThrownBy(() -> users.update(admin.getId(), null, new UserChange(null, null, false)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("no active user");
    assertThatThrownBy(
            () ->
                users.update(
                    admin.getId(), null, new UserChange(null, Set.of(staff.getId()), null)))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(
            () ->
                groups.update(
                    admins.getId(), null, new UserGroupDraft("Admins", null, Set.of(USER_MANAGE))))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> groups.delete(admins.getId(), null)).isInstanceOf(Conflict.class);

    // with a second administrator the first may go
    db.inTransaction(
        () ->
            users.create(
                new NewUser("second@example.com", "Second", null, Set.of(admins.getId()), null)));
    db.inTransaction(() -> users.update(admin.getId(), null, new UserChange(null, null, false)));
    assertThat(users.get(admin.getId()).isActive()).isFalse();
    db.inTransaction(() -> groups.delete(staff.getId(), null));
    assertThat(groups.list(PageRequest.first(10)).total()).isEqualTo(1);
  }

  @Test
  void deactivationEndsAllWebSessionsOfTheAccountInTheSameTransaction() {
    UserAccount ann =
        db.inTransaction(
                () ->
                    users.create(
                        new NewUser("ann@example.com", "Ann", null, Set.of(staff.getId()), null)))
            .user();
    String laptop = db.inTransaction(() -> users.sessions.open(ann.getId(), "192.0.2.1", "A"));
    String phone = db.inTransaction(() -> users.sessions.open(ann.getId(), "192.0.2.2", "B"));
    String admins = db.inTransaction(() -> users.sessions.open(admin.getId(), "192.0.2.3", "C"));

    db.inTransaction(() -> users.update(ann.getId(), null, new UserChange(null, null, false)));

    assertThat(db.<Boolean>inTransaction(() -> users.sessions.touch(laptop, ann.getId())))
        .isFalse();
    assertThat(db.<Boolean>inTransaction(() -> users.sessions.touch(phone, ann.getId()))).isFalse();
    assertThat(db.<Boolean>inTransaction(() -> users.sessions.touch(admins, admin.getId())))
        .as("only that account's sessions end")
        .isTrue();
  }

  @Test
  void nobodyGrantsRightsTheyDoNotHold() {
    caller.actAs(TestCaller.person(null, USER_MANAGE, USER_GROUP_MANAGE, PROJECT_VIEW));
    assertThatThrownBy(
            () ->
                groups.create(
                    new UserGroupDraft("Bookers", null, Set.of(PROJECT_VIEW, TIME_BOOK_OWN))))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () ->
                users.create(new NewUser("x@example.com", "X", null, Set.of(staff.getId()), null)))
        .isInstanceOf(Forbidden.class);
    // removing a right one lacks is refused just like adding it
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        groups.update(
                            staff.getId(), null, new UserGroupDraft("Staff", null, Set.of()))))
        .isInstanceOf(Forbidden.class)
        .hasMessageContaining("add or remove rights you do not hold");
    // while renaming keeps them, which is fine
    UserGroup renamed =
        db.inTransaction(
            () ->
                groups.update(
                    staff.getId(),
                    null,
                    new UserGroupDraft("Staff members", null, Set.of(TIME_BOOK_OWN))));
    assertThat(renamed.getName()).isEqualTo("Staff members");
    assertThat(renamed.getPermissions()).containsExactly(TIME_BOOK_OWN);
  }

  @Test
  void peopleChangeTheirOwnPasswordKnowingTheCurrentOne() {
    CreatedUser ann =
        db.inTransaction(
            () ->
                users.create(
                    new NewUser(
                        "ann@example.com", "Ann", null, Set.of(), "the-first-long-password")));
    caller.actAs(
        new Grant(
            Grant.Kind.USER,
            ann.user().getId(),
            "Ann",
            Set.of(),
            null,
            EmployeeScope.ALL,
            Grant.Credential.WEB_SESSION,
            null));
    assertThat(users.me().id()).isEqualTo(ann.user().getId());
    assertThatThrownBy(
            () -> users.changeOwnPassword("wrong-password", "a-second-long-password", false))
        .isInstanceOfSatisfying(
            Invalid.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("currentPassword"));
    assertThatThrownBy(() -> users.changeOwnPassword("the-first-long-password", "short", false))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("newPassword"));
    db.inTransaction(
        () -> users.changeOwnPassword("the-first-long-password", "a-second-long-password", false));
    assertThat(db.em().find(UserAccount.class, ann.user().getId()).getPasswordHash())
        .isEqualTo("plain:a-second-long-password");

    caller.actAs(TestCaller.terminal(db, Set.of(), Permission.PROJECT_VIEW));
    assertThatThrownBy(() -> users.changeOwnPassword("a", "a-second-long-password", false))
        .isInstanceOf(Forbidden.class);
  }

  /** Fast stand-in: the slow PBKDF2 hash belongs to the container. */
  static class PlainPasswords extends PasswordHashing {
    @Override
    public String hash(String password) {
      return "plain:" + password;
    }

    @Override
    public boolean verify(String password, String hash) {
      return ("plain:" + password).equals(hash);
    }
  }
}
