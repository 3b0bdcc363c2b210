package org.teamward.web;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.teamward.absence.Absences;
import org.teamward.access.accounts.UserGroups;
import org.teamward.access.credentials.AccessAuthorisations;
import org.teamward.access.credentials.CredentialInventory;
import org.teamward.access.management.DevicePasswords;
import org.teamward.access.management.Users;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.UseCaseRights;
import org.teamward.attendance.Attendance;
import org.teamward.attendance.Clockings;
import org.teamward.attendance.Corrections;
import org.teamward.audit.AuditLog;
import org.teamward.employee.Employees;
import org.teamward.project.Projects;
import org.teamward.time.TimeBookings;

/**
 * The use cases the UI asks {@link UseCaseRights} about before it shows a control or a menu entry,
 * so that it reads the very declarations the server enforces. They are named here rather than as
 * method names in strings at the call sites, and resolved to their methods once, when this class
 * loads, so that {@code UseCaseTest} can check every one: a renamed or removed use case fails the
 * build, not a page at render time.
 */
public enum UseCase {
  ABSENCES_ABSENT_BETWEEN(Absences.class, "absentBetween"),
  ABSENCES_APPROVE(Absences.class, "approve"),
  ABSENCES_CANCEL(Absences.class, "cancel"),
  ABSENCES_LIST(Absences.class, "list"),
  ABSENCES_REQUEST(Absences.class, "request"),
  ACCESS_AUTHORISATIONS_LIST(AccessAuthorisations.class, "list"),
  ATTENDANCE_CHECKED_IN_NOW(Attendance.class, "checkedInNow"),
  ATTENDANCE_LIST(Attendance.class, "list"),
  AUDIT_LOG_LIST(AuditLog.class, "list"),
  AUDIT_LOG_WHO_SAW_MINE(AuditLog.class, "whoSawMine"),
  CLOCKINGS_CHECK_IN(Clockings.class, "checkIn"),
  CLOCKINGS_CLOCKABLE_EMPLOYEES(Clockings.class, "clockableEmployees"),
  CORRECTIONS_CORRECT(Corrections.class, "correct"),
  CORRECTIONS_DELETE(Corrections.class, "delete"),
  CREDENTIAL_INVENTORY_LIST(CredentialInventory.class, "list"),
  DEVICE_PASSWORDS_CREATE(DevicePasswords.class, "create"),
  DEVICE_PASSWORDS_LIST_OWN(DevicePasswords.class, "listOwn"),
  EMPLOYEES_LIST(Employees.class, "list"),
  EMPLOYEES_UPDATE(Employees.class, "update"),
  PROJECTS_LIST(Projects.class, "list"),
  TIME_BOOKINGS_CREATE(TimeBookings.class, "create"),
  TIME_BOOKINGS_DELETE(TimeBookings.class, "delete"),
  TIME_BOOKINGS_HOURS_PER_PROJECT(TimeBookings.class, "hoursPerProject"),
  TIME_BOOKINGS_LIST(TimeBookings.class, "rows"),
  TIME_BOOKINGS_UPDATE(TimeBookings.class, "update"),
  USER_GROUPS_LIST(UserGroups.class, "list"),
  USERS_LIST(Users.class, "list");

  private final Method method;

  UseCase(Class<?> service, String name) {
    this.method = resolve(service, name);
  }

  /** Whether the grant may call this use case at all (record rules aside). */
  public boolean allows(Grant grant) {
    return UseCaseRights.allows(grant, method);
  }

  /** The permissions, any one of which admits the caller; empty when none is needed. */
  public List<Permission> required() {
    return UseCaseRights.required(method);
  }

  Method method() {
    return method;
  }

  /** The one public method of this name: an overload would leave the reference ambiguous. */
  static Method resolve(Class<?> service, String name) {
    List<Method> named =
        Arrays.stream(service.getMethods()).filter(m -> m.getName().equals(name)).toList();
    if (named.size() != 1) {
      throw new IllegalArgumentException(
          "No single use case " + service.getSimpleName() + "." + name + ": " + named);
    }
    return named.get(0);
  }
}
