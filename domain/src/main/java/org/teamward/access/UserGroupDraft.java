package org.teamward.access;

import java.util.Set;
import org.teamward.failure.Violations;

/** What an administrator sends to create or change a user group. */
public record UserGroupDraft(String name, String description, Set<Permission> permissions) {

  void validate() {
    new Violations()
        .text("name", name, 100)
        .optionalText("description", description, 500)
        .required("permissions", permissions)
        .throwIfAny();
  }
}
