package org.teamward.access;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.teamward.employee.Employee;

/**
 * Builds a caller's {@link Grant} from the current database state: deactivated accounts, revoked
 * device passwords and removed group rights yield no (or fewer) rights at once. Only the credential
 * seam ({@link Authentication}, with {@link ProviderSignIns} for the identity provider) builds it,
 * once per request, from the rows it verified.
 */
public final class Grants {

  private Grants() {}

  /** A person's grant; anonymous once the account is inactive. */
  static Grant forUser(UserAccount user, Grant.Credential credential, Long credentialId) {
    Employee employee = user.getEmployee();
    return forUser(
        new Owner(
            user.getId(),
            user.isActive(),
            user.getDisplayName(),
            employee == null ? null : employee.getId(),
            employee == null ? null : employee.getDepartment()),
        user.getGroups().stream()
            .map(g -> new GroupRights(g.getScope(), g.getPermissions(), g.getDepartments()))
            .toList(),
        credential,
        credentialId);
  }

  /** What a grant needs of an account, read as entities or as one query's columns. */
  record Owner(long id, boolean active, String displayName, Long employeeId, String department) {}

  /** What a grant needs of one of the account's groups. */
  record GroupRights(UserGroup.Scope scope, Set<Permission> permissions, Set<String> departments) {}

  private static Grant forUser(
      Owner owner, Collection<GroupRights> groups, Grant.Credential credential, Long credentialId) {
    if (!owner.active()) {
      return Grant.ANONYMOUS;
    }
    Map<Permission, EmployeeScope> scopes = new EnumMap<>(Permission.class);
    for (GroupRights group : groups) {
      EmployeeScope reach =
          UserGroup.scopeFor(group.scope(), group.departments(), owner.department());
      group.permissions().forEach(p -> scopes.merge(p, reach, EmployeeScope::union));
    }
    EmployeeScope reach = scopes.values().stream().reduce(EmployeeScope.NONE, EmployeeScope::union);
    return new Grant(
        Grant.Kind.USER,
        owner.id(),
        owner.displayName(),
        scopes.isEmpty() ? EnumSet.noneOf(Permission.class) : scopes.keySet(),
        owner.employeeId(),
        reach,
        credential,
        credentialId,
        scopes);
  }

  /**
   * A device password found by its token's digest, with what the seam decides on and its owner's
   * grant.
   *
   * @param lastUseDue whether its last use is older than the threshold given, so due to be moved
   */
  record VerifiedDevice(
      long id,
      String tokenDigest,
      boolean revoked,
      boolean ownerActive,
      boolean lastUseDue,
      Grant grant) {}

  /**
   * The device password with this token digest and its owner's grant, in one query: it runs on
   * every API request, where reading the device, the account, its employee, its groups and each
   * group's permissions and departments as entities took a query each.
   */
  static Optional<VerifiedDevice> deviceByDigest(
      EntityManager em, String digest, Instant lastUseThreshold) {
    List<Object[]> rows =
        rows(
            em.createNativeQuery(
                    "select d.id, d.token_digest,"
                        + " case when d.revoked_at is null then 0 else 1 end,"
                        + " case when d.last_used_at is null or d.last_used_at < ?2"
                        + " then 1 else 0 end, "
                        + OWNER_COLUMNS
                        + " from device_password d join user_account u on u.id = d.user_id"
                        + OWNER_JOINS
                        + " where d.token_digest = ?1")
                .setParameter(1, digest)
                .setParameter(2, lastUseThreshold.atOffset(ZoneOffset.UTC)));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] first = rows.get(0);
    long deviceId = ((Number) first[0]).longValue();
    Owner owner = owner(first, 4);
    return Optional.of(
        new VerifiedDevice(
            deviceId,
            (String) first[1],
            ((Number) first[2]).intValue() == 1,
            owner.active(),
            ((Number) first[3]).intValue() == 1,
            forUser(owner, groups(rows, 4), Grant.Credential.DEVICE_PASSWORD, deviceId)));
  }

  /** A web session's grant, in one query as for a device password; anonymous for no account. */
  static Grant forSession(EntityManager em, long userId) {
    List<Object[]> rows =
        rows(
            em.createNativeQuery(
                    "select "
                        + OWNER_COLUMNS
                        + " from user_account u"
                        + OWNER_JOINS
                        + " where u.id = ?1")
                .setParameter(1, userId));
    return rows.isEmpty()
        ? Grant.ANONYMOUS
        : forUser(owner(rows.get(0), 0), groups(rows, 0), Grant.Credential.WEB_SESSION, null);
  }

  /*
   * An account with its groups as columns, one row per group, permission and department: nine
   * columns, read from the given offset by owner() and groups().
   */
  private static final String OWNER_COLUMNS =
      "u.id, case when u.active then 1 else 0 end, u.display_name, e.id, e.department,"
          + " g.id, g.employee_scope, p.permission, gd.department";

  private static final String OWNER_JOINS =
      " left join employee e on e.id = u.employee_id"
          + " left join user_group_member m on m.user_id = u.id"
          + " left join user_group g on g.id = m.group_id"
          + " left join user_group_permission p on p.group_id = g.id"
          + " left join user_group_department gd on gd.group_id = g.id";

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(jakarta.persistence.Query query) {
    return query.getResultList();
  }

  private static Owner owner(Object[] row, int at) {
    return new Owner(
        ((Number) row[at]).longValue(),
        ((Number) row[at + 1]).intValue() == 1,
        (String) row[at + 2],
        row[at + 3] == null ? null : ((Number) row[at + 3]).longValue(),
        (String) row[at + 4]);
  }

  private static List<GroupRights> groups(List<Object[]> rows, int at) {
    Map<Long, UserGroup.Scope> scopeOf = new HashMap<>();
    Map<Long, Set<Permission>> permissionsOf = new HashMap<>();
    Map<Long, Set<String>> departmentsOf = new HashMap<>();
    for (Object[] row : rows) {
      if (row[at + 5] == null) {
        continue; // an account in no group
      }
      long group = ((Number) row[at + 5]).longValue();
      scopeOf.put(group, UserGroup.Scope.valueOf((String) row[at + 6]));
      Set<Permission> permissions =
          permissionsOf.computeIfAbsent(group, g -> EnumSet.noneOf(Permission.class));
      if (row[at + 7] != null) {
        permissions.add(Permission.valueOf((String) row[at + 7]));
      }
      Set<String> departments = departmentsOf.computeIfAbsent(group, g -> new TreeSet<>());
      if (row[at + 8] != null) {
        departments.add((String) row[at + 8]);
      }
    }
    List<GroupRights> groups = new ArrayList<>();
    scopeOf.forEach(
        (group, scope) ->
            groups.add(new GroupRights(scope, permissionsOf.get(group), departmentsOf.get(group))));
    return groups;
  }

  /**
   * An access authorisation's grant, from its entity: exactly its options, for its scope, never
   * anyone's rights. Anonymous once it is revoked, inactive or expired. A request's grant comes
   * from the one query of {@link #interfaceByDigest} instead; the tests hold that query to this
   * definition. It reads only the ids of chosen employees, as a terminal may serve thousands.
   */
  static Grant forInterface(EntityManager em, AccessAuthorisation authorisation, LocalDate today) {
    EmployeeScope scope =
        authorisation.getScopeKind() == AccessAuthorisation.ScopeKind.EMPLOYEES
            ? EmployeeScope.chosen(
                authorisation.getId(), chosenEmployeeIds(em, authorisation.getId()))
            : authorisation.scope();
    return forInterface(authorisation, scope, today);
  }

  /** An index-only read of the join table: no employee rows, no entities. */
  private static Set<Long> chosenEmployeeIds(EntityManager em, long authorisationId) {
    Set<Long> ids = new HashSet<>();
    for (Object id :
        em.createNativeQuery(
                "select employee_id from access_authorisation_employee where authorisation_id = ?1")
            .setParameter(1, authorisationId)
            .getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }

  private static Grant forInterface(
      AccessAuthorisation authorisation, EmployeeScope scope, LocalDate today) {
    if (!authorisation.isUsable(today)) {
      return Grant.ANONYMOUS;
    }
    Set<Permission> options = EnumSet.noneOf(Permission.class);
    options.addAll(authorisation.getPermissions());
    options.retainAll(Permission.forInterfaces());
    return new Grant(
        Grant.Kind.INTERFACE,
        authorisation.getId(),
        authorisation.getName(),
        options,
        null,
        scope,
        Grant.Credential.ACCESS_AUTHORISATION,
        authorisation.getId());
  }

  /**
   * An access authorisation found by its token's digest, with what the seam decides on and its
   * grant (anonymous when it is not usable today).
   */
  record VerifiedInterface(
      long id, String tokenDigest, Set<String> allowedNetworks, boolean lastUseDue, Grant grant) {}

  /**
   * The access authorisation with this token digest, its options, departments, networks and chosen
   * employees, in one query: one row for the authorisation and one for each item of its sets,
   * tagged by kind, rather than a query for each set (or their product in one join).
   */
  static Optional<VerifiedInterface> interfaceByDigest(
      EntityManager em, String digest, LocalDate today, Instant lastUseThreshold) {
    String items =
        " union all select '%s', %s, %s, null, null, 0, 0 from %s x"
            + " join access_authorisation a on a.id = x.authorisation_id where a.token_digest = ?1";
    List<Object[]> rows =
        rows(
            em.createNativeQuery(
                    "select 'A', a.id, a.token_digest, a.name, a.employee_scope,"
                        + " case when a.revoked_at is null and a.active"
                        + " and (a.expires_on is null or a.expires_on >= ?2) then 1 else 0 end,"
                        + " case when a.last_used_at is null or a.last_used_at < ?3"
                        + " then 1 else 0 end"
                        + " from access_authorisation a where a.token_digest = ?1"
                        + items.formatted(
                            "P", "0", "x.permission", "access_authorisation_permission")
                        + items.formatted(
                            "D", "0", "x.department", "access_authorisation_department")
                        + items.formatted("N", "0", "x.network", "access_authorisation_network")
                        + items.formatted(
                            "E", "x.employee_id", "null", "access_authorisation_employee"))
                .setParameter(1, digest)
                .setParameter(2, java.sql.Date.valueOf(today))
                .setParameter(3, lastUseThreshold.atOffset(ZoneOffset.UTC)));
    Object[] main = null;
    Set<Permission> options = EnumSet.noneOf(Permission.class);
    Set<String> departments = new TreeSet<>();
    Set<String> networks = new TreeSet<>();
    Set<Long> employees = new HashSet<>();
    for (Object[] row : rows) {
      switch ((String) row[0]) {
        case "A" -> main = row;
        case "P" -> options.add(Permission.valueOf((String) row[2]));
        case "D" -> departments.add((String) row[2]);
        case "N" -> networks.add((String) row[2]);
        default -> employees.add(((Number) row[1]).longValue());
      }
    }
    if (main == null) {
      return Optional.empty();
    }
    long id = ((Number) main[1]).longValue();
    EmployeeScope scope =
        switch (AccessAuthorisation.ScopeKind.valueOf((String) main[4])) {
          case ALL -> EmployeeScope.ALL;
          case DEPARTMENTS -> EmployeeScope.departments(departments);
          case EMPLOYEES -> EmployeeScope.chosen(id, employees);
        };
    options.retainAll(Permission.forInterfaces());
    Grant grant =
        ((Number) main[5]).intValue() == 1
            ? new Grant(
                Grant.Kind.INTERFACE,
                id,
                (String) main[3],
                options,
                null,
                scope,
                Grant.Credential.ACCESS_AUTHORISATION,
                id)
            : Grant.ANONYMOUS;
    return Optional.of(
        new VerifiedInterface(
            id, (String) main[2], networks, ((Number) main[6]).intValue() == 1, grant));
  }
}
