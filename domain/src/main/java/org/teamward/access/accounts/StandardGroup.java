package org.teamward.access.accounts;

import static org.teamward.access.rights.Permission.*;

import java.util.EnumSet;
import java.util.Set;
import org.teamward.access.rights.Permission;

/**
 * The user groups every new installation starts with. Administrators may change or delete them
 * afterwards; they are only a sensible default.
 */
public enum StandardGroup {
  EMPLOYEES(
      "Employees",
      "Book own time, check in and out, request leave, see who is away.",
      UserGroup.Scope.ALL,
      EnumSet.of(
          PROJECT_VIEW,
          TIME_BOOK_OWN,
          ATTENDANCE_CHECK_IN_OUT,
          ABSENCE_REQUEST,
          ABSENCE_VIEW,
          EMPLOYEE_VIEW)),
  TEAM_LEADS(
      "Team leads",
      "For their own department: its time and attendance, and approving its absences. Also "
          + "running projects and API access.",
      UserGroup.Scope.OWN_DEPARTMENT,
      EnumSet.of(
          PROJECT_VIEW,
          PROJECT_CREATE,
          PROJECT_EDIT,
          TIME_BOOK_OWN,
          TIME_VIEW_ALL,
          TIME_BOOK_OTHERS,
          ATTENDANCE_CHECK_IN_OUT,
          ATTENDANCE_VIEW_ALL,
          ABSENCE_REQUEST,
          ABSENCE_VIEW,
          ABSENCE_MANAGE,
          EMPLOYEE_VIEW,
          SYNCHRONISATION)),
  HR(
      "HR",
      "People records, absence details (sickness, certificates), attendance corrections and "
          + "user accounts.",
      UserGroup.Scope.ALL,
      EnumSet.of(
          PROJECT_VIEW,
          TIME_VIEW_ALL,
          ATTENDANCE_CHECK_IN_OUT,
          ATTENDANCE_VIEW_ALL,
          ATTENDANCE_MANAGE,
          ABSENCE_REQUEST,
          ABSENCE_VIEW,
          ABSENCE_VIEW_DETAILS,
          ABSENCE_MANAGE,
          EMPLOYEE_VIEW,
          EMPLOYEE_MANAGE,
          USER_MANAGE)),
  ADMINISTRATORS(
      "Administrators", "Every permission.", UserGroup.Scope.ALL, EnumSet.allOf(Permission.class));

  private final String displayName;
  private final String description;
  private final UserGroup.Scope scope;
  private final Set<Permission> permissions;

  StandardGroup(
      String displayName, String description, UserGroup.Scope scope, Set<Permission> permissions) {
    this.displayName = displayName;
    this.description = description;
    this.scope = scope;
    this.permissions = permissions;
  }

  public UserGroup.Scope scope() {
    return scope;
  }

  public String displayName() {
    return displayName;
  }

  public String description() {
    return description;
  }

  public Set<Permission> permissions() {
    return EnumSet.copyOf(permissions);
  }
}
