package org.teamward.attendance;

import static org.teamward.access.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.Permission.ATTENDANCE_MANAGE;
import static org.teamward.access.Permission.ATTENDANCE_VIEW_ALL;

import jakarta.enterprise.context.ApplicationScoped;
import org.teamward.access.Decision;
import org.teamward.access.Grant;

/**
 * Who may clock whom in and out, and see or correct attendance. A time-clock terminal is an API
 * access authorisation: it is nobody itself, so ATTENDANCE_CHECK_IN_OUT lets it clock every
 * employee in its scope, whereas a person with that right clocks only themselves.
 */
@ApplicationScoped
public class AttendancePolicy {

  public Decision canView(Grant grant, AttendanceRecord record) {
    return canView(grant, record.getEmployee().getId());
  }

  public Decision canView(Grant grant, Long employeeId) {
    return switch (grant.relationTo(employeeId)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN ->
          Decision.allowIf(
              grant.hasAny(ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE));
      case OTHER ->
          Decision.allowIfElse(
              grant.hasAny(ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE), Decision.HIDDEN);
    };
  }

  /** Check in, check out, start and end a break: all the same right. */
  public Decision canCheckInOut(Grant grant, Long employeeId) {
    return switch (grant.relationTo(employeeId)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN -> Decision.allowIf(grant.has(ATTENDANCE_CHECK_IN_OUT));
      case OTHER ->
          Decision.allowIfElse(
              grant.has(ATTENDANCE_MANAGE) || isTerminal(grant),
              hiddenUnlessVisible(grant, employeeId));
    };
  }

  /**
   * Whether the caller may learn if someone is checked in right now: those who may view the
   * records, and those who may clock the person (a terminal must show "checked in since 8:00").
   */
  public Decision canSeeCurrent(Grant grant, Long employeeId) {
    Decision view = canView(grant, employeeId);
    return view.allowed() ? view : canCheckInOut(grant, employeeId);
  }

  /** Correcting times and deleting records is for attendance managers, also on their own. */
  public Decision canCorrect(Grant grant, AttendanceRecord record) {
    return canCorrect(grant, record.getEmployee().getId());
  }

  public Decision canCorrect(Grant grant, Long employeeId) {
    return switch (grant.relationTo(employeeId)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN, OTHER ->
          Decision.allowIfElse(
              grant.has(ATTENDANCE_MANAGE), hiddenUnlessVisible(grant, employeeId));
    };
  }

  public Decision canDelete(Grant grant, AttendanceRecord record) {
    return canCorrect(grant, record);
  }

  /** Whether a list shows others' records at all, or only the caller's own. */
  public boolean seesOthers(Grant grant) {
    return grant.hasAny(ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE);
  }

  private static boolean isTerminal(Grant grant) {
    return grant.kind() == Grant.Kind.INTERFACE
        && grant.ownEmployeeId() == null
        && grant.has(ATTENDANCE_CHECK_IN_OUT);
  }

  private Decision hiddenUnlessVisible(Grant grant, Long employeeId) {
    return canView(grant, employeeId).allowed() ? Decision.FORBIDDEN : Decision.HIDDEN;
  }
}
