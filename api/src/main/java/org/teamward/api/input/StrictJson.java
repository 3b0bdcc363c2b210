package org.teamward.api.input;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import org.teamward.failure.Invalid;

/**
 * Checks a JSON body against the Java type it is about to be bound to, so that JSON-B never has to
 * guess: exactly one document (nothing after it), integral numbers where the type is integral and
 * inside its range (JSON-B would wrap {@code 2^64 + 957} to 957 and truncate {@code 957.7}), no
 * control characters other than tab and line breaks in any text, and dates within years 1 to 9999,
 * which every database stores. Each refusal names the field, by its JSON path.
 */
final class StrictJson {

  static final int MAX_DEPTH = 32;
  static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private StrictJson() {}

  /** Refuses a malformed body with {@link Invalid}; answers quietly when it may be bound. */
  static void check(byte[] body, Type target) {
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      if (!parser.hasNext()) {
        return;
      }
      value(parser, parser.next(), target, "", 0);
      boolean trailing;
      try {
        trailing = parser.hasNext();
      } catch (JsonException e) {
        trailing = true;
      }
      if (trailing) {
        throw new Invalid("body", "The body must be one JSON document with nothing after it.");
      }
    } catch (JsonException e) {
      // Syntax errors: the position would help, but the parser's message may quote the input.
      throw new Invalid("body", "The body is not well-formed JSON.");
    }
  }

  private static void value(JsonParser parser, Event event, Type type, String path, int depth) {
    switch (event) {
      case START_OBJECT -> {
        nest(path, depth);
        Class<?> raw = raw(type);
        Event next;
        while ((next = parser.next()) != Event.END_OBJECT) {
          String key = parser.getString();
          text(key, path.isEmpty() ? "body" : path);
          String child = path.isEmpty() ? key : path + "." + key;
          value(parser, parser.next(), member(type, raw, key), child, depth + 1);
        }
        assert next == Event.END_OBJECT;
      }
      case START_ARRAY -> {
        nest(path, depth);
        Type element = element(type);
        int index = 0;
        Event next;
        while ((next = parser.next()) != Event.END_ARRAY) {
          value(parser, next, element, path + "[" + index++ + "]", depth + 1);
        }
      }
      case VALUE_STRING -> {
        String text = parser.getString();
        String field = path.isEmpty() ? "body" : path;
        text(text, field);
        date(text, raw(type), field);
      }
      case VALUE_NUMBER -> number(parser.getBigDecimal(), raw(type), path);
      default -> {
        // true, false, null: JSON-B and Bean Validation judge these
      }
    }
  }

  private static void nest(String path, int depth) {
    if (depth >= MAX_DEPTH) {
      throw new Invalid(path.isEmpty() ? "body" : path, "The body is nested too deeply.");
    }
  }

  /** Control characters corrupt logs and exports and some databases refuse NUL; \t \n \r stay. */
  static void text(String text, String field) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
        throw new Invalid(field, "must not contain control characters");
      }
    }
  }

  private static void date(String text, Class<?> type, String field) {
    try {
      LocalDate date = null;
      if (type == LocalDate.class) {
        date = LocalDate.parse(text);
      } else if (type == Instant.class) {
        date = OffsetDateTime.parse(text).toLocalDate();
      }
      if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
        throw new Invalid(field, "must be between the years 1 and 9999");
      }
    } catch (DateTimeParseException e) {
      // JSON-B refuses it as malformed, with the same 400
    }
  }

  private static void number(BigDecimal number, Class<?> type, String field) {
    long min;
    long max;
    if (type == Long.class || type == long.class) {
      min = Long.MIN_VALUE;
      max = Long.MAX_VALUE;
    } else if (type == Integer.class || type == int.class) {
      min = Integer.MIN_VALUE;
      max = Integer.MAX_VALUE;
    } else if (type == Short.class || type == short.class) {
      min = Short.MIN_VALUE;
      max = Short.MAX_VALUE;
    } else {
      return;
    }
    boolean integral = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    if (!integral
        || number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new Invalid(
          field.isEmpty() ? "body" : field,
          "must be a whole number between " + min + " and " + max);
    }
  }

  /** The declared type of a member: a record component, or a field of a plain class. */
  private static Type member(Type type, Class<?> raw, String name) {
    if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[1];
    }
    if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        if (component.getName().equals(name)) {
          return component.getGenericType();
        }
      }
      return Object.class;
    }
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        return field.getGenericType();
      } catch (NoSuchFieldException e) {
        // look further up
      }
    }
    return Object.class;
  }

  private static Type element(Type type) {
    if (type instanceof ParameterizedType p
        && Collection.class.isAssignableFrom(raw(p.getRawType()))) {
      return p.getActualTypeArguments()[0];
    }
    if (type instanceof GenericArrayType a) {
      return a.getGenericComponentType();
    }
    if (type instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    return Object.class;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    return Object.class;
  }
}
