package org.teamward.access.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.teamward.access.rights.Permission;
import org.teamward.failure.Violations;

/**
 * What an administrator sends to create or change a user group.
 *
 * @param scope whose records the permissions reach; everyone when null
 * @param departments the departments, for {@link UserGroup.Scope#DEPARTMENTS}
 */
public record UserGroupDraft(
    @NotBlank @Size(max = 100) String name,
    @Size(max = 500) String description,
    @NotNull Set<Permission> permissions,
    UserGroup.Scope scope,
    Set<@Size(max = 100) String> departments) {

  public UserGroupDraft {
    scope = scope == null ? UserGroup.Scope.ALL : scope;
    departments =
        departments == null || scope != UserGroup.Scope.DEPARTMENTS
            ? Set.of()
            : departments.stream()
                .filter(d -> d != null && !d.isBlank())
                .map(String::strip)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** A group whose permissions reach everyone. */
  public UserGroupDraft(String name, String description, Set<Permission> permissions) {
    this(name, description, permissions, UserGroup.Scope.ALL, Set.of());
  }

  void validate() {
    Violations violations =
        Violations.of(this)
            .check(
                scope != UserGroup.Scope.DEPARTMENTS || !departments.isEmpty(),
                "departments",
                "departments are required when the scope is DEPARTMENTS");
    violations.throwIfAny();
  }
}
