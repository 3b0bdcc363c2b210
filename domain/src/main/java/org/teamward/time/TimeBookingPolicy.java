package org.teamward.time;

import static org.teamward.access.rights.Permission.TIME_BOOK_OTHERS;
import static org.teamward.access.rights.Permission.TIME_BOOK_OWN;
import static org.teamward.access.rights.Permission.TIME_VIEW_ALL;

import jakarta.enterprise.context.ApplicationScoped;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.ScopedEmployee;
import org.teamward.employee.Employee;

/**
 * Who may see and change whose time bookings. A booking outside the caller's employee scope is
 * hidden; another employee's booking is hidden too unless the caller may see all bookings, so that
 * a missing right to change it answers 403 only to those who can see it anyway.
 */
@ApplicationScoped
public class TimeBookingPolicy {

  public Decision canView(Grant grant, TimeBooking booking) {
    return canView(grant, booking.getEmployee());
  }

  public Decision canView(Grant grant, ScopedEmployee employee) {
    return switch (grant.relationTo(employee)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN -> Decision.allowIf(grant.hasAny(TIME_BOOK_OWN, TIME_VIEW_ALL));
      case OTHER -> Decision.allowIfElse(grant.reaches(TIME_VIEW_ALL, employee), Decision.HIDDEN);
    };
  }

  /**
   * Booking time for {@code employeeId}; the service checks separately that the project is open.
   */
  public Decision canCreateFor(Grant grant, Employee employee) {
    return canChange(grant, employee);
  }

  public Decision canEdit(Grant grant, TimeBooking booking) {
    return canEditBookingOf(grant, booking.getEmployee());
  }

  /** Editing a booking of {@code employee}: for a list's rows, which hold no entity. */
  public Decision canEditBookingOf(Grant grant, ScopedEmployee employee) {
    return canChange(grant, employee);
  }

  public Decision canDelete(Grant grant, TimeBooking booking) {
    return canDeleteBookingOf(grant, booking.getEmployee());
  }

  /** Deleting a booking of {@code employee}: for a list's rows, which hold no entity. */
  public Decision canDeleteBookingOf(Grant grant, ScopedEmployee employee) {
    return canChange(grant, employee);
  }

  /** Create, edit and delete follow the same rule; the names exist for readable call sites. */
  public Decision canChange(Grant grant, ScopedEmployee employee) {
    return switch (grant.relationTo(employee)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN -> Decision.allowIf(grant.has(TIME_BOOK_OWN));
      case OTHER ->
          Decision.allowIfElse(
              grant.reaches(TIME_BOOK_OTHERS, employee), hiddenUnlessVisible(grant, employee));
    };
  }

  /** Whose bookings besides their own a list shows the caller. */
  public EmployeeScope othersVisible(Grant grant) {
    return grant.scopeOf(TIME_VIEW_ALL);
  }

  /** Whether a list shows others' bookings at all, or only the caller's own. */
  public boolean seesOthers(Grant grant) {
    return !othersVisible(grant).isEmpty();
  }

  private Decision hiddenUnlessVisible(Grant grant, ScopedEmployee employee) {
    return canView(grant, employee).allowed() ? Decision.FORBIDDEN : Decision.HIDDEN;
  }
}
