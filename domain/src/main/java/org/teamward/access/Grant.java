package org.teamward.access;

import java.io.Serializable;
import java.util.EnumSet;
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
 * @param scope which employees' records may be reached at all
 * @param credential how the caller signed in
 * @param credentialId the device password or interface id used, for audit; null for a session
 */
public record Grant(
    Kind kind,
    long id,
    String name,
    Set<Permission> permissions,
    Long ownEmployeeId,
    EmployeeScope scope,
    Credential credential,
    Long credentialId)
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

  /** How a record belonging to {@code employeeId} relates to this caller. */
  public Relation relationTo(Long employeeId) {
    if (isOwn(employeeId)) {
      return Relation.OWN;
    }
    return scope.contains(employeeId) ? Relation.OTHER : Relation.OUT_OF_SCOPE;
  }
}
