package org.teamward.access;

import static org.teamward.access.Permission.USER_GROUP_MANAGE;
import static org.teamward.access.Permission.USER_MANAGE;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.teamward.failure.Conflict;

/**
 * Who holds the rights that manage rights, so that no change locks everyone out: if nobody active
 * held USER_MANAGE or USER_GROUP_MANAGE, nobody could ever repair the installation from inside.
 *
 * <p>A snapshot of active members and group permissions; each change returns a new snapshot, and
 * {@link #requireStillHeld} compares before and after. Pure apart from {@link #current}, so the
 * rule is tested without a database; the services load only the current holders.
 *
 * @param members active users and the ids of their groups
 * @param groups group ids and their permissions
 */
public record RightHolders(Map<Long, Set<Long>> members, Map<Long, Set<Permission>> groups) {

  /** The rights whose last holder is protected. */
  public static final Set<Permission> GUARDED = EnumSet.of(USER_MANAGE, USER_GROUP_MANAGE);

  public RightHolders {
    members = copy(members);
    groups = copy(groups);
  }

  public static RightHolders of(List<UserAccount> activeUsers, List<UserGroup> groups) {
    Map<Long, Set<Long>> members = new HashMap<>();
    Map<Long, Set<Permission>> perms = new HashMap<>();
    for (UserGroup group : groups) {
      perms.put(group.getId(), group.getPermissions());
    }
    for (UserAccount user : activeUsers) {
      if (user.isActive()) {
        members.put(
            user.getId(),
            user.getGroups().stream().map(UserGroup::getId).collect(Collectors.toSet()));
        user.getGroups().forEach(g -> perms.put(g.getId(), g.getPermissions()));
      }
    }
    return new RightHolders(members, perms);
  }

  /**
   * The current holders: active users in a group with a guarded right, with all their groups. Only
   * these can lose the right, so nobody else needs loading.
   */
  public static RightHolders current(EntityManager em) {
    List<UserAccount> holders =
        em.createQuery(
                "select distinct u from UserAccount u join u.groups g join g.permissions p"
                    + " where u.active = true and p in :guarded",
                UserAccount.class)
            .setParameter("guarded", GUARDED)
            .getResultList();
    return of(holders, List.of());
  }

  /** How many active users hold {@code permission}. */
  public long holding(Permission permission) {
    return members.values().stream()
        .filter(
            groupIds ->
                groupIds.stream()
                    .anyMatch(id -> groups.getOrDefault(id, Set.of()).contains(permission)))
        .count();
  }

  public RightHolders withoutUser(long userId) {
    Map<Long, Set<Long>> next = new HashMap<>(members);
    next.remove(userId);
    return new RightHolders(next, groups);
  }

  public RightHolders withUserGroups(long userId, Set<Long> groupIds) {
    Map<Long, Set<Long>> next = new HashMap<>(members);
    next.put(userId, groupIds);
    return new RightHolders(next, groups);
  }

  public RightHolders withGroupPermissions(long groupId, Set<Permission> permissions) {
    Map<Long, Set<Permission>> next = new HashMap<>(groups);
    next.put(groupId, permissions);
    return new RightHolders(members, next);
  }

  public RightHolders withoutGroup(long groupId) {
    Map<Long, Set<Permission>> next = new HashMap<>(groups);
    next.remove(groupId);
    return new RightHolders(members, next);
  }

  /**
   * Refuses a change that would leave a guarded right without any active holder. A right nobody
   * held before does not block unrelated changes.
   */
  public static void requireStillHeld(RightHolders before, RightHolders after) {
    for (Permission right : GUARDED) {
      if (before.holding(right) > 0 && after.holding(right) == 0) {
        throw new Conflict(
            "This change would leave no active user with "
                + right
                + ", and nobody could manage "
                + (right == USER_MANAGE ? "accounts" : "user groups")
                + " any more. Give the right to another active user first.");
      }
    }
  }

  private static <K, V> Map<K, Set<V>> copy(Map<K, Set<V>> map) {
    return map.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
  }
}
