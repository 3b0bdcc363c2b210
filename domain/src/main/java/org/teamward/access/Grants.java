package org.teamward.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
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
      case INTERFACE -> Grant.ANONYMOUS;
    };
  }

  /** A person's grant; anonymous once the account is inactive. */
  static Grant forUser(UserAccount user, Grant.Credential credential, Long credentialId) {
    if (!user.isActive()) {
      return Grant.ANONYMOUS;
    }
    Set<Permission> permissions = user.effectivePermissions();
    Employee employee = user.getEmployee();
    return new Grant(
        Grant.Kind.USER,
        user.getId(),
        user.getDisplayName(),
        permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : permissions,
        employee == null ? null : employee.getId(),
        EmployeeScope.ALL,
        credential,
        credentialId);
  }

  /** A device password acts with its owner's current rights. */
  static Grant forDevice(DevicePassword device) {
    return forUser(device.getUser(), Grant.Credential.DEVICE_PASSWORD, device.getId());
  }
}
