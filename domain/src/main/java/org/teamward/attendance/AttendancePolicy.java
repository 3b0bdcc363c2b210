package org.teamward.attendance;

import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.rights.Permission.ATTENDANCE_MANAGE;
import static org.teamward.access.rights.Permission.ATTENDANCE_VIEW_ALL;

import jakarta.enterprise.context.ApplicationScoped;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.ScopedEmployee;
import org.teamward.employee.Employee;

/**
 * Who may clock whom in and out, and see or correct attendance. A time-clock terminal is an API
 * access authorisation: it is nobody itself, so ATTENDANCE_CHECK_IN_OUT lets it clock every
 * employee in its scope, whereas a person with that right clocks only themselves.
 */
@ApplicationScoped
public class AttendancePolicy {

  public Decision canView(Grant grant, AttendanceRecord record) {
    return canView(grant, record.getEmployee());
  }

  public Decision canView(Grant grant, ScopedEmployee employee) {
    return switch (grant.relationTo(employee)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN ->
          Decision.allowIf(
              grant.hasAny(ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE));
      case OTHER ->
          Decision.allowIfElse(
              grant.reachesAny(employee, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE), Decision.HIDDEN);
    };
  }

  /** Check in, check out, start and end a break: all the same right. */
  public Decision canCheckInOut(Grant grant, Employee employee) {
    return switch (grant.relationTo(employee)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN -> Decision.allowIf(grant.has(ATTENDANCE_CHECK_IN_OUT));
      case OTHER ->
          Decision.allowIfElse(
              grant.reaches(ATTENDANCE_MANAGE, employee) || isTerminal(grant, employee),
              hiddenUnlessVisible(grant, employee));
    };
  }

  /**
   * Whether the caller may learn if someone is checked in right now: those who may view the
   * records, and those who may clock the person (a terminal must show "checked in since 8:00").
   */
  public Decision canSeeCurrent(Grant grant, Employee employee) {
    Decision view = canView(grant, employee);
    return view.allowed() ? view : canCheckInOut(grant, employee);
  }

  /** Correcting times and deleting records is for attendance managers, also on their own. */
  public Decision canCorrect(Grant grant, AttendanceRecord record) {
    return canCorrect(grant, record.getEmployee());
  }

  public Decision canCorrect(Grant grant, ScopedEmployee employee) {
    return switch (grant.relationTo(employee)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN, OTHER ->
          Decision.allowIfElse(
              grant.isOwn(employee.getId())
                  ? grant.has(ATTENDANCE_MANAGE)
                  : grant.reaches(ATTENDANCE_MANAGE, employee),
              hiddenUnlessVisible(grant, employee));
    };
  }

  public Decision canDelete(Grant grant, AttendanceRecord record) {
    return canDelete(grant, record.getEmployee());
  }

  /** By employee, for a list's rows, which hold no entity ({@link AttendanceRow}). */
  public Decision canDelete(Grant grant, ScopedEmployee employee) {
    return canCorrect(grant, employee);
  }

  /** Whose records besides their own a list shows the caller. */
  public EmployeeScope othersVisible(Grant grant) {
    return grant.scopeOfAny(ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE);
  }

  /**
   * Whose presence right now the caller may see besides their own: those whose records they see,
   * and for a terminal everyone it clocks ({@link #canSeeCurrent}).
   */
  public EmployeeScope presenceVisible(Grant grant) {
    return isTerminal(grant)
        ? grant.scopeOfAny(ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE, ATTENDANCE_CHECK_IN_OUT)
        : othersVisible(grant);
  }

  /** Whether a list shows others' records at all, or only the caller's own. */
  public boolean seesOthers(Grant grant) {
    return !othersVisible(grant).isEmpty();
  }

  private static boolean isTerminal(Grant grant, Employee employee) {
    return isTerminal(grant) && grant.reaches(ATTENDANCE_CHECK_IN_OUT, employee);
  }

  /** An access authorisation is nobody itself; one with ATTENDANCE_CHECK_IN_OUT is a terminal. */
  private static boolean isTerminal(Grant grant) {
    return grant.kind() == Grant.Kind.INTERFACE && grant.ownEmployeeId() == null;
  }

  private Decision hiddenUnlessVisible(Grant grant, ScopedEmployee employee) {
    return canView(grant, employee).allowed() ? Decision.FORBIDDEN : Decision.HIDDEN;
  }
}
