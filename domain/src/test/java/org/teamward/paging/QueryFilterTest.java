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
    assertThat(filtered.total()).isEqualTo(1 + 10 + 100 + 1000 + 101);
    assertThat(filtered.map(Project::getCode).items()).hasSize(50);
    assertThat(filtered.map(Project::getCode).totalExact()).isTrue();
  }

  private Page<Project> page(QueryFilter filter, PageRequest request) {
    return filter.page(db.em(), Project.class, "p", "Project p", "p.id", request);
  }
}
