package org.teamward.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Walking a whole list with the cursor, as a payroll or ERP sync does. */
abstract class PagingTests {

  @Test
  void aCursorWalksAFilteredListOnceEachInIdOrder() {
    String department = Api.unique("Walk");
    List<Long> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(Api.createEmployee(department).id());
    }
    List<Long> seen = new ArrayList<>();
    Long after = 0L;
    int pages = 0;
    while (after != null) {
      JsonPath page =
          Api.admin()
              .bearer()
              .queryParam("department", department)
              .queryParam("after", after)
              .queryParam("limit", 3)
              .get("/api/employees")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      seen.addAll(page.getList("items.id", Long.class));
      after = page.getObject("next", Long.class);
      pages++;
    }
    assertThat(seen).containsExactlyElementsOf(created.stream().sorted().toList());
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void aCursorAndAnOffsetTogetherAreABadRequest() {
    Api.admin()
        .bearer()
        .queryParam("after", 0)
        .queryParam("offset", 10)
        .get("/api/time-bookings")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", endsWith("offset"));
  }
}
