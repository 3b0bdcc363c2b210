package org.teamward.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.teamward.access.rights.Permission.PROJECT_DELETE;
import static org.teamward.access.rights.Permission.PROJECT_EDIT;
import static org.teamward.access.rights.Permission.PROJECT_VIEW;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.TestCaller;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.PagedReads;
import org.teamward.persistence.TestDatabase;

/**
 * The project list, read in SQL as rows for the web's table and the API: it holds exactly the
 * projects the filter lets through, by code, in pages and after cursors, each row as its entity
 * holds it and with the policy's decisions for the caller.
 */
class ProjectRowsTest {

  private static final int PROJECTS = 15;

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final Projects projects = new Projects();
  private final ProjectPolicy policy = new ProjectPolicy();

  @BeforeEach
  void setUp() {
    projects.em = db.em();
    projects.caller = caller;
    projects.policy = policy;
    // Project x: codes that sort apart from their ids (P-1, P-10, ...), archived for every third,
    // a budget for odd x.
    sql(
        "INSERT INTO project (id, version, code, name, status, budget_hours)"
            + " SELECT X, MOD(X, 2), 'P-' || X,"
            + " CASE MOD(X, 3) WHEN 0 THEN 'Website ' || X WHEN 1 THEN 'Büro ' || X"
            + " ELSE '50% off ' || X END,"
            + " CASE WHEN MOD(X, 3) = 0 THEN 'ARCHIVED' ELSE 'ACTIVE' END,"
            + " CASE WHEN MOD(X, 2) = 1 THEN X * 1.25 ELSE NULL END FROM SYSTEM_RANGE(1, "
            + PROJECTS
            + ")");
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** A filter and which projects it lets through. */
  private record Narrowing(ProjectFilter filter, Predicate<Project> keeps) {}

  @Test
  void theListHoldsWhatTheFilterLetsThroughByCodeInEveryPageAndAfterEveryCursor() {
    caller.actAs(TestCaller.person(1L, PROJECT_VIEW));
    List<Narrowing> filters =
        List.of(
            new Narrowing(ProjectFilter.ALL, p -> true),
            new Narrowing(text("p-1"), p -> p.getCode().startsWith("P-1")),
            new Narrowing(text(" WEB "), p -> p.getName().startsWith("Website")),
            new Narrowing(text("ü"), p -> p.getName().startsWith("Büro")),
            new Narrowing(text("50%"), p -> p.getName().startsWith("50% off")),
            new Narrowing(text("_"), p -> false),
            new Narrowing(
                new ProjectFilter(null, ProjectStatus.ARCHIVED),
                p -> p.getStatus() == ProjectStatus.ARCHIVED),
            new Narrowing(
                new ProjectFilter("1", ProjectStatus.ACTIVE),
                p -> p.getStatus() == ProjectStatus.ACTIVE && named(p, "1")));
    int compared = 0;
    for (Narrowing narrowing : filters) {
      String what = narrowing.filter().toString();
      List<Long> expected =
          all()
              .filter(narrowing.keeps())
              .sorted(Comparator.comparing(Project::getCode).thenComparing(Project::getId))
              .map(Project::getId)
              .toList();
      Page<ProjectRow> page = read(narrowing.filter(), new PageRequest(0, 50));
      assertThat(page.items()).as(what).extracting(ProjectRow::id).isEqualTo(expected);
      assertThat(page.total()).as(what).isEqualTo(expected.size());
      assertThat(page.totalExact()).as(what).isTrue();
      PagedReads.assertSlices(
          part -> read(narrowing.filter(), part),
          page.items(),
          what,
          new PageRequest(0, 4),
          new PageRequest(5, 4));
      assertThat(PagedReads.walk(part -> read(narrowing.filter(), part), 4, ProjectRow::id))
          .as(what + ", by cursor: in id order")
          .isEqualTo(expected.stream().sorted().toList());
      compared += expected.size();
    }
    assertThat(compared).as("the cases compare rows, not only empty pages").isGreaterThan(30);
  }

  @Test
  void eachRowHoldsItsProjectAsTheEntityDoesWithThePolicysDecisions() {
    List<Grant> callers =
        List.of(
            TestCaller.person(1L, PROJECT_VIEW),
            TestCaller.person(1L, PROJECT_VIEW, PROJECT_EDIT),
            TestCaller.person(1L, PROJECT_VIEW, PROJECT_DELETE),
            TestCaller.person(null, PROJECT_VIEW, PROJECT_EDIT, PROJECT_DELETE));
    int compared = 0;
    for (Grant grant : callers) {
      caller.actAs(grant);
      for (ProjectRow row : read(ProjectFilter.ALL, PageRequest.first(50)).items()) {
        Project p = db.inTransaction(() -> db.em().find(Project.class, row.id()));
        assertThat(row)
            .as(grant.permissions() + ", project " + row.id())
            .isEqualTo(
                ProjectRow.of(
                    p,
                    policy.canEdit(grant).allowed(),
                    policy.canArchive(grant).allowed(),
                    policy.canDelete(grant).allowed()));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(callers.size() * PROJECTS);

    caller.actAs(TestCaller.person(1L, PROJECT_VIEW, PROJECT_DELETE));
    ProjectRow first = read(ProjectFilter.ALL, PageRequest.first(1)).items().getFirst();
    assertThat(first.mayEdit()).as("deleting is not editing").isFalse();
    assertThat(first.mayArchive()).as("archiving is an edit").isFalse();
    assertThat(first.mayDelete()).isTrue();
    assertThat(first.budgetHours()).isEqualByComparingTo(new BigDecimal("1.25"));
    assertThat(db.statements(() -> read(ProjectFilter.ALL, PageRequest.first(50))))
        .as("the count and the rows")
        .isEqualTo(2);
  }

  private Stream<Project> all() {
    return db
        .inTransaction(
            () -> db.em().createQuery("select p from Project p", Project.class).getResultList())
        .stream();
  }

  private static ProjectFilter text(String text) {
    return new ProjectFilter(text, null);
  }

  private static boolean named(Project p, String part) {
    return Stream.of(p.getCode(), p.getName())
        .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(part));
  }

  private Page<ProjectRow> read(ProjectFilter filter, PageRequest page) {
    return db.inTransaction(() -> projects.list(filter, page));
  }

  private void sql(String statement) {
    db.inTransaction(() -> db.em().createNativeQuery(statement).executeUpdate());
  }
}
