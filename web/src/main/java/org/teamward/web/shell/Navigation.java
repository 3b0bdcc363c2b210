package org.teamward.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import org.teamward.absence.AbsencePolicy;
import org.teamward.access.management.DevicePasswords;
import org.teamward.access.rights.Caller;
import org.teamward.employee.EmployeePolicy;
import org.teamward.employee.Employees;
import org.teamward.web.UseCase;

/**
 * The menu: an entry is shown exactly when the caller may use the use case behind its page, as
 * declared on the domain service and enforced there.
 */
@Named("nav")
@RequestScoped
public class Navigation {

  @Inject Caller caller;

  private boolean allows(UseCase useCase) {
    return useCase.allows(caller.grant());
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

  /**
   * Pages whose list is open to every signed-in person (own records) are shown only where there is
   * something to see: an own employee record, or the policy lets the caller see others.
   */
  private boolean ownOr(boolean seesOthers) {
    return seesOthers || caller.grant().ownEmployeeId() != null;
  }

  public boolean isDashboard() {
    return allows(UseCase.TIME_BOOKINGS_HOURS_PER_PROJECT) || isAbsences();
  }

  public boolean isBookings() {
    return allows(UseCase.TIME_BOOKINGS_LIST);
  }

  public boolean isProjects() {
    return allows(UseCase.PROJECTS_LIST);
  }

  public boolean isAttendance() {
    return allows(UseCase.ATTENDANCE_LIST);
  }

  public boolean isCheckInOut() {
    return allows(UseCase.CLOCKINGS_CHECK_IN);
  }

  public boolean isAbsences() {
    return allows(UseCase.ABSENCES_LIST) && ownOr(absencePolicy.seesOthers(caller.grant()));
  }

  public boolean isEmployees() {
    return allows(UseCase.EMPLOYEES_LIST) && ownOr(employeePolicy.seesOthers(caller.grant()));
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
    return allows(UseCase.USERS_LIST);
  }

  public boolean isUserGroups() {
    return allows(UseCase.USER_GROUPS_LIST);
  }

  public boolean isAccessAuthorisations() {
    return allows(UseCase.ACCESS_AUTHORISATIONS_LIST);
  }

  public boolean isAuditLog() {
    return allows(UseCase.AUDIT_LOG_LIST);
  }

  /** "Who saw my records": for everyone who is an employee, and so has such records. */
  public boolean isActivity() {
    return allows(UseCase.AUDIT_LOG_WHO_SAW_MINE) && caller.grant().ownEmployeeId() != null;
  }

  public boolean isCredentials() {
    return allows(UseCase.CREDENTIAL_INVENTORY_LIST);
  }

  /**
   * The Devices page: for whoever may create device passwords, and for whoever still has some, so
   * that a person who lost SYNCHRONISATION can still see and revoke the ones that exist (they are
   * suspended meanwhile). Asked once per request.
   */
  public boolean isDevices() {
    if (devices == null) {
      devices =
          allows(UseCase.DEVICE_PASSWORDS_CREATE)
              || (allows(UseCase.DEVICE_PASSWORDS_LIST_OWN)
                  && !devicePasswords.listOwn().isEmpty());
    }
    return devices;
  }
}
