package org.teamward.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.teamward.employee.Employee;

/**
 * Builds a caller's {@link Grant} from the current database state: deactivated accounts, revoked
 * device passwords and removed group rights yield no (or fewer) rights at once. {@link
 * Authentication} builds it once per request from the rows it verified; {@link #load} is the
 * fallback for a request whose mechanism left no grant behind.
 */
@ApplicationScoped
public class Grants {

  @PersistenceContext EntityManager em;

  public Grant load(CallerKey key) {
    return switch (key.type()) {
      case USER -> {
        UserAccount user = em.find(UserAccount.class, key.id());
        yield user == null ? Grant.ANONYMOUS : forUser(user, Grant.Credential.WEB_SESSION, null);
      }
      case DEVICE -> {
        DevicePassword device = em.find(DevicePassword.class, key.id());
        yield device == null || device.isRevoked() ? Grant.ANONYMOUS : forDevice(device);
      }
      case INTERFACE -> {
        AccessAuthorisation authorisation = em.find(AccessAuthorisation.class, key.id());
        yield authorisation == null
            ? Grant.ANONYMOUS
            : forInterface(em, authorisation, LocalDate.now(java.time.ZoneOffset.UTC));
      }
    };
  }

  /** A person's grant; anonymous once the account is inactive. */
  static Grant forUser(UserAccount user, Grant.Credential credential, Long credentialId) {
    if (!user.isActive()) {
      return Grant.ANONYMOUS;
    }
    Employee employee = user.getEmployee();
    Map<Permission, EmployeeScope> scopes = new EnumMap<>(Permission.class);
    for (UserGroup group : user.getGroups()) {
      EmployeeScope reach = group.scopeFor(employee);
      group.getPermissions().forEach(p -> scopes.merge(p, reach, EmployeeScope::union));
    }
    EmployeeScope reach = scopes.values().stream().reduce(EmployeeScope.NONE, EmployeeScope::union);
    return new Grant(
        Grant.Kind.USER,
        user.getId(),
        user.getDisplayName(),
        scopes.isEmpty() ? EnumSet.noneOf(Permission.class) : scopes.keySet(),
        employee == null ? null : employee.getId(),
        reach,
        credential,
        credentialId,
        scopes);
  }

  /**
   * An access authorisation's grant: exactly its options, for its scope, never anyone's rights.
   * Anonymous once it is revoked, inactive or expired.
   */
  static Grant forInterface(AccessAuthorisation authorisation, LocalDate today) {
    return forInterface(authorisation, authorisation.scope(), today);
  }

  /**
   * The same, reading only the ids of chosen employees instead of loading them as entities: this
   * runs on every request, and a terminal may serve thousands of employees.
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

  /** A device password acts with its owner's current rights. */
  static Grant forDevice(DevicePassword device) {
    return forUser(device.getUser(), Grant.Credential.DEVICE_PASSWORD, device.getId());
  }
}
