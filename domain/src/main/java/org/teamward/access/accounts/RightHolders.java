package org.teamward.access.accounts;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.teamward.access.rights.Permission;
import org.teamward.failure.Conflict;

/**
 * Who holds which right, so that no change leaves a permission of the catalogue without an active
 * holder: a right nobody holds can never be granted again from inside (only rights one holds may be
 * granted), and the installation would need a database edit.
 *
 * <p>A snapshot of active members and group permissions; each change returns a new snapshot, and
 * {@link #requireStillHeld} compares before and after. Pure apart from {@link #lockAndLoad}, so the
 * rule is tested without a database.
 *
 * @param members active users and the ids of their groups
 * @param groups group ids and their permissions
 */
public record RightHolders(Map<Long, Set<Long>> members, Map<Long, Set<Permission>> groups) {

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
   * Locks the guard row until the transaction ends: whoever holds it may change who holds which
   * right (or prepare an empty database, or record the server secrets' fingerprints) while everyone
   * else waits.
   */
  public static void lock(EntityManager em) {
    em.createNativeQuery("SELECT id FROM rights_guard WHERE id = 1 FOR UPDATE").getResultList();
  }

  /**
   * Locks the guard row, then reads the current holders. Every change that can take a right from
   * someone calls this first, in its own transaction, so that such changes run one after another on
   * all nodes and each judges the state the previous one committed. Plain columns rather than
   * entities, so that nothing comes from a persistence context loaded before the lock.
   */
  public static RightHolders lockAndLoad(EntityManager em) {
    lock(em);
    Map<Long, Set<Long>> members = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select u.id, g.id from UserAccount u join u.groups g where u.active = true",
                Object[].class)
            .getResultList()) {
      members.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
    }
    Map<Long, Set<Permission>> groups = new HashMap<>();
    for (Object[] row :
        em.createQuery("select g.id, p from UserGroup g join g.permissions p", Object[].class)
            .getResultList()) {
      groups
          .computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(Permission.class))
          .add((Permission) row[1]);
    }
    return new RightHolders(members, groups);
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

  /** The permissions of the catalogue that no active user holds. */
  public Set<Permission> orphaned() {
    Set<Permission> orphaned = EnumSet.noneOf(Permission.class);
    for (Permission right : Permission.values()) {
      if (holding(right) == 0) {
        orphaned.add(right);
      }
    }
    return orphaned;
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
   * Refuses a change that would leave a right without any active holder. A right nobody held before
   * does not block unrelated changes.
   */
  public static void requireStillHeld(RightHolders before, RightHolders after) {
    for (Permission right : Permission.values()) {
      if (before.holding(right) > 0 && after.holding(right) == 0) {
        throw new Conflict(
            "This change would leave no active user with the permission "
                + right
                + ", and nobody could grant it again. Give it to another active user first.");
      }
    }
  }

  /** The accounts whose password is retired ({@link SsoMode#ENFORCED}). */
  public static Set<Long> passwordRetired(EntityManager em) {
    return new HashSet<>(
        em.createQuery("select u.id from UserAccount u where u.ssoMode = :mode", Long.class)
            .setParameter("mode", SsoMode.ENFORCED)
            .getResultList());
  }

  /** How many active users hold {@code permission} and may still sign in with a password. */
  public long holdingWithPassword(Permission permission, Set<Long> passwordRetired) {
    return members.entrySet().stream()
        .filter(e -> !passwordRetired.contains(e.getKey()))
        .filter(
            e ->
                e.getValue().stream()
                    .anyMatch(id -> groups.getOrDefault(id, Set.of()).contains(permission)))
        .count();
  }

  /**
   * Refuses a change after which no active account managing accounts could sign in with its
   * password: when the identity provider is down or its settings are wrong, such an account is the
   * way back in (and break-glass the last). An installation that had none before is not blocked.
   */
  public static void requirePasswordAdministrator(
      RightHolders before, Set<Long> retiredBefore, RightHolders after, Set<Long> retiredAfter) {
    if (before.holdingWithPassword(Permission.USER_MANAGE, retiredBefore) > 0
        && after.holdingWithPassword(Permission.USER_MANAGE, retiredAfter) == 0) {
      throw new Conflict(
          "This change would leave no active user with the permission USER_MANAGE who can sign in"
              + " with a password, and an outage of the identity provider would lock everyone"
              + " out. Keep another such administrator on \"allowed\" or \"disabled\" first.");
    }
  }

  private static <K, V> Map<K, Set<V>> copy(Map<K, Set<V>> map) {
    return map.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
  }
}
