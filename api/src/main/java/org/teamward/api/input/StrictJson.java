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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.teamward.failure.Invalid;

/**
 * Checks a JSON body against the Java type it is about to be bound to, so that JSON-B never has to
 * guess: UTF-8 only, exactly one document (nothing after it), each key once per object, a value of
 * the kind the field declares (an object for an object, a string for a string, true or false for a
 * boolean), integral numbers where the type is integral and inside its range (JSON-B would wrap
 * {@code 2^64 + 957} to 957 and truncate {@code 957.7}), no control characters other than tab and
 * line breaks in any text, and dates, times and named values that parse, dates within years 1 to
 * 9999, which every database stores. Each refusal names the field, by its JSON path. Here the
 * document's shape is walked against the type; {@link StrictScalars} judges each text and number.
 */
final class StrictJson {

  static final int MAX_DEPTH = 32;

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
          StrictScalars.text(key, field);
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
        StrictScalars.text(text, field);
        StrictScalars.meaning(text, raw, field);
      }
      case VALUE_NUMBER -> StrictScalars.number(parser.getString(), raw, field);
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
