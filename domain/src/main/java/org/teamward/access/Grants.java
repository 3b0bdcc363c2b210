package org.teamward.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import org.teamward.employee.Employee;

/**
 * Computes a caller's {@link Grant} from the database. This is the only place that turns a
 * credential into rights, and it reads the current state every time: deactivated accounts, revoked
 * device passwords and removed group rights yield no (or fewer) rights immediately.
 */
@ApplicationScoped
public class Grants {

  @PersistenceContext EntityManager em;

  public Grant load(CallerKey key) {
    return switch (key.type()) {
      case USER -> forUser(em.find(UserAccount.class, key.id()));
      case DEVICE -> forDevice(em.find(DevicePassword.class, key.id()));
      case INTERFACE -> Grant.ANONYMOUS;
    };
  }

  private static Grant forUser(UserAccount user) {
    if (user == null || !user.isActive()) {
      return Grant.ANONYMOUS;
    }
    return userGrant(user, user.effectivePermissions(), Grant.Credential.WEB_SESSION, null);
  }

  private static Grant forDevice(DevicePassword device) {
    if (device == null || device.isRevoked() || !device.getUser().isActive()) {
      return Grant.ANONYMOUS;
    }
    return userGrant(
        device.getUser(),
        device.getUser().effectivePermissions(),
        Grant.Credential.DEVICE_PASSWORD,
        device.getId());
  }

  private static Grant userGrant(
      UserAccount user, Set<Permission> permissions, Grant.Credential credential, Long credId) {
    Employee employee = user.getEmployee();
    return new Grant(
        Grant.Kind.USER,
        user.getId(),
        user.getDisplayName(),
        permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : permissions,
        employee == null ? null : employee.getId(),
        EmployeeScope.ALL,
        credential,
        credId);
  }
}
