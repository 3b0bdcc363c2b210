package org.teamward.it.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.teamward.it.support.Api;

/** Walking a whole list with the cursor, as a payroll or ERP sync does. */
public abstract class PagingTests {

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

  static final List<String> LISTS =
      List.of(
          "/api/absences",
          "/api/absences/absent?from=2026-01-01&to=2026-01-31",
          "/api/access-authorisations",
          "/api/attendance",
          "/api/attendance/checked-in",
          "/api/audit-events",
          "/api/credentials",
          "/api/devices",
          "/api/employees",
          "/api/me/activity",
          "/api/projects",
          "/api/time-bookings",
          "/api/time-bookings/hours-per-project?from=2026-01-01&to=2026-01-31",
          "/api/user-groups",
          "/api/users");

  static Stream<Arguments> bounds() {
    List<String> values =
        List.of(
            "offset=2147483647",
            "offset=1000001",
            "offset=2147483648",
            "offset=-2147483649",
            "offset=1e3",
            "limit=0",
            "limit=2147483647",
            "limit=99999999999999999999",
            "after=9223372036854775807",
            "after=9223372036854775808",
            "after=-1",
            "after=0x10");
    return LISTS.stream().flatMap(list -> values.stream().map(value -> Arguments.of(list, value)));
  }

  /** Any value of a paging parameter is a page or a 400 naming it, never a server error. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("bounds")
  void pagingParametersAtAnyValueAnswerAPageOrNameTheParameter(String list, String value) {
    String path = list + (list.contains("?") ? "&" : "?") + value;
    Response response = Api.admin().bearer().get(path);
    assertThat(response.statusCode()).as(path + ": " + response.asString()).isIn(200, 400);
    if (response.statusCode() == 400) {
      assertThat(response.jsonPath().getList("errors.field", String.class))
          .as(path)
          .containsExactly(value.substring(0, value.indexOf('=')));
    }
  }

  @Test
  void theDeviceListHonoursLimitAndOffset() {
    Api.Device owner = Api.admin();
    owner.bearer().get("/api/devices").then().statusCode(200);
    int all =
        owner.bearer().get("/api/devices?limit=500").then().extract().jsonPath().getInt("total");
    assertThat(all).isGreaterThanOrEqualTo(1);
    JsonPath page = owner.bearer().get("/api/devices?offset=" + all + "&limit=1").jsonPath();
    assertThat(page.getList("items")).isEmpty();
    assertThat(page.getInt("total")).isEqualTo(all);
    assertThat(page.getInt("limit")).isEqualTo(1);
    assertThat(page.getInt("offset")).isEqualTo(all);
    JsonPath first = owner.bearer().get("/api/devices?limit=1").jsonPath();
    assertThat(first.getList("items")).hasSize(1);
    assertThat(first.getInt("limit")).isEqualTo(1);
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
