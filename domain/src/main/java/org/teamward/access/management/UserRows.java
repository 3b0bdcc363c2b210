package org.teamward.access.management;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.teamward.access.accounts.UserFilter;
import org.teamward.access.rights.Permission;
import org.teamward.paging.Columns;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;

/**
 * Reads the account list in SQL for {@link Users#list}: one query for the page and its employees'
 * names, and one more for the groups of the page's accounts, by their ids, which the page already
 * chose (a join would repeat each account once per group and break the page's limit).
 */
final class UserRows {

  private UserRows() {}

  /**
   * @param mayEdit the policy's decision for an account with these rights of its groups
   */
  static Page<UserRow> read(
      EntityManager em, UserFilter filter, PageRequest page, Predicate<Set<Permission>> mayEdit) {
    Page<Object[]> found =
        new QueryFilter()
            .matching(filter.text(), "u.email", "u.display_name")
            .and("u.active = :active", "active", filter.active())
            .rows(
                em,
                UserRow.COLUMNS,
                "user_account u",
                "left join employee e on e.id = u.employee_id",
                "u.id",
                "u.email, u.id",
                page,
                columns -> columns);
    Map<Long, UserRow.Groups> groups =
        groupsOf(em, found.items().stream().map(c -> Columns.id(c[0])).toList());
    return found.map(
        c -> {
          UserRow.Groups of = groups.getOrDefault(Columns.id(c[0]), UserRow.Groups.NONE);
          return UserRow.ofColumns(c, of, mayEdit.test(of.permissions()));
        });
  }

  private static Map<Long, UserRow.Groups> groupsOf(EntityManager em, List<Long> userIds) {
    Map<Long, UserRow.Groups> groups = new HashMap<>();
    if (userIds.isEmpty()) {
      return groups;
    }
    // by account: each group's name by its id, and the union of the groups' rights
    Map<Long, TreeMap<Long, String>> names = new HashMap<>();
    Map<Long, Set<Permission>> rights = new HashMap<>();
    new QueryFilter()
        .and("m.user_id in :users", "users", userIds)
        .all(
            em,
            "m.user_id, g.id, g.name, p.permission",
            "user_group_member m join user_group g on g.id = m.group_id"
                + " left join user_group_permission p on p.group_id = g.id",
            "m.user_id, g.id")
        .forEach(
            c -> {
              Long user = Columns.id(c[0]);
              names
                  .computeIfAbsent(user, id -> new TreeMap<>())
                  .put(Columns.id(c[1]), (String) c[2]);
              Set<Permission> held =
                  rights.computeIfAbsent(user, id -> EnumSet.noneOf(Permission.class));
              if (c[3] != null) {
                held.add(Permission.valueOf((String) c[3]));
              }
            });
    names.forEach(
        (user, byId) -> {
          List<String> sorted = new ArrayList<>(byId.values());
          sorted.sort(Comparator.naturalOrder());
          groups.put(
              user, new UserRow.Groups(List.copyOf(byId.keySet()), sorted, rights.get(user)));
        });
    return groups;
  }
}
