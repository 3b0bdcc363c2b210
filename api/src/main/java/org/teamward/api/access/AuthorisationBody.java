package org.teamward.api.access;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.credentials.AccessAuthorisationDraft;
import org.teamward.access.rights.Permission;
import org.teamward.api.TeamwardApi;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.failure.Invalid;

/** The settings of an access authorisation as created or replaced: never its password. */
@Schema(name = "AuthorisationBody")
public record AuthorisationBody(
    @Schema(minLength = 1, maxLength = 100, required = true) String name,
    @Schema(maxLength = 500) String description,
    @Schema(
            type = SchemaType.ARRAY,
            uniqueItems = true,
            required = true,
            extensions = @Extension(name = TeamwardApi.ITEMS, value = "Permission"))
        Set<Permission> permissions,
    AttendanceCategory defaultCategory,
    @Schema(ref = "EmployeeScope") JsonValue employeeScope,
    List<String> allowedNetworks,
    Boolean active,
    LocalDate expiresOn) {

  AccessAuthorisationDraft draft() {
    Scope scope = Scope.parse(employeeScope);
    return new AccessAuthorisationDraft(
        name,
        description,
        permissions,
        defaultCategory,
        scope.kind(),
        scope.departments(),
        scope.employeeIds(),
        allowedNetworks,
        active,
        expiresOn);
  }

  /** The three shapes of {@code employeeScope}. */
  record Scope(AccessAuthorisation.ScopeKind kind, Set<String> departments, Set<Long> employeeIds) {

    static final String SHAPE =
        "employeeScope must be \"all\", a list of employee ids, or {\"departments\": [\"…\"]}";

    static Scope parse(JsonValue value) {
      if (value == null || value == JsonValue.NULL) {
        return new Scope(AccessAuthorisation.ScopeKind.ALL, Set.of(), Set.of());
      }
      if (value instanceof JsonString text && text.getString().equals("all")) {
        return new Scope(AccessAuthorisation.ScopeKind.ALL, Set.of(), Set.of());
      }
      if (value instanceof JsonArray ids) {
        Set<Long> employeeIds = new LinkedHashSet<>();
        for (JsonValue id : ids) {
          if (!(id instanceof JsonNumber number) || !number.isIntegral()) {
            throw new Invalid("employeeScope", "employee ids must be whole numbers");
          }
          try {
            employeeIds.add(number.longValueExact());
          } catch (ArithmeticException e) {
            throw new Invalid("employeeScope", "an employee id is out of range");
          }
        }
        return new Scope(AccessAuthorisation.ScopeKind.EMPLOYEES, Set.of(), employeeIds);
      }
      if (value instanceof JsonObject object
          && object.keySet().equals(Set.of("departments"))
          && object.get("departments") instanceof JsonArray departments) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonValue name : departments) {
          if (!(name instanceof JsonString text) || text.getString().isBlank()) {
            throw new Invalid("employeeScope", "departments must be names");
          }
          names.add(text.getString().strip());
        }
        return new Scope(AccessAuthorisation.ScopeKind.DEPARTMENTS, names, Set.of());
      }
      throw new Invalid("employeeScope", SHAPE);
    }
  }
}
