package org.teamward.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.teamward.failure.Invalid;

class VersionsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"3|3", "\"3\"|3", "W/\"3\"|3", " \"17\" |17", "0|0"})
  void ifMatchNamesAVersion(String header, long version) {
    assertThat(Versions.ifMatch(header)).isEqualTo(version);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"*", " * ", "   "})
  void noIfMatchMeansUnconditional(String header) {
    assertThat(Versions.ifMatch(header)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "\"abc\"", "\"3", "3,4", "\"3\", \"4\"", "99999999999999999999"})
  void anythingElseIsInvalid(String header) {
    assertThatThrownBy(() -> Versions.ifMatch(header))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("If-Match"));
  }
}
