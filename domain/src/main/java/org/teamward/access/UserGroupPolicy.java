package org.teamward.access;

import static org.teamward.access.Permission.USER_GROUP_MANAGE;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Who may manage user groups. Adding a permission to a group grants it to every member, so it
 * follows the same rule as assigning groups: only rights the administrator holds.
 */
@ApplicationScoped
public class UserGroupPolicy {

  /** Reading groups: also for user managers, who assign them. */
  public Decision canView(Grant grant) {
    return Decision.allowIf(grant.hasAny(USER_GROUP_MANAGE, Permission.USER_MANAGE));
  }

  /** Creating, renaming and deleting groups. */
  public Decision canManage(Grant grant) {
    return Decision.allowIf(grant.has(USER_GROUP_MANAGE));
  }

  /**
   * Giving a group more permissions (or creating one with them).
   *
   * @param added the permissions the group does not have yet
   */
  public Decision canAddPermissions(Grant grant, Set<Permission> added) {
    return Decision.allowIf(grant.has(USER_GROUP_MANAGE) && grant.permissions().containsAll(added));
  }
}
