package org.teamward.access.accounts;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.USER_GROUP_MANAGE;
import static org.teamward.access.rights.Permission.USER_MANAGE;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Set;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.employee.DepartmentNames;
import org.teamward.failure.Conflict;
import org.teamward.failure.NotFound;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;

/**
 * The user group use cases. A group's permissions reach all its members at their next request.
 * Adding and removing permissions are limited to those the administrator holds ({@link
 * UserGroupPolicy}), and no change may leave a permission without an active holder ({@link
 * RightHolders}); changes that take rights away are serialised on the guard row.
 */
@UseCases
public class UserGroups {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject UserGroupPolicy policy;

  @Requires(
      value = {USER_GROUP_MANAGE, USER_MANAGE},
      effect = READ)
  public Page<UserGroup> list(PageRequest page) {
    policy.canView(caller.grant()).orThrow("see user groups");
    return new QueryFilter().page(em, UserGroup.class, "g", "UserGroup g", "g.name, g.id", page);
  }

  @Requires(
      value = {USER_GROUP_MANAGE, USER_MANAGE},
      effect = READ)
  public UserGroup get(long id) {
    policy.canView(caller.grant()).orThrow("see user groups");
    return find(id);
  }

  @Requires(value = USER_GROUP_MANAGE, effect = WRITE)
  public UserGroup create(UserGroupDraft draft) {
    draft.validate();
    DepartmentNames.requireKnown(em, "departments", draft.departments(), Set.of());
    policy
        .canChangePermissions(caller.grant(), Set.of(), draft.permissions())
        .orThrow("grant rights you do not hold");
    requireUniqueName(draft.name(), null);
    UserGroup group = new UserGroup();
    apply(group, draft);
    em.persist(group);
    return group;
  }

  @Requires(value = USER_GROUP_MANAGE, effect = WRITE)
  public UserGroup update(long id, Long expectedVersion, UserGroupDraft draft) {
    RightHolders before = RightHolders.lockAndLoad(em);
    UserGroup group = find(id);
    group.checkVersion(expectedVersion);
    draft.validate();
    DepartmentNames.requireKnown(em, "departments", draft.departments(), group.getDepartments());
    // Widening or narrowing whom a group reaches changes what every one of its rights means.
    boolean rescoped =
        group.getScope() != draft.scope() || !group.getDepartments().equals(draft.departments());
    policy
        .canChangePermissions(
            caller.grant(), rescoped ? Set.of() : group.getPermissions(), draft.permissions())
        .orThrow("add or remove rights you do not hold");
    if (rescoped) {
      policy
          .canChangePermissions(caller.grant(), group.getPermissions(), Set.of())
          .orThrow("change the reach of rights you do not hold");
    }
    RightHolders.requireStillHeld(before, before.withGroupPermissions(id, draft.permissions()));
    Set<Long> retired = RightHolders.passwordRetired(em);
    RightHolders.requirePasswordAdministrator(
        before, retired, before.withGroupPermissions(id, draft.permissions()), retired);
    requireUniqueName(draft.name(), id);
    apply(group, draft);
    return group;
  }

  @Requires(value = USER_GROUP_MANAGE, effect = WRITE)
  public void delete(long id, Long expectedVersion) {
    RightHolders before = RightHolders.lockAndLoad(em);
    UserGroup group = find(id);
    group.checkVersion(expectedVersion);
    policy.canDelete(caller.grant(), group).orThrow("delete a group with rights you do not hold");
    RightHolders.requireStillHeld(before, before.withoutGroup(id));
    Set<Long> retired = RightHolders.passwordRetired(em);
    RightHolders.requirePasswordAdministrator(before, retired, before.withoutGroup(id), retired);
    // the accounts own the membership; without this they would keep a deleted group in memory
    group.getMembers().forEach(member -> member.getGroups().remove(group));
    em.remove(group);
  }

  private void requireUniqueName(String name, Long exceptId) {
    boolean taken =
        !em.createQuery(
                "select g.id from UserGroup g where lower(g.name) = :name and g.id <> :id",
                Long.class)
            .setParameter("name", name.trim().toLowerCase(Locale.ROOT))
            .setParameter("id", exceptId == null ? -1L : exceptId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new Conflict("Another user group is already called " + name.trim() + ".");
    }
  }

  private static void apply(UserGroup group, UserGroupDraft draft) {
    group.setName(draft.name().trim());
    group.setDescription(
        draft.description() == null || draft.description().isBlank()
            ? null
            : draft.description().trim());
    group.setPermissions(draft.permissions());
    group.setScope(draft.scope());
    group.setDepartments(draft.departments());
  }

  private UserGroup find(long id) {
    return NotFound.ifNull(em.find(UserGroup.class, id), "user group");
  }
}
