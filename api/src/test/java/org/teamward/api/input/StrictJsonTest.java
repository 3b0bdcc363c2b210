package org.teamward.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamward.failure.Invalid;

class StrictJsonTest {

  record Line(long id, Integer minutes, String text) {}

  record Body(
      Long projectId,
      int count,
      String note,
      LocalDate date,
      Instant at,
      List<Line> lines,
      Set<Long> groups) {}

  static String refusedField(String json) {
    Invalid invalid =
        catchThrowableOfType(
            Invalid.class,
            () -> StrictJson.check(json.getBytes(StandardCharsets.UTF_8), Body.class));
    assertThat(invalid).as(json).isNotNull();
    return invalid.violations().get(0).field();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"projectId\":18446744073709552573}|projectId",
        "{\"projectId\":957.7}|projectId",
        "{\"projectId\":1e300}|projectId",
        "{\"projectId\":5e-1}|projectId",
        "{\"count\":2147483648}|count",
        "{\"lines\":[{\"id\":1},{\"id\":1.5}]}|lines[1].id",
        "{\"lines\":[{\"minutes\":99999999999}]}|lines[0].minutes",
        "{\"groups\":[1,2.5]}|groups[1]",
        "{\"note\":\"a\\u0000b\"}|note",
        "{\"note\":\"a\\u007fb\"}|note",
        "{\"note\":\"a\\u009fb\"}|note",
        "{\"lines\":[{\"text\":\"\\u001b[31m\"}]}|lines[0].text",
        "{\"date\":\"+999999999-12-31\"}|date",
        "{\"at\":\"-999999999-01-01T00:00:00Z\"}|at",
        "{\"note\":\"x\"} {}|body",
        "{\"note\":\"x\"} trailing|body",
        "[1] [2]|body",
        "{\"note\":|body",
      })
  void refusesNamingTheField(String json, String field) {
    assertThat(refusedField(json)).isEqualTo(field);
  }

  @Test
  void acceptsWhatMeansExactlyOneThing() {
    String json =
        "{\"projectId\":9223372036854775807,\"count\":-2147483648,\"note\":\"tab\\tline\\r\\n\","
            + "\"date\":\"2026-11-02\",\"at\":\"2026-11-02T08:00:00Z\",\"lines\":[{\"id\":1.0}],"
            + "\"unknown\":{\"deep\":[1.5,\"x\"]}}  \n";
    assertThatCode(() -> StrictJson.check(json.getBytes(StandardCharsets.UTF_8), Body.class))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesDeepNestingBeforeTheStackDoes() {
    String json = "{\"unknown\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertThat(refusedField(json)).startsWith("unknown[0]");
  }
}
