package org.teamward.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDateParamsTest {

  private final IsoDateParams params = new IsoDateParams();

  private <T> ParamConverter<T> converter(Class<T> type) {
    return params.getConverter(type, type, new Annotation[0]);
  }

  @Test
  void datesAndInstantsParseAsIso() {
    assertThat(converter(LocalDate.class).fromString("2026-03-02"))
        .isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(converter(Instant.class).fromString("2026-03-02T08:00:00Z"))
        .isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
    assertThat(converter(LocalDate.class).fromString("")).isNull();
  }

  /** Jersey turns any exception but IllegalArgumentException into a ParamException (400). */
  @Test
  void garbageFailsWithADateTimeException() {
    assertThatThrownBy(() -> converter(LocalDate.class).fromString("notadate"))
        .isInstanceOf(DateTimeException.class)
        .isNotInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> converter(Instant.class).fromString("2026-03-02"))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void otherTypesAreNotItsBusiness() {
    assertThat(converter(String.class)).isNull();
  }
}
