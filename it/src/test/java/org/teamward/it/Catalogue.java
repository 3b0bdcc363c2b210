package org.teamward.it;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operation catalogue: every domain use case that changes something, described once per record
 * relation, in one small file per feature. The parity suite runs each entry for a person with and
 * without the permission, through the API and through the web UI, and expects the same outcome in
 * both.
 */
final class Catalogue {

  private Catalogue() {}

  static List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    all.addAll(ProjectOperations.all());
    all.addAll(BookingOperations.all());
    all.addAll(AttendanceOperations.all());
    all.addAll(AbsenceOperations.all());
    all.addAll(EmployeeOperations.all());
    all.addAll(AdministrationOperations.all());
    return all;
  }

  /**
   * Whether a use case only reads. This is the one place that decides it, so that it can switch to
   * the domain's own declaration (an {@code effect} of {@code org.teamward.access.Effect} on
   * {@code @Requires}, {@code @Authenticated} and {@code @Public}) by changing only this method;
   * until the domain declares it, the list below is kept by hand.
   */
  static boolean isRead(Method useCase) {
    return READS.contains(useCase.getDeclaringClass().getSimpleName() + "." + useCase.getName());
  }

  /**
   * Reads change nothing, so the matrix has no state to compare. Their rights decide which pages,
   * rows and choices show, which the entries depend on; the API and web suites exercise them.
   */
  private static final Set<String> READS =
      Set.of(
          "Projects.list",
          "Projects.get",
          "TimeBookings.list",
          "TimeBookings.get",
          "TimeBookings.hoursPerProject",
          "TimeBookings.bookableEmployees",
          "TimeBookings.bookableProjects",
          "Attendance.list",
          "Attendance.get",
          "Attendance.current",
          "Attendance.checkedInNow",
          "Attendance.clockableEmployees",
          "Absences.list",
          "Absences.get",
          "Absences.absentBetween",
          "Absences.requestableEmployees",
          "Employees.list",
          "Employees.get",
          "Users.list",
          "Users.get",
          "Users.me",
          "Users.mustChangePassword",
          "Users.findActiveByEmail",
          "UserGroups.list",
          "UserGroups.get",
          "DevicePasswords.listOwn");

  /** Writes that are deliberately not in the catalogue, each with the reason. */
  static final Map<String, String> NOT_IN_CATALOGUE =
      Map.ofEntries(
          // The caller's own account: no permission, and no other person's record involved.
          Map.entry("Users.changeOwnPassword", "@Authenticated: own account, web only"),
          Map.entry("DevicePasswords.create", "SYNCHRONISATION: covered by the device suites"),
          Map.entry("DevicePasswords.createWithPassword", "@Public: POST /api/device"),
          Map.entry("DevicePasswords.regenerate", "@Authenticated: own devices only"),
          Map.entry("DevicePasswords.revoke", "@Authenticated: own devices only"),
          Map.entry("DevicePasswords.rename", "@Authenticated: own devices only"),
          Map.entry("DevicePasswords.revokeAllOwn", "@Authenticated: own devices only"));
}
