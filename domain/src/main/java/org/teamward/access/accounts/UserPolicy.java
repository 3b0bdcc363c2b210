package org.teamward.access.accounts;

import static org.teamward.access.rights.Permission.USER_MANAGE;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;

/**
 * Who may manage accounts. An administrator can hand out only rights they hold, and may act only on
 * accounts no stronger than themselves: changing the groups, status, name or e-mail of an account
 * whose rights are not a subset of one's own would let a user manager demote, deactivate or take
 * over an administrator.
 */
@ApplicationScoped
public class UserPolicy {

  /** Listing, reading and creating accounts. */
  public Decision canManage(Grant grant) {
    return Decision.allowIf(grant.has(USER_MANAGE));
  }

  /**
   * Changing an account at all (groups, status, name, e-mail): only one whose rights the caller
   * holds every one of. Its rights count as held while it is inactive, so reactivating a stronger
   * account is refused as well.
   *
   * @param targetRights the rights of the account's groups, whether it is active or not
   */
  public Decision canEdit(Grant grant, Set<Permission> targetRights) {
    return Decision.allowIf(
        grant.has(USER_MANAGE) && grant.permissions().containsAll(targetRights));
  }

  /** As {@link #canEdit(Grant, Set)}, for an account. */
  public Decision canEdit(Grant grant, UserAccount target) {
    return canEdit(grant, target.groupPermissions());
  }

  /**
   * Adding a user to groups.
   *
   * @param granted the union of the permissions of the groups being added
   */
  public Decision canAssignGroups(Grant grant, Set<Permission> granted) {
    return Decision.allowIf(grant.has(USER_MANAGE) && grant.permissions().containsAll(granted));
  }
}
