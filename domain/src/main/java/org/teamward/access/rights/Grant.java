package org.teamward.access.rights;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.teamward.failure.Invalid;

/**
 * Who acts in this request, and with which rights. Computed once per request from the database (see
 * {@link Caller}), so a right taken away is gone at the next request.
 *
 * @param kind a person or an API access authorisation (interface)
 * @param id the user account id, or the interface id
 * @param name display name
 * @param permissions the effective rights, already narrowed by the credential
 * @param ownEmployeeId the employee the person is, if any; always null for an interface
 * @param scope which employees' records may be reached at all: the union of {@code scopes}
 * @param credential how the caller signed in
 * @param credentialId the device password or interface id used, for audit; null for a session
 * @param scopes each permission's own scope, where it is narrower than {@code scope}; a person's
 *     team-lead rights may reach their department only, while other rights reach everyone
 */
public record Grant(
    Kind kind,
    long id,
    String name,
    Set<Permission> permissions,
    Long ownEmployeeId,
    EmployeeScope scope,
    Credential credential,
    Long credentialId,
    Map<Permission, EmployeeScope> scopes)
    implements Serializable {

  public enum Kind {
    ANONYMOUS,
    USER,
    INTERFACE
  }

  public enum Credential {
    NONE,
    WEB_SESSION,
    DEVICE_PASSWORD,
    ACCESS_AUTHORISATION
  }

  public static final Grant ANONYMOUS =
      new Grant(
          Kind.ANONYMOUS,
          0,
          "anonymous",
          Set.of(),
          null,
          EmployeeScope.NONE,
          Credential.NONE,
          null);

  public Grant {
    permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    Map<Permission, EmployeeScope> narrowed = new EnumMap<>(Permission.class);
    for (Map.Entry<Permission, EmployeeScope> entry : scopes.entrySet()) {
      if (permissions.contains(entry.getKey()) && !entry.getValue().equals(scope)) {
        narrowed.put(entry.getKey(), entry.getValue());
      }
    }
    scopes = Map.copyOf(narrowed);
  }

  /** A grant whose every permission reaches the same employees. */
  public Grant(
      Kind kind,
      long id,
      String name,
      Set<Permission> permissions,
      Long ownEmployeeId,
      EmployeeScope scope,
      Credential credential,
      Long credentialId) {
    this(kind, id, name, permissions, ownEmployeeId, scope, credential, credentialId, Map.of());
  }

  public boolean authenticated() {
    return kind != Kind.ANONYMOUS;
  }

  public boolean has(Permission permission) {
    return permissions.contains(permission);
  }

  public boolean hasAny(Permission... wanted) {
    for (Permission p : wanted) {
      if (permissions.contains(p)) {
        return true;
      }
    }
    return false;
  }

  public boolean isOwn(Long employeeId) {
    return ownEmployeeId != null && ownEmployeeId.equals(employeeId);
  }

  /** The employees whose records {@code permission} reaches; none without the permission. */
  public EmployeeScope scopeOf(Permission permission) {
    return has(permission) ? scopes.getOrDefault(permission, scope) : EmployeeScope.NONE;
  }

  /** The employees any of {@code wanted} reaches. */
  public EmployeeScope scopeOfAny(Permission... wanted) {
    EmployeeScope union = EmployeeScope.NONE;
    for (Permission p : wanted) {
      union = union.union(scopeOf(p));
    }
    return union;
  }

  /** Whether the caller holds {@code permission} for this employee's records. */
  public boolean reaches(Permission permission, ScopedEmployee employee) {
    return scopeOf(permission).contains(employee);
  }

  /** Whether the caller holds any of {@code wanted} for this employee's records. */
  public boolean reachesAny(ScopedEmployee employee, Permission... wanted) {
    for (Permission p : wanted) {
      if (reaches(p, employee)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The employee a use case acts for: the given one, or the caller's own when none is given.
   *
   * @throws Invalid when none is given and the caller is nobody (an interface or an admin account)
   */
  public long employeeOrOwn(Long employeeId) {
    if (employeeId != null) {
      return employeeId;
    }
    if (ownEmployeeId == null) {
      throw new Invalid("employeeId", "employeeId is required: the caller is no employee");
    }
    return ownEmployeeId;
  }

  /** How a record belonging to {@code employee} relates to this caller. */
  public Relation relationTo(ScopedEmployee employee) {
    if (employee != null && isOwn(employee.getId())) {
      return Relation.OWN;
    }
    return scope.contains(employee) ? Relation.OTHER : Relation.OUT_OF_SCOPE;
  }
}
