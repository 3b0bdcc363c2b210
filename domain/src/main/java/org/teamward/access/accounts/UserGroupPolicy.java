package org.teamward.access.accounts;

import static org.teamward.access.rights.Permission.USER_GROUP_MANAGE;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;

/**
 * Who may manage user groups. Changing a group's permissions changes every member's rights, so it
 * is symmetric: an administrator may add <em>or remove</em> only permissions they hold, and may
 * delete only a group whose permissions they all hold. Otherwise a holder of a lesser right could
 * strip rights they could never give back.
 */
@ApplicationScoped
public class UserGroupPolicy {

  /** Reading groups: also for user managers, who assign them. */
  public Decision canView(Grant grant) {
    return Decision.allowIf(grant.hasAny(USER_GROUP_MANAGE, Permission.USER_MANAGE));
  }

  /** Creating groups and renaming them. */
  public Decision canManage(Grant grant) {
    return Decision.allowIf(grant.has(USER_GROUP_MANAGE));
  }

  /** Whether the caller may switch {@code permission} on or off in any group. */
  public Decision canChangePermission(Grant grant, Permission permission) {
    return Decision.allowIf(grant.has(USER_GROUP_MANAGE) && grant.has(permission));
  }

  /** Changing a group's permissions from {@code before} to {@code after} (empty for a new one). */
  public Decision canChangePermissions(Grant grant, Set<Permission> before, Set<Permission> after) {
    return Decision.allowIf(
        grant.has(USER_GROUP_MANAGE) && grant.permissions().containsAll(changed(before, after)));
  }

  /** Deleting a group takes all its permissions from its members. */
  public Decision canDelete(Grant grant, UserGroup group) {
    return canChangePermissions(grant, group.getPermissions(), Set.of());
  }

  /** The permissions added or removed: the symmetric difference. */
  public static Set<Permission> changed(Set<Permission> before, Set<Permission> after) {
    Set<Permission> added = EnumSet.noneOf(Permission.class);
    added.addAll(after);
    added.removeAll(before);
    Set<Permission> removed = EnumSet.noneOf(Permission.class);
    removed.addAll(before);
    removed.removeAll(after);
    added.addAll(removed);
    return added;
  }
}
