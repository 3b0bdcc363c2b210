package org.teamward.employee;

import static org.teamward.access.rights.Permission.EMPLOYEE_MANAGE;
import static org.teamward.access.rights.Permission.EMPLOYEE_VIEW;

import jakarta.enterprise.context.ApplicationScoped;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.ScopedEmployee;

/** Who may see and maintain people records. Everyone may see their own. */
@ApplicationScoped
public class EmployeePolicy {

  public Decision canView(Grant grant, ScopedEmployee employee) {
    return switch (grant.relationTo(employee)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN -> Decision.ALLOWED;
      case OTHER ->
          Decision.allowIfElse(
              grant.reachesAny(employee, EMPLOYEE_VIEW, EMPLOYEE_MANAGE), Decision.HIDDEN);
    };
  }

  /**
   * Creating needs EMPLOYEE_MANAGE and an unrestricted scope: an interface limited to selected
   * employees could otherwise create people it then cannot reach.
   */
  public Decision canCreate(Grant grant) {
    return Decision.allowIf(grant.scopeOf(EMPLOYEE_MANAGE).all());
  }

  /**
   * Editing, one's own record included, is for people managers only. Decided on the id and the
   * department alone, so that a list's rows are judged as the record is.
   */
  public Decision canEdit(Grant grant, ScopedEmployee employee) {
    return switch (grant.relationTo(employee)) {
      case OUT_OF_SCOPE -> Decision.HIDDEN;
      case OWN, OTHER ->
          Decision.allowIfElse(
              grant.isOwn(employee.getId())
                  ? grant.has(EMPLOYEE_MANAGE)
                  : grant.reaches(EMPLOYEE_MANAGE, employee),
              canView(grant, employee).allowed() ? Decision.FORBIDDEN : Decision.HIDDEN);
    };
  }

  /** Whose records besides their own a list shows the caller. */
  public EmployeeScope othersVisible(Grant grant) {
    return grant.scopeOfAny(EMPLOYEE_VIEW, EMPLOYEE_MANAGE);
  }

  /** Whether a list shows other people at all, or only the caller's own record. */
  public boolean seesOthers(Grant grant) {
    return !othersVisible(grant).isEmpty();
  }
}
