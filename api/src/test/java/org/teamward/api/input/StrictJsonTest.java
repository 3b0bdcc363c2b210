package org.teamward.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamward.failure.Invalid;

class StrictJsonTest {

  record Line(long id, Integer minutes, String text) {}

  enum Colour {
    RED,
    GREEN
  }

  record Body(
      Long projectId,
      int count,
      String note,
      LocalDate date,
      Instant at,
      LocalTime start,
      Boolean billable,
      Colour colour,
      BigDecimal hours,
      List<Line> lines,
      Set<Long> groups,
      JsonValue scope) {}

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
        "[{\"note\":\"a\"},{\"note\":\"b\"}]|body",
        "\"text\"|body",
        "{\"billable\":\"yes\"}|billable",
        "{\"billable\":1}|billable",
        "{\"billable\":\"true\"}|billable",
        "{\"note\":123}|note",
        "{\"note\":true}|note",
        "{\"note\":{}}|note",
        "{\"projectId\":\"957\"}|projectId",
        "{\"projectId\":[957]}|projectId",
        "{\"hours\":\"1.5\"}|hours",
        "{\"lines\":{\"id\":1}}|lines",
        "{\"lines\":[1]}|lines[0]",
        "{\"groups\":[\"1\"]}|groups[0]",
        "{\"note\":\"a\",\"note\":\"b\"}|note",
        "{\"lines\":[{\"id\":1,\"id\":2}]}|lines[0].id",
        "{\"date\":\"2026-02-30\"}|date",
        "{\"date\":\"2026-1-1\"}|date",
        "{\"date\":\"yesterday\"}|date",
        "{\"at\":\"2026-11-02T08:00:00\"}|at",
        "{\"start\":\"25:00\"}|start",
        "{\"start\":\"8:00\"}|start",
        "{\"colour\":\"BLUE\"}|colour",
        "{\"colour\":\"red\"}|colour",
        "{\"hours\":1e2147483648}|hours",
      })
  void refusesNamingTheField(String json, String field) {
    assertThat(refusedField(json)).isEqualTo(field);
  }

  @Test
  void acceptsWhatMeansExactlyOneThing() {
    String json =
        "{\"projectId\":9223372036854775807,\"count\":-2147483648,\"note\":\"tab\\tline\\r\\n\","
            + "\"date\":\"2026-11-02\",\"at\":\"2026-11-02T10:00:00+02:00\",\"lines\":[{\"id\":1.0}],"
            + "\"start\":\"08:30\",\"billable\":true,\"colour\":\"GREEN\",\"hours\":1.25,"
            + "\"scope\":[1,2],\"groups\":null,"
            + "\"unknown\":{\"deep\":[1.5,\"x\"]}}  \n";
    assertThatCode(() -> StrictJson.check(json.getBytes(StandardCharsets.UTF_8), Body.class))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesNumbersOfAnyLengthByTheirText() {
    assertThat(refusedField("{\"hours\":" + "9".repeat(1_101) + "}")).isEqualTo("hours");
    assertThat(refusedField("{\"unknown\":" + "9".repeat(100_000) + "}")).isEqualTo("unknown");
    assertThat(refusedField("{\"projectId\":" + "9".repeat(1_101) + "}")).isEqualTo("projectId");
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    byte[] latin1 = "{\"note\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    Invalid invalid =
        catchThrowableOfType(Invalid.class, () -> StrictJson.check(latin1, Body.class));
    assertThat(invalid).isNotNull();
    assertThat(invalid.violations().get(0).field()).isEqualTo("body");
  }

  @Test
  void namesTheAllowedValuesAndFormats() {
    Invalid colour =
        catchThrowableOfType(
            Invalid.class,
            () ->
                StrictJson.check(
                    "{\"colour\":\"BLUE\"}".getBytes(StandardCharsets.UTF_8), Body.class));
    assertThat(colour.violations().get(0).message()).isEqualTo("must be one of RED, GREEN");
    Invalid date =
        catchThrowableOfType(
            Invalid.class,
            () ->
                StrictJson.check(
                    "{\"date\":\"2026-02-30\"}".getBytes(StandardCharsets.UTF_8), Body.class));
    assertThat(date.violations().get(0).message()).contains("YYYY-MM-DD");
  }

  @Test
  void refusesDeepNestingBeforeTheStackDoes() {
    String json = "{\"unknown\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertThat(refusedField(json)).startsWith("unknown[0]");
  }
}
