package org.teamward.api;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * Lets query parameters be {@link LocalDate} ({@code 2026-03-02}) and {@link Instant} ({@code
 * 2026-03-02T08:00:00Z}). JAX-RS converts only types with a {@code valueOf}, {@code fromString} or
 * String constructor, and the java.time types have none. A value that does not parse makes Jersey
 * raise a ParamException, which answers 400 problem+json like any other bad parameter.
 */
@Provider
public class IsoDateParams implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType == LocalDate.class) {
      return (ParamConverter<T>) new Iso<>(text -> inRange(LocalDate.parse(text)));
    }
    if (rawType == Instant.class) {
      return (ParamConverter<T>) new Iso<>(text -> inRange(Instant.parse(text)));
    }
    return null;
  }

  /**
   * Years 1 to 9999 only: further out, a filter can only be a mistake, and some databases fail on
   * the value instead of finding nothing.
   */
  static LocalDate inRange(LocalDate date) {
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw new IllegalArgumentException("year out of range");
    }
    return date;
  }

  static Instant inRange(Instant instant) {
    inRange(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    return instant;
  }

  /** Parses strictly; an empty parameter ({@code ?from=}) counts as absent. */
  static final class Iso<T> implements ParamConverter<T> {

    private final Function<String, T> parse;

    Iso(Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public T fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      return parse.apply(value.trim());
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }
}
