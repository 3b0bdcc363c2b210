package org.teamward.access.management;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.teamward.access.accounts.SsoMode;
import org.teamward.access.rights.Permission;
import org.teamward.employee.Employee;
import org.teamward.paging.Columns;

/**
 * An account as its list shows it, read as one row with its employee's name and its groups instead
 * of as entities (see {@link Users#list}). It carries the policy's answer for the actions the list
 * offers on it (changing name, groups, status, sign-in mode, resetting the second factor), decided
 * once for the caller when the rows are read, so that no channel asks the policy per row.
 *
 * @param employeeId the employee the account belongs to, or null
 * @param employeeName that employee's name, or null
 * @param groups the ids of its groups, ascending
 * @param groupNames the names of its groups, in alphabetical order
 * @param mayEdit the caller may change the account at all: not one with rights the caller lacks
 */
public record UserRow(
    long id,
    long version,
    String email,
    String displayName,
    Long employeeId,
    String employeeName,
    boolean active,
    boolean totpEnabled,
    SsoMode ssoMode,
    Instant createdAt,
    List<Long> groups,
    List<String> groupNames,
    boolean mayEdit) {

  public UserRow {
    groups = List.copyOf(groups);
    groupNames = List.copyOf(groupNames);
  }

  /** The columns {@link #ofColumns} reads, in its order. */
  static final String COLUMNS =
      "u.id, u.version, u.email, u.display_name, u.employee_id, e.first_name, e.last_name,"
          + " u.active, u.totp_enabled, u.sso_mode, u.created_at";

  /** The groups of one account, as the page's one extra query reads them. */
  record Groups(List<Long> ids, List<String> names, Set<Permission> permissions) {
    static final Groups NONE = new Groups(List.of(), List.of(), Set.of());
  }

  static UserRow ofColumns(Object[] c, Groups groups, boolean mayEdit) {
    Long employeeId = Columns.id(c[4]);
    return new UserRow(
        Columns.id(c[0]),
        Columns.id(c[1]),
        (String) c[2],
        (String) c[3],
        employeeId,
        employeeId == null ? null : Employee.fullName((String) c[5], (String) c[6]),
        (Boolean) c[7],
        (Boolean) c[8],
        SsoMode.valueOf((String) c[9]),
        Columns.instant(c[10]),
        groups.ids(),
        groups.names(),
        mayEdit);
  }
}
