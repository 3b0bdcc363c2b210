package org.teamward.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.teamward.api.problem.Problem;
import org.teamward.failure.Invalid;

class VersionsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"3|3", "\"3\"|3", " \"17\" |17", "\"0\"|0", "0|0"})
  void ifMatchNamesAVersion(String header, long version) {
    assertThat(Versions.ifMatch(header)).isEqualTo(version);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void withoutIfMatchTheAnswerIs428(String header) {
    assertThatThrownBy(() -> Versions.ifMatch(header))
        .isInstanceOfSatisfying(
            WebApplicationException.class,
            e -> {
              assertThat(e.getResponse().getStatus()).isEqualTo(428);
              assertThat(e.getResponse().getMediaType()).isEqualTo(Problem.MEDIA_TYPE);
              Problem problem = (Problem) e.getResponse().getEntity();
              assertThat(problem.type())
                  .isEqualTo("https://teamward.org/problems/precondition-required");
              assertThat(problem.status()).isEqualTo(428);
              assertThat(problem.title()).isEqualTo("Precondition Required");
              assertThat(problem.detail()).contains("If-Match");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"W/\"3\"", " W/\"3\" ", "W/3", "w/\"3\""})
  void aWeakTagIsRefused(String header) {
    assertRefused(header);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", " * "})
  void anyVersionIsRefused(String header) {
    assertThatThrownBy(() -> Versions.ifMatch(header))
        .isInstanceOfSatisfying(
            Invalid.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("If-Match");
              assertThat(e.violations().get(0).message()).contains("strong ETag");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "\"abc\"",
        "\"3",
        "3,4",
        "\"3\", \"4\"",
        "99999999999999999999",
        "\"\"",
        "\"-1\"",
        "+3",
        "\" 3\""
      })
  void anythingElseIsInvalid(String header) {
    assertRefused(header);
  }

  @Test
  void theTagOfAVersionIsStrong() {
    assertThat(Versions.tag(7).isWeak()).isFalse();
    assertThat(Versions.tag(7).getValue()).isEqualTo("7");
  }

  private static void assertRefused(String header) {
    assertThatThrownBy(() -> Versions.ifMatch(header))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("If-Match"));
  }
}
