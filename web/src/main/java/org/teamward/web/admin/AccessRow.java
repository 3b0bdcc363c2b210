package org.teamward.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.rights.Permission;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.employee.Employee;

/**
 * An API access authorisation as the list shows it and the form starts from: a value read once, so
 * the list keeps no entities in the view state.
 */
public record AccessRow(
    long id,
    long version,
    String name,
    String description,
    List<Permission> permissions,
    AttendanceCategory defaultCategory,
    AccessAuthorisation.ScopeKind scopeKind,
    List<String> departments,
    List<Long> employeeIds,
    List<String> networks,
    boolean active,
    LocalDate expiresOn,
    boolean usable,
    Instant lastUsedAt,
    String lastUsedIp)
    implements Serializable {

  public String departmentList() {
    return String.join(", ", departments);
  }

  public String networkList() {
    return String.join(", ", networks);
  }

  static AccessRow of(AccessAuthorisation a) {
    return new AccessRow(
        a.getId(),
        a.getVersion(),
        a.getName(),
        a.getDescription(),
        a.getPermissions().stream().sorted().toList(),
        a.getDefaultCategory(),
        a.getScopeKind(),
        a.getDepartments().stream().sorted().toList(),
        a.getEmployees().stream().map(Employee::getId).sorted().toList(),
        List.copyOf(a.getAllowedNetworks()),
        a.isActive(),
        a.getExpiresOn(),
        a.isUsable(LocalDate.now(ZoneOffset.UTC)),
        a.getLastUsedAt(),
        a.getLastUsedIp());
  }
}
