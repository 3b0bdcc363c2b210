package org.teamward.api.input;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.teamward.failure.Invalid;

/**
 * Checks a JSON body against the Java type it is about to be bound to, so that JSON-B never has to
 * guess: UTF-8 only, exactly one document (nothing after it), each key once per object, a value of
 * the kind the field declares (an object for an object, a string for a string, true or false for a
 * boolean), integral numbers where the type is integral and inside its range (JSON-B would wrap
 * {@code 2^64 + 957} to 957 and truncate {@code 957.7}), no control characters other than tab and
 * line breaks in any text, and dates, times and named values that parse, dates within years 1 to
 * 9999, which every database stores. Each refusal names the field, by its JSON path.
 */
final class StrictJson {

  static final int MAX_DEPTH = 32;
  static final int MAX_NUMBER_LENGTH = 40;
  private static final BigDecimal DECIMAL_BOUND = BigDecimal.TEN.pow(15);
  static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private StrictJson() {}

  /** Refuses a malformed body with {@link Invalid}; answers quietly when it may be bound. */
  static void check(byte[] body, Type target) {
    try (JsonParser parser = Json.createParser(new StringReader(utf8(body)))) {
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

  /**
   * JSON is UTF-8 (RFC 8259); a decoder that replaces what it cannot read would store U+FFFD in
   * place of the client's text, so bytes that are not UTF-8 are refused.
   */
  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Invalid("body", "The body must be encoded in UTF-8.");
    }
  }

  private static void value(JsonParser parser, Event event, Type type, String path, int depth) {
    String field = path.isEmpty() ? "body" : path;
    Class<?> raw = raw(type);
    Kind expected = Kind.of(raw);
    if (event != Event.VALUE_NULL && expected != Kind.ANY && expected != Kind.of(event)) {
      throw new Invalid(field, expected.refusal);
    }
    switch (event) {
      case START_OBJECT -> {
        nest(path, depth);
        Set<String> keys = new HashSet<>();
        while (parser.next() != Event.END_OBJECT) {
          String key = parser.getString();
          text(key, field);
          String child = path.isEmpty() ? key : path + "." + key;
          if (!keys.add(key)) {
            throw new Invalid(child, "must appear only once in an object");
          }
          value(parser, parser.next(), member(type, raw, key), child, depth + 1);
        }
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
        text(text, field);
        meaning(text, raw, field);
      }
      case VALUE_NUMBER -> number(parser.getString(), raw, field);
      default -> {
        // true, false, null: the kind check above and Bean Validation judge these
      }
    }
  }

  /**
   * What a JSON value must be for a Java type. JSON-B would read {@code "yes"} or {@code 1} as a
   * false Boolean and {@code 123} as the String "123"; here a value of the wrong kind is refused.
   */
  private enum Kind {
    OBJECT("must be a JSON object"),
    ARRAY("must be a JSON array"),
    STRING("must be a JSON string"),
    NUMBER("must be a JSON number"),
    BOOLEAN("must be true or false"),
    ANY("");

    final String refusal;

    Kind(String refusal) {
      this.refusal = refusal;
    }

    static Kind of(Event event) {
      return switch (event) {
        case START_OBJECT -> OBJECT;
        case START_ARRAY -> ARRAY;
        case VALUE_STRING -> STRING;
        case VALUE_NUMBER -> NUMBER;
        case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
        default -> ANY;
      };
    }

    static Kind of(Class<?> type) {
      if (type == Object.class || JsonValue.class.isAssignableFrom(type)) {
        return ANY; // read and judged by the resource itself
      }
      if (type == Boolean.class || type == boolean.class) {
        return BOOLEAN;
      }
      if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
        return NUMBER;
      }
      if (CharSequence.class.isAssignableFrom(type)
          || type.isEnum()
          || TemporalAccessor.class.isAssignableFrom(type)
          || type == char.class
          || type == Character.class) {
        return STRING;
      }
      if (type.isArray() || Collection.class.isAssignableFrom(type)) {
        return ARRAY;
      }
      return OBJECT;
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

  /**
   * Strings that stand for a date, a time, an instant or one of a set of values must parse, so that
   * the refusal can name the field instead of JSON-B's generic "not valid JSON".
   */
  private static void meaning(String text, Class<?> type, String field) {
    LocalDate date;
    try {
      if (type == LocalDate.class) {
        date = LocalDate.parse(text);
      } else if (type == Instant.class) {
        date = OffsetDateTime.parse(text).toLocalDate();
      } else if (type == LocalTime.class) {
        LocalTime.parse(text);
        return;
      } else {
        if (type.isEnum()
            && Arrays.stream(type.getEnumConstants())
                .noneMatch(c -> ((Enum<?>) c).name().equals(text))) {
          throw new Invalid(field, "must be one of " + names(type));
        }
        return;
      }
    } catch (DateTimeParseException e) {
      throw new Invalid(field, FORMATS.get(type));
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new Invalid(field, "must be between the years 1 and 9999");
    }
  }

  private static String names(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .collect(Collectors.joining(", "));
  }

  private static final Map<Class<?>, String> FORMATS =
      Map.of(
          LocalDate.class, "must be a date as YYYY-MM-DD that exists, for example 2026-03-31",
          Instant.class,
              "must be a date and time with its offset from UTC, for example"
                  + " 2026-03-31T08:00:00Z or 2026-03-31T10:00:00+02:00",
          LocalTime.class, "must be a time of day as HH:MM, for example 08:30");

  /**
   * The parser's own limit (Parsson's, 1,100 digits) would end in a 500; a number longer than any
   * field can hold is refused first, by its text, so that no huge number is ever converted.
   */
  private static void number(String text, Class<?> type, String field) {
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw new Invalid(field, "must be a number of at most " + MAX_NUMBER_LENGTH + " characters");
    }
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      // an exponent beyond an int: JSON allows it, no field can hold it
      throw new Invalid(field, "must be a number that fits the field");
    }
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
      // A decimal field: its exponent may still be two billion, which no column holds.
      if (number.abs().compareTo(DECIMAL_BOUND) >= 0 || number.stripTrailingZeros().scale() > 15) {
        throw new Invalid(field, "must be a number below 10^15 with at most 15 decimals");
      }
      return;
    }
    boolean integral = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    if (!integral
        || number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new Invalid(field, "must be a whole number between " + min + " and " + max);
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
