package org.teamward.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TimeZone;
import org.teamward.absence.AbsencePolicy;
import org.teamward.absence.Absences;
import org.teamward.access.AccessAuthorisations;
import org.teamward.access.Caller;
import org.teamward.access.CredentialInventory;
import org.teamward.access.DevicePasswords;
import org.teamward.access.Grant;
import org.teamward.access.Permission;
import org.teamward.access.UseCaseRights;
import org.teamward.access.UserGroups;
import org.teamward.access.Users;
import org.teamward.attendance.Attendance;
import org.teamward.audit.AuditLog;
import org.teamward.employee.EmployeePolicy;
import org.teamward.employee.Employees;
import org.teamward.project.Projects;
import org.teamward.time.TimeBookings;

/**
 * The menu: an entry is shown exactly when the caller may use the use case behind its page, as
 * declared on the domain service and enforced there.
 */
@Named("nav")
@RequestScoped
public class Navigation {

  @Inject Caller caller;

  private boolean allows(Class<?> useCases, String method) {
    return UseCaseRights.allows(caller.grant(), useCases, method);
  }

  @Inject Employees employees;
  @Inject EmployeePolicy employeePolicy;
  @Inject AbsencePolicy absencePolicy;

  @Inject DevicePasswords devicePasswords;

  private ZoneId zone;
  private Boolean devices;

  /**
   * The caller's time zone: their employee record's, else the server's default. It decides what
   * "today" means and how instants are shown.
   */
  public ZoneId getZone() {
    if (zone == null) {
      Long own = caller.grant().ownEmployeeId();
      zone = own == null ? ZoneId.systemDefault() : ZoneId.of(employees.get(own).getTimeZone());
    }
    return zone;
  }

  /** Whether the caller has an employee record: forms then act for them when no one is picked. */
  public boolean isOwnEmployee() {
    return caller.grant().ownEmployeeId() != null;
  }

  public TimeZone getTimeZone() {
    return TimeZone.getTimeZone(getZone());
  }

  /** An instant as date and time in the caller's zone, e.g. for "created" columns. */
  public String at(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(getZone()).format(instant);
  }

  /** An instant as time of day in the caller's zone. */
  public String time(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern("HH:mm").withZone(getZone()).format(instant);
  }

  public String getDisplayName() {
    return caller.grant().name();
  }

  public Grant getGrant() {
    return caller.grant();
  }

  /**
   * Pages whose list is open to every signed-in person (own records) are shown only where there is
   * something to see: an own employee record, or the policy lets the caller see others.
   */
  private boolean ownOr(boolean seesOthers) {
    return seesOthers || caller.grant().ownEmployeeId() != null;
  }

  /**
   * The rights behind each page of the menu, in the catalogue's order, so that a refused page can
   * name what it needs: the permissions declared on the use cases the page is built on.
   */
  public List<Permission> rightsFor(String page) {
    List<Permission> rights =
        switch (page) {
          case "dashboard" ->
              concat(
                  UseCaseRights.required(TimeBookings.class, "hoursPerProject"),
                  UseCaseRights.required(Absences.class, "list"));
          case "bookings" -> UseCaseRights.required(TimeBookings.class, "list");
          case "projects" -> UseCaseRights.required(Projects.class, "list");
          case "attendance" -> UseCaseRights.required(Attendance.class, "list");
          // Open to everyone for their own records; whoever has none needs to see others'.
          case "absences" -> List.of(Permission.ABSENCE_VIEW);
          case "employees" -> List.of(Permission.EMPLOYEE_VIEW);
          case "users" -> UseCaseRights.required(Users.class, "list");
          case "userGroups" -> UseCaseRights.required(UserGroups.class, "list");
          case "devices" -> UseCaseRights.required(DevicePasswords.class, "create");
          case "accessAuthorisations" -> UseCaseRights.required(AccessAuthorisations.class, "list");
          case "credentials" -> UseCaseRights.required(CredentialInventory.class, "list");
          case "auditLog" -> UseCaseRights.required(AuditLog.class, "list");
          case "activity" -> List.of();
          default -> throw new IllegalArgumentException("No page " + page);
        };
    return rights.stream().distinct().sorted().toList();
  }

  private static List<Permission> concat(List<Permission> a, List<Permission> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  public boolean isDashboard() {
    return allows(TimeBookings.class, "hoursPerProject") || isAbsences();
  }

  public boolean isBookings() {
    return allows(TimeBookings.class, "list");
  }

  public boolean isProjects() {
    return allows(Projects.class, "list");
  }

  public boolean isAttendance() {
    return allows(Attendance.class, "list");
  }

  public boolean isCheckInOut() {
    return allows(Attendance.class, "checkIn");
  }

  public boolean isAbsences() {
    return allows(Absences.class, "list") && ownOr(absencePolicy.seesOthers(caller.grant()));
  }

  public boolean isEmployees() {
    return allows(Employees.class, "list") && ownOr(employeePolicy.seesOthers(caller.grant()));
  }

  /** Whether the "Administration" group has an entry for the caller. */
  public boolean isAdministration() {
    return isUsers()
        || isUserGroups()
        || isAccessAuthorisations()
        || isCredentials()
        || isAuditLog();
  }

  public boolean isUsers() {
    return allows(Users.class, "list");
  }

  public boolean isUserGroups() {
    return allows(UserGroups.class, "list");
  }

  public boolean isAccessAuthorisations() {
    return allows(AccessAuthorisations.class, "list");
  }

  public boolean isAuditLog() {
    return allows(AuditLog.class, "list");
  }

  /** "Who saw my records": for everyone who is an employee, and so has such records. */
  public boolean isActivity() {
    return allows(AuditLog.class, "whoSawMine") && caller.grant().ownEmployeeId() != null;
  }

  public boolean isCredentials() {
    return allows(CredentialInventory.class, "list");
  }

  /**
   * The Devices page: for whoever may create device passwords, and for whoever still has some, so
   * that a person who lost SYNCHRONISATION can still see and revoke the ones that exist (they are
   * suspended meanwhile). Asked once per request.
   */
  public boolean isDevices() {
    if (devices == null) {
      devices =
          allows(DevicePasswords.class, "create")
              || (allows(DevicePasswords.class, "listOwn") && !devicePasswords.listOwn().isEmpty());
    }
    return devices;
  }
}
