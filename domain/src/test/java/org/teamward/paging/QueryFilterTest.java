package org.teamward.paging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.teamward.persistence.TestDatabase;
import org.teamward.project.Project;

class QueryFilterTest {

  private final TestDatabase db = new TestDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theTotalIsExactUpToTheLookaheadPastThePageAndALowerBoundBeyond() {
    int rows = QueryFilter.TOTAL_LOOKAHEAD + 100;
    db.inTransaction(
        () ->
            db.em()
                .createNativeQuery(
                    "INSERT INTO project (id, version, code, name, status)"
                        + " SELECT X, 0, 'P' || X, 'Project ' || X, 'ACTIVE'"
                        + " FROM SYSTEM_RANGE(1, "
                        + rows
                        + ")")
                .executeUpdate());

    Page<Project> first = page(new QueryFilter(), new PageRequest(0, 50));
    assertThat(first.totalExact()).isFalse();
    assertThat(first.total()).isEqualTo(50 + QueryFilter.TOTAL_LOOKAHEAD);
    assertThat(first.items()).hasSize(50);
    assertThat(first.items().get(0).getCode()).isEqualTo("P1");

    Page<Project> later = page(new QueryFilter(), new PageRequest(100, 50));
    assertThat(later.totalExact()).as("the lookahead moves with the page").isTrue();
    assertThat(later.total()).isEqualTo(rows);

    Page<Project> filtered =
        page(new QueryFilter().and("p.code like :code", "code", "P1%"), new PageRequest(0, 50));
    assertThat(filtered.totalExact()).isTrue();
    // P1, P10 to P19, P100 to P199 and P1000 to P1100 of the 1,100 projects
    assertThat(filtered.total()).isEqualTo(1 + 10 + 100 + 101);
    assertThat(filtered.map(Project::getCode).items()).hasSize(50);
    assertThat(filtered.map(Project::getCode).totalExact()).isTrue();
  }

  @Test
  void aCursorWalksTheWholeFilteredListInIdOrderOnceEach() {
    db.inTransaction(
        () ->
            db.em()
                .createNativeQuery(
                    "INSERT INTO project (id, version, code, name, status)"
                        + " SELECT X, 0, 'P' || (100 - X), 'Project ' || X,"
                        + " CASE WHEN MOD(X, 3) = 0 THEN 'ARCHIVED' ELSE 'ACTIVE' END"
                        + " FROM SYSTEM_RANGE(1, 20)")
                .executeUpdate());
    java.util.List<Long> seen = new java.util.ArrayList<>();
    Long after = 0L;
    int pages = 0;
    while (after != null) {
      Page<Project> page =
          new QueryFilter()
              .and("p.status = :status", "status", org.teamward.project.ProjectStatus.ACTIVE)
              // a display order the cursor must not follow
              .page(
                  db.em(),
                  Project.class,
                  "p",
                  "Project p",
                  "p.code, p.id",
                  new PageRequest(0, 4, after));
      page.items().forEach(p -> seen.add(p.getId()));
      assertThat(page.total()).as("what is left from the cursor").isEqualTo(14 - 4L * pages);
      after = page.next();
      pages++;
    }
    assertThat(seen)
        .containsExactlyElementsOf(
            java.util.stream.LongStream.rangeClosed(1, 20)
                .filter(x -> x % 3 != 0)
                .boxed()
                .toList());
    assertThat(pages).isEqualTo(4);

    assertThat(page(new QueryFilter(), new PageRequest(0, 4)).next())
        .as("a page by position has no cursor")
        .isNull();
  }

  @Test
  void aCursorAndAnOffsetDoNotMix() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PageRequest.of(10, 50, 0L))
        .isInstanceOf(org.teamward.failure.Invalid.class)
        .hasMessageContaining("offset and after");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PageRequest.of(null, 50, -1L))
        .isInstanceOf(org.teamward.failure.Invalid.class);
    assertThat(PageRequest.of(0, 50, 7L).after()).isEqualTo(7L);
  }

  private Page<Project> page(QueryFilter filter, PageRequest request) {
    return filter.page(db.em(), Project.class, "p", "Project p", "p.id", request);
  }
}
