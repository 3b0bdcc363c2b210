package org.teamward.access;

import static org.teamward.access.Permission.USER_MANAGE;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Who may manage accounts. An administrator can hand out only rights they hold themselves, so a
 * user manager cannot make anyone (themselves included, through another account) more powerful.
 */
@ApplicationScoped
public class UserPolicy {

  /** Listing, reading, creating, editing and deactivating accounts. */
  public Decision canManage(Grant grant) {
    return Decision.allowIf(grant.has(USER_MANAGE));
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
