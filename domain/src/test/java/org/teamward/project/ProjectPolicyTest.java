package org.teamward.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.TestGrants;

class ProjectPolicyTest {

  private final ProjectPolicy policy = new ProjectPolicy();

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "PROJECT_VIEW,   view,    ALLOWED",
    "-,              view,    FORBIDDEN",
    "PROJECT_EDIT,   view,    FORBIDDEN",
    "PROJECT_CREATE, create,  ALLOWED",
    "PROJECT_VIEW,   create,  FORBIDDEN",
    "PROJECT_EDIT,   create,  FORBIDDEN",
    "PROJECT_EDIT,   edit,    ALLOWED",
    "PROJECT_VIEW|PROJECT_CREATE, edit, FORBIDDEN",
    "PROJECT_EDIT,   archive, ALLOWED",
    "PROJECT_DELETE, archive, FORBIDDEN",
    "PROJECT_DELETE, delete,  ALLOWED",
    "PROJECT_EDIT,   delete,  FORBIDDEN",
    "-,              delete,  FORBIDDEN",
  })
  void matrix(String permissions, String action, Decision expected) {
    Grant grant = TestGrants.user(permissions);
    Decision actual =
        switch (action) {
          case "view" -> policy.canView(grant);
          case "create" -> policy.canCreate(grant);
          case "edit" -> policy.canEdit(grant);
          case "archive" -> policy.canArchive(grant);
          case "delete" -> policy.canDelete(grant);
          default -> throw new IllegalArgumentException(action);
        };
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"ACTIVE, true", "ARCHIVED, false"})
  void onlyActiveProjectsTakeBookings(ProjectStatus status, boolean expected) {
    assertThat(policy.acceptsBookings(status)).isEqualTo(expected);
  }
}
