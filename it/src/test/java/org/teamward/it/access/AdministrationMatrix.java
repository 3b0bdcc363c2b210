package org.teamward.it.access;

import static org.teamward.it.access.AccountActions.deactivate;
import static org.teamward.it.access.AccountActions.putInto;
import static org.teamward.it.access.AccountActions.renameAccount;
import static org.teamward.it.access.AccountActions.setSso;
import static org.teamward.it.access.GroupActions.deleteGroup;
import static org.teamward.it.access.GroupActions.renameGroup;
import static org.teamward.it.access.GroupActions.switchPermission;
import static org.teamward.it.access.GroupActions.weakGroup;

import java.util.List;
import java.util.Set;
import org.teamward.it.support.Api;

/**
 * The cells of the administration matrix: who × which target × which action → the expected result.
 * The group manager holds USER_GROUP_MANAGE with PROJECT_VIEW and TIME_BOOK_OWN; HR holds
 * USER_MANAGE with EMPLOYEE_VIEW, ABSENCE_MANAGE and PROJECT_VIEW; the administrator holds every
 * permission, AUDIT_VIEW only through the Administrators group, like the demo administrator.
 */
final class AdministrationMatrix {

  enum Result {
    DONE,
    REFUSED,
    CONFLICT
  }

  /** Who acts: a device for the API and a sign-in for the web. */
  record Who(String name, Api.Device device, String email, String password) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** One cell of the matrix. */
  record Case(Who who, String target, String action, Result expected, AdminAction change) {
    @Override
    public String toString() {
      return who + " · " + target + " · " + action + " → " + expected;
    }
  }

  static final Set<String> GROUP_MANAGER =
      Set.of("USER_GROUP_MANAGE", "PROJECT_VIEW", "TIME_BOOK_OWN");
  static final Set<String> HR =
      Set.of("USER_MANAGE", "EMPLOYEE_VIEW", "ABSENCE_MANAGE", "PROJECT_VIEW");

  private static final String WEAKER_GROUP = "a weaker group";
  private static final String ADMINS = GroupActions.ADMINISTRATORS;
  private static final String WEAKER_ACCOUNT = "a weaker account";
  private static final String ADMIN_ACCOUNT = "the administrator's account";

  private AdministrationMatrix() {}

  static List<Case> cases(Who manager, Who hr, Who admin) {
    Set<String> weak = Set.of("PROJECT_VIEW");
    Set<String> withUnheld = Set.of("PROJECT_VIEW", "EMPLOYEE_VIEW");
    Set<String> withHeld = Set.of("PROJECT_VIEW", "TIME_BOOK_OWN");
    return List.of(
        // user groups
        new Case(
            manager,
            WEAKER_GROUP,
            "add a held right",
            Result.DONE,
            switchPermission(() -> weakGroup(weak), "TIME_BOOK_OWN", true)),
        new Case(
            manager,
            WEAKER_GROUP,
            "remove a right not held",
            Result.REFUSED,
            switchPermission(() -> weakGroup(withUnheld), "EMPLOYEE_VIEW", false)),
        new Case(
            manager,
            WEAKER_GROUP,
            "remove a held right",
            Result.DONE,
            switchPermission(() -> weakGroup(withHeld), "TIME_BOOK_OWN", false)),
        new Case(
            manager, WEAKER_GROUP, "delete group", Result.DONE, deleteGroup(() -> weakGroup(weak))),
        new Case(
            manager,
            "a group with a right not held",
            "delete group",
            Result.REFUSED,
            deleteGroup(() -> weakGroup(withUnheld))),
        new Case(
            manager,
            ADMINS,
            "remove a right not held",
            Result.REFUSED,
            switchPermission(GroupActions::administrators, "AUDIT_VIEW", false)),
        new Case(
            manager,
            ADMINS,
            "remove a held right",
            Result.DONE,
            switchPermission(GroupActions::administrators, "TIME_BOOK_OWN", false)),
        new Case(
            manager,
            ADMINS,
            "delete group",
            Result.REFUSED,
            deleteGroup(GroupActions::administrators)),
        new Case(manager, ADMINS, "rename", Result.DONE, renameGroup(GroupActions::administrators)),
        new Case(
            hr,
            WEAKER_GROUP,
            "add a held right",
            Result.REFUSED,
            switchPermission(() -> weakGroup(weak), "EMPLOYEE_VIEW", true)),
        new Case(hr, WEAKER_GROUP, "rename", Result.REFUSED, renameGroup(() -> weakGroup(weak))),
        new Case(
            hr, ADMINS, "delete group", Result.REFUSED, deleteGroup(GroupActions::administrators)),
        new Case(
            admin,
            ADMINS,
            "remove a right only its members hold",
            Result.CONFLICT,
            switchPermission(GroupActions::administrators, "AUDIT_VIEW", false)),
        new Case(
            admin,
            ADMINS,
            "delete group",
            Result.CONFLICT,
            deleteGroup(GroupActions::administrators)),
        new Case(
            admin,
            WEAKER_GROUP,
            "remove a held right",
            Result.DONE,
            switchPermission(() -> weakGroup(withUnheld), "EMPLOYEE_VIEW", false)),
        // accounts
        new Case(
            hr,
            WEAKER_ACCOUNT,
            "change groups (to one whose rights HR holds)",
            Result.DONE,
            putInto(AccountActions::weakAccount, Set.of("EMPLOYEE_VIEW"))),
        new Case(
            hr,
            WEAKER_ACCOUNT,
            "change groups (to Administrators)",
            Result.REFUSED,
            putInto(AccountActions::weakAccount, null)),
        new Case(
            hr, WEAKER_ACCOUNT, "deactivate", Result.DONE, deactivate(AccountActions::weakAccount)),
        new Case(
            hr, WEAKER_ACCOUNT, "rename", Result.DONE, renameAccount(AccountActions::weakAccount)),
        new Case(
            hr,
            ADMIN_ACCOUNT,
            "change groups",
            Result.REFUSED,
            putInto(AccountActions::adminAccount, Set.of("EMPLOYEE_VIEW"))),
        new Case(
            hr,
            ADMIN_ACCOUNT,
            "deactivate",
            Result.REFUSED,
            deactivate(AccountActions::adminAccount)),
        new Case(
            hr,
            ADMIN_ACCOUNT,
            "rename",
            Result.REFUSED,
            renameAccount(AccountActions::adminAccount)),
        new Case(
            hr,
            WEAKER_ACCOUNT,
            "enforce the company sign-in",
            Result.DONE,
            setSso(AccountActions::weakAccount, "enforced")),
        new Case(
            hr,
            ADMIN_ACCOUNT,
            "enforce the company sign-in",
            Result.REFUSED,
            setSso(AccountActions::adminAccount, "enforced")),
        new Case(
            manager,
            WEAKER_ACCOUNT,
            "enforce the company sign-in",
            Result.REFUSED,
            setSso(AccountActions::weakAccount, "enforced")),
        new Case(
            manager,
            WEAKER_ACCOUNT,
            "deactivate",
            Result.REFUSED,
            deactivate(AccountActions::weakAccount)),
        new Case(
            admin,
            WEAKER_ACCOUNT,
            "change groups (to Administrators)",
            Result.DONE,
            putInto(AccountActions::weakAccount, null)));
  }
}
