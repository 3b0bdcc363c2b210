package org.teamward.api.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.rights.Permission;
import org.teamward.api.TeamwardApi;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.employee.Employee;

/**
 * One authorisation, never with its password.
 *
 * @param employeeScope "all", a list of employee ids, or {"departments": [...]}
 */
@Schema(name = "AuthorisationJson")
public record AuthorisationJson(
    @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
    @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long version,
    String name,
    String description,
    @Schema(
            type = SchemaType.ARRAY,
            uniqueItems = true,
            extensions = @Extension(name = TeamwardApi.ITEMS, value = "Permission"))
        Set<Permission> permissions,
    AttendanceCategory defaultCategory,
    @Schema(ref = "EmployeeScope") Object employeeScope,
    @Schema(
            type = SchemaType.ARRAY,
            uniqueItems = true,
            extensions = @Extension(name = TeamwardApi.ITEMS, value = "string"))
        Set<String> allowedNetworks,
    @Schema(required = true) boolean active,
    LocalDate expiresOn,
    Instant createdAt,
    Instant lastUsedAt,
    String lastUsedIp) {

  static AuthorisationJson of(AccessAuthorisation a) {
    return new AuthorisationJson(
        a.getId(),
        a.getVersion(),
        a.getName(),
        a.getDescription(),
        Set.copyOf(a.getPermissions()),
        a.getDefaultCategory(),
        switch (a.getScopeKind()) {
          case ALL -> "all";
          case DEPARTMENTS -> Map.of("departments", a.getDepartments().stream().sorted().toList());
          case EMPLOYEES -> a.getEmployees().stream().map(Employee::getId).sorted().toList();
        },
        Set.copyOf(a.getAllowedNetworks()),
        a.isActive(),
        a.getExpiresOn(),
        a.getCreatedAt(),
        a.getLastUsedAt(),
        a.getLastUsedIp());
  }
}
