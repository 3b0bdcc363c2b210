package org.teamward.absence;

import static org.teamward.access.rights.Permission.ABSENCE_MANAGE;
import static org.teamward.access.rights.Permission.ABSENCE_REQUEST;
import static org.teamward.access.rights.Permission.ABSENCE_VIEW;
import static org.teamward.access.rights.Permission.ABSENCE_VIEW_DETAILS;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Relation;
import org.teamward.access.rights.ScopedEmployee;
import org.teamward.employee.Employee;

/**
 * Who may see, request and decide absences, and who may see why someone is away. The reason
 * (sickness or leave), the note and the certificate are health data: only ABSENCE_VIEW_DETAILS and
 * the person themselves see them; everyone else who may see absences learns only who is away when.
 */
@ApplicationScoped
public class AbsencePolicy {

  /**
   * An absence as a record: others' rejected and cancelled requests are HR decisions about a
   * colleague, seen only by those who manage that colleague's absences (and the colleague).
   */
  public Decision canView(Grant grant, Absence absence) {
    return canView(grant, absence.getEmployee(), absence.getStatus());
  }

  /** The same for an absence of {@code employee} in {@code status}, as a list's row holds it. */
  public Decision canView(Grant grant, ScopedEmployee employee, AbsenceStatus status) {
    Decision seen = canView(grant, employee);
    return seen.allowed()
            && !isShownToAll(status)
            && grant.relationTo(employee) == Relation.OTHER
            && !grant.reaches(ABSENCE_MANAGE, employee)
        ? Decision.HIDDEN
        : seen;
  }

  /** Requested and approved absences say who is away; the others are decisions about a person. */
  public static boolean isShownToAll(AbsenceStatus status) {
    return status == AbsenceStatus.REQUESTED || status == AbsenceStatus.APPROVED;
  }

  /** Whose absences of every status a list shows the caller besides their own. */
  public EmployeeScope allStatusesVisible(Grant grant) {
    return grant.scopeOf(ABSENCE_MANAGE);
  }

  public Decision canView(Grant grant, ScopedEmployee employee) {
    return switch (grant.relationTo(employee)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN -> Decision.ALLOWED;
      case OTHER ->
          Decision.allowIfElse(
              grant.reachesAny(employee, ABSENCE_VIEW, ABSENCE_MANAGE, ABSENCE_VIEW_DETAILS),
              Decision.HIDDEN);
    };
  }

  public boolean detailsVisible(Grant grant, Absence absence) {
    return detailsVisible(grant, absence.getEmployee());
  }

  public boolean detailsVisible(Grant grant, ScopedEmployee employee) {
    return switch (grant.relationTo(employee)) {
      case OUT_OF_SCOPE -> false;
      case OWN -> grant.kind() == Grant.Kind.USER || grant.has(ABSENCE_VIEW_DETAILS);
      case OTHER -> grant.reaches(ABSENCE_VIEW_DETAILS, employee);
    };
  }

  /** Whose absences besides their own a list shows the caller. */
  public EmployeeScope othersVisible(Grant grant) {
    return grant.scopeOfAny(ABSENCE_VIEW, ABSENCE_MANAGE, ABSENCE_VIEW_DETAILS);
  }

  /** Whether a list shows others' absences at all, or only the caller's own. */
  public boolean seesOthers(Grant grant) {
    return !othersVisible(grant).isEmpty();
  }

  /** Requesting one's own absence, or recording one for somebody else. */
  public Decision canRequestFor(Grant grant, Employee employee) {
    return switch (grant.relationTo(employee)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN -> Decision.allowIf(grant.has(ABSENCE_REQUEST));
      case OTHER ->
          Decision.allowIfElse(
              grant.reaches(ABSENCE_MANAGE, employee), hiddenUnlessVisible(grant, employee));
    };
  }

  /** Approving and rejecting: a manager's task, never on one's own absence. */
  public Decision canDecide(Grant grant, Absence absence) {
    return canDecide(grant, absence.getEmployee());
  }

  public Decision canDecide(Grant grant, ScopedEmployee employee) {
    return switch (grant.relationTo(employee)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN -> Decision.FORBIDDEN;
      case OTHER ->
          Decision.allowIfElse(
              grant.reaches(ABSENCE_MANAGE, employee), hiddenUnlessVisible(grant, employee));
    };
  }

  /** Only a request still waiting for a decision can be approved or rejected. */
  public boolean isUndecided(Absence absence) {
    return isUndecided(absence.getStatus());
  }

  public boolean isUndecided(AbsenceStatus status) {
    return status == AbsenceStatus.REQUESTED;
  }

  /** Rejected and cancelled absences are final; cancelling them again is a conflict. */
  public boolean isCancellable(Absence absence) {
    return isCancellable(absence.getStatus());
  }

  public boolean isCancellable(AbsenceStatus status) {
    return status == AbsenceStatus.REQUESTED || status == AbsenceStatus.APPROVED;
  }

  public Decision canCancel(Grant grant, Absence absence, LocalDate today) {
    return canCancelAbsenceOf(
        grant, absence.getEmployee(), absence.getStatus(), absence.getFrom(), today);
  }

  /**
   * The same for an absence of {@code employee} as a list's row holds it: hidden as the absence is
   * (its status counts), else as {@link #canCancel(Grant, ScopedEmployee, AbsenceStatus, LocalDate,
   * LocalDate)} decides.
   */
  public Decision canCancelAbsenceOf(
      Grant grant, ScopedEmployee employee, AbsenceStatus status, LocalDate from, LocalDate today) {
    Decision seen = canView(grant, employee, status);
    return seen.allowed() ? canCancel(grant, employee, status, from, today) : seen;
  }

  /**
   * A manager cancels anyone's absence. An employee cancels their own request, or their approved
   * absence before it has begun; once it has begun only a manager can change the record.
   *
   * @param today the date in the employee's time zone
   */
  public Decision canCancel(
      Grant grant, ScopedEmployee employee, AbsenceStatus status, LocalDate from, LocalDate today) {
    Decision visible = canView(grant, employee);
    if (!visible.allowed()) {
      return visible;
    }
    if (grant.reaches(ABSENCE_MANAGE, employee)) {
      return Decision.ALLOWED;
    }
    boolean ownCancellable =
        status == AbsenceStatus.REQUESTED
            || (status == AbsenceStatus.APPROVED && from.isAfter(today));
    return Decision.allowIf(
        grant.relationTo(employee) == Relation.OWN && grant.has(ABSENCE_REQUEST) && ownCancellable);
  }

  private Decision hiddenUnlessVisible(Grant grant, ScopedEmployee employee) {
    return canView(grant, employee).allowed() ? Decision.FORBIDDEN : Decision.HIDDEN;
  }
}
