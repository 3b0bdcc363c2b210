package org.teamward.access.credentials;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.teamward.access.rights.Permission;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.failure.Violations;

/**
 * What an administrator sends to create or change an access authorisation.
 *
 * @param permissions the options: permissions from {@link Permission#forInterfaces()}
 * @param defaultCategory the attendance category for terminals that send none; may be null
 * @param scopeKind whose records the options reach; everyone when null
 * @param departments for {@link AccessAuthorisation.ScopeKind#DEPARTMENTS}
 * @param employeeIds for {@link AccessAuthorisation.ScopeKind#EMPLOYEES}
 * @param allowedNetworks CIDR entries; none allows every address
 * @param active false suspends it until switched on again
 * @param expiresOn the last day it works; null for no expiry
 */
public record AccessAuthorisationDraft(
    @NotBlank @Size(max = 100) String name,
    @Size(max = 500) String description,
    Set<Permission> permissions,
    AttendanceCategory defaultCategory,
    AccessAuthorisation.ScopeKind scopeKind,
    Set<String> departments,
    Set<Long> employeeIds,
    List<String> allowedNetworks,
    Boolean active,
    LocalDate expiresOn) {

  static final int MAX_EMPLOYEES = 10_000;

  public AccessAuthorisationDraft {
    permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
    scopeKind = scopeKind == null ? AccessAuthorisation.ScopeKind.ALL : scopeKind;
    departments = departments == null ? Set.of() : Set.copyOf(departments);
    employeeIds = employeeIds == null ? Set.of() : Set.copyOf(employeeIds);
    allowedNetworks = allowedNetworks == null ? List.of() : List.copyOf(allowedNetworks);
  }

  void validate() {
    Violations violations =
        Violations.of(this)
            .check(!permissions.isEmpty(), "permissions", "permissions need at least one option")
            .check(
                Permission.forInterfaces().containsAll(permissions),
                "permissions",
                "administration rights and Synchronisation cannot be given to an interface")
            .check(
                scopeKind != AccessAuthorisation.ScopeKind.DEPARTMENTS || !departments.isEmpty(),
                "employeeScope",
                "choose at least one department")
            .check(
                scopeKind != AccessAuthorisation.ScopeKind.EMPLOYEES || !employeeIds.isEmpty(),
                "employeeScope",
                "choose at least one employee")
            .check(
                employeeIds.size() <= MAX_EMPLOYEES,
                "employeeScope",
                "at most " + MAX_EMPLOYEES + " employees; choose departments instead");
    departments.forEach(d -> violations.text("employeeScope", d, 100));
    violations.throwIfAny();
  }
}
