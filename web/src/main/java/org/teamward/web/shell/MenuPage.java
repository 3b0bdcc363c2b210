package org.teamward.web.shell;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.teamward.access.rights.Permission;
import org.teamward.web.UseCase;

/**
 * The pages of the menu, each with the question whether the caller may open it and the rights it is
 * built on, so that a refused page can name what it needs. A page names itself in its {@code
 * f:viewAction} ({@code pageAccess.require('BOOKINGS')}); a test resolves every such name.
 */
public enum MenuPage {
  DASHBOARD(
      Navigation::isDashboard,
      () ->
          Stream.concat(
                  UseCase.TIME_BOOKINGS_HOURS_PER_PROJECT.required().stream(),
                  UseCase.ABSENCES_LIST.required().stream())
              .toList()),
  BOOKINGS(Navigation::isBookings, UseCase.TIME_BOOKINGS_LIST::required),
  PROJECTS(Navigation::isProjects, UseCase.PROJECTS_LIST::required),
  ATTENDANCE(Navigation::isAttendance, UseCase.ATTENDANCE_LIST::required),
  // Open to everyone for their own records; whoever has none needs to see others'.
  ABSENCES(Navigation::isAbsences, () -> List.of(Permission.ABSENCE_VIEW)),
  EMPLOYEES(Navigation::isEmployees, () -> List.of(Permission.EMPLOYEE_VIEW)),
  USERS(Navigation::isUsers, UseCase.USERS_LIST::required),
  USER_GROUPS(Navigation::isUserGroups, UseCase.USER_GROUPS_LIST::required),
  DEVICES(Navigation::isDevices, UseCase.DEVICE_PASSWORDS_CREATE::required),
  ACCESS_AUTHORISATIONS(
      Navigation::isAccessAuthorisations, UseCase.ACCESS_AUTHORISATIONS_LIST::required),
  CREDENTIALS(Navigation::isCredentials, UseCase.CREDENTIAL_INVENTORY_LIST::required),
  AUDIT_LOG(Navigation::isAuditLog, UseCase.AUDIT_LOG_LIST::required),
  ACTIVITY(Navigation::isActivity, List::of);

  private final Predicate<Navigation> shown;
  private final Supplier<List<Permission>> rights;

  MenuPage(Predicate<Navigation> shown, Supplier<List<Permission>> rights) {
    this.shown = shown;
    this.rights = rights;
  }

  /** Whether the menu offers the page to the caller that {@code nav} serves. */
  boolean shownBy(Navigation nav) {
    return shown.test(nav);
  }

  /** The rights behind the page, in the catalogue's order, of which it needs one. */
  public List<Permission> rights() {
    return rights.get().stream().distinct().sorted().toList();
  }
}
