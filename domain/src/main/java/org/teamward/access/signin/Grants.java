package org.teamward.access.signin;

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
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;

/**
 * Builds a caller's {@link Grant} from the current database state: deactivated accounts, revoked
 * device passwords and removed group rights yield no (or fewer) rights at once. Only the credential
 * seam ({@link Authentication}, with {@link ProviderSignIns} for the identity provider) builds it,
 * once per request, from the rows it verified.
 *
 * <p>Longer than most classes on purpose: every way from a credential to a Grant is here, with the
 * one query each credential needs and the one builder per kind of caller that reads its rows, so
 * that there is exactly one such way to review.
 */
public final class Grants {

  private Grants() {}

  /** What a grant needs of an account, as its query reads it. */
  record Owner(long id, boolean active, String displayName, Long employeeId, String department) {}

  /** What a grant needs of one of the account's groups. */
  record GroupRights(UserGroup.Scope scope, Set<Permission> permissions, Set<String> departments) {}

  /** A person's grant from their account and groups; anonymous once the account is inactive. */
  static Grant forUser(
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

  /**
   * The grant of a web sign-in that just succeeded, read as every later request of its session
   * reads it: flushed first, as the sign-in's transaction may have changed the account.
   */
  static Grant signedIn(EntityManager em, long userId) {
    em.flush();
    return forSession(em, userId);
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
        " union all select '%s', %s, %s, null, null, 0, 0, 0, null from %s x"
            + " join access_authorisation a on a.id = x.authorisation_id where a.token_digest = ?1";
    List<Object[]> rows =
        rows(
            em.createNativeQuery(
                    "select 'A', a.id, a.token_digest, a.name, a.employee_scope,"
                        + " case when a.revoked_at is null then 0 else 1 end,"
                        + " case when a.last_used_at is null or a.last_used_at < ?2"
                        + " then 1 else 0 end,"
                        + " case when a.active then 1 else 0 end, a.expires_on"
                        + " from access_authorisation a where a.token_digest = ?1"
                        + items.formatted(
                            "P", "0", "x.permission", "access_authorisation_permission")
                        + items.formatted(
                            "D", "0", "x.department", "access_authorisation_department")
                        + items.formatted("N", "0", "x.network", "access_authorisation_network")
                        + items.formatted(
                            "E", "x.employee_id", "null", "access_authorisation_employee"))
                .setParameter(1, digest)
                .setParameter(2, lastUseThreshold.atOffset(ZoneOffset.UTC)));
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
    InterfaceRights rights =
        new InterfaceRights(
            id,
            (String) main[3],
            AccessAuthorisation.ScopeKind.valueOf((String) main[4]),
            ((Number) main[5]).intValue() == 1,
            ((Number) main[7]).intValue() == 1,
            localDate(main[8]),
            options,
            departments,
            employees);
    return Optional.of(
        new VerifiedInterface(
            id,
            (String) main[2],
            networks,
            ((Number) main[6]).intValue() == 1,
            forInterface(rights, today)));
  }

  /** What an interface's grant needs of its access authorisation, read as one query's rows. */
  record InterfaceRights(
      long id,
      String name,
      AccessAuthorisation.ScopeKind scopeKind,
      boolean revoked,
      boolean active,
      LocalDate expiresOn,
      Set<Permission> options,
      Set<String> departments,
      Set<Long> chosenEmployees) {}

  /**
   * An interface's grant: exactly its options that fit an interface, for its scope, never anyone's
   * rights; anonymous once it is revoked, inactive or expired.
   */
  static Grant forInterface(InterfaceRights a, LocalDate today) {
    if (!AccessAuthorisation.isUsable(a.revoked(), a.active(), a.expiresOn(), today)) {
      return Grant.ANONYMOUS;
    }
    Set<Permission> options = EnumSet.noneOf(Permission.class);
    options.addAll(a.options());
    options.retainAll(Permission.forInterfaces());
    return new Grant(
        Grant.Kind.INTERFACE,
        a.id(),
        a.name(),
        options,
        null,
        a.scopeKind().scope(a.id(), a.departments(), a.chosenEmployees()),
        Grant.Credential.ACCESS_AUTHORISATION,
        a.id());
  }

  /** A DATE column as the driver hands it: java.sql.Date, or LocalDate with newer drivers. */
  private static LocalDate localDate(Object column) {
    return switch (column) {
      case null -> null;
      case LocalDate date -> date;
      case java.sql.Date date -> date.toLocalDate();
      default -> throw new IllegalStateException("unexpected DATE value " + column.getClass());
    };
  }
}
