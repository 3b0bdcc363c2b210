package org.teamward.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestCaller;
import org.teamward.failure.Conflict;
import org.teamward.failure.Invalid;
import org.teamward.paging.PageRequest;
import org.teamward.persistence.TestData;
import org.teamward.persistence.TestDatabase;
import org.teamward.time.TimeBooking;

class ProjectsTest {

  private final TestDatabase db = new TestDatabase();
  private final Projects projects = new Projects();

  @BeforeEach
  void setUp() {
    projects.em = db.em();
    projects.caller = new TestCaller().actAs(TestCaller.person(null, Permission.values()));
    projects.policy = new ProjectPolicy();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void searchTreatsWildcardsLiterallyAndFiltersByStatus() {
    Project discount = db.inTransaction(() -> projects.create(draft("D50", "50% off")));
    db.inTransaction(() -> projects.create(draft("D5X", "500 offers")));
    db.inTransaction(() -> projects.archive(discount.getId(), null));
    assertThat(projects.list(new ProjectFilter("50%", null), PageRequest.first(10)).items())
        .extracting(ProjectRow::code)
        .containsExactly("D50");
    assertThat(
            projects
                .list(new ProjectFilter("OFF", ProjectStatus.ACTIVE), PageRequest.first(10))
                .items())
        .extracting(ProjectRow::code)
        .containsExactly("D5X");
  }

  @Test
  void bookedProjectsAreArchivedNotDeleted() {
    Project project = db.inTransaction(() -> projects.create(draft("TW", "Teamward")));
    var ann = TestData.employee(db, "Ann");
    db.inTransaction(
        () -> {
          TimeBooking booking = new TimeBooking();
          booking.setEmployee(db.em().merge(ann));
          booking.setProject(db.em().find(Project.class, project.getId()));
          booking.setDate(LocalDate.of(2026, 3, 2));
          booking.setDurationMinutes(30);
          db.em().persist(booking);
        });
    assertThatThrownBy(() -> projects.delete(project.getId(), null))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("Archive it instead");
    assertThatThrownBy(() -> projects.create(draft("TW", "Again"))).isInstanceOf(Conflict.class);
    assertThatThrownBy(
            () -> projects.create(new ProjectDraft("X", "X", new BigDecimal("1.234"), null)))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("budgetHours"));
  }

  private static ProjectDraft draft(String code, String name) {
    return new ProjectDraft(code, name, null, null);
  }
}
