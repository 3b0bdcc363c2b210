package org.teamward.api.openapi;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.teamward.api.PageJson;
import org.teamward.api.validation.AtMost;
import org.teamward.api.validation.ClockTime;
import org.teamward.api.validation.InDateWindow;
import org.teamward.api.validation.Required;
import org.teamward.paging.QueryFilter;

/**
 * Schemas of the API's Java types, read from the records themselves: their components, their types,
 * and the same constraints the server enforces ({@code required}, {@code maxLength}, {@code
 * minimum}, {@code maximum}). Payara's own scan renders a record it meets through an annotation as
 * an empty object and types enums in query parameters as objects; this one does not. Records and
 * enums become components under their simple names; everything else is inline.
 */
final class TypeSchemas {

  private static final String REF = "#/components/schemas/";

  private final Components components;
  private final Map<String, Class<?>> named = new HashMap<>();

  TypeSchemas(Components components) {
    this.components = components;
  }

  /** The schema of a value of {@code type}, constrained as {@code annotated} declares. */
  Schema of(Type type, AnnotatedElement annotated) {
    Schema schema = of(type);
    constrain(schema, type, annotated);
    return schema;
  }

  /** Whether {@code annotated} makes the value required. */
  static boolean required(AnnotatedElement annotated) {
    return annotated != null
        && (annotated.isAnnotationPresent(NotNull.class)
            || annotated.isAnnotationPresent(Required.class));
  }

  Schema of(Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return create(SchemaType.STRING);
    }
    if (raw == long.class || raw == Long.class) {
      return create(SchemaType.INTEGER).format("int64");
    }
    if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
      return create(SchemaType.INTEGER).format("int32");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return create(SchemaType.BOOLEAN);
    }
    if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
      return create(SchemaType.NUMBER);
    }
    if (raw == Instant.class) {
      return create(SchemaType.STRING).format("date-time").example("2026-03-02T08:00:00Z");
    }
    if (raw == LocalDate.class) {
      return create(SchemaType.STRING).format("date").example("2026-03-02");
    }
    if (raw == LocalTime.class) {
      return create(SchemaType.STRING).pattern("^\\d{2}:\\d{2}(:\\d{2})?$").example("09:00");
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Schema array = create(SchemaType.ARRAY).items(of(argument(type, 0)));
      return Set.class.isAssignableFrom(raw) ? array.uniqueItems(true) : array;
    }
    if (Map.class.isAssignableFrom(raw)) {
      return create(SchemaType.OBJECT).additionalPropertiesSchema(of(argument(type, 1)));
    }
    if (raw.isEnum()) {
      return component(raw, "", () -> enumeration(raw));
    }
    if (raw == PageJson.class) {
      return component(raw(argument(type, 0)), "Page", () -> page(argument(type, 0)));
    }
    if (raw.isRecord()) {
      return component(raw, "", () -> record(raw));
    }
    // Object: whatever JSON the field takes, as its description says
    return OASFactory.createSchema();
  }

  private Schema record(Class<?> type) {
    Schema schema = create(SchemaType.OBJECT);
    for (RecordComponent component : type.getRecordComponents()) {
      // constraints declared on a component reach its accessor, whatever their targets
      AnnotatedElement declared = component.getAccessor();
      schema.addProperty(component.getName(), of(component.getGenericType(), declared));
      if (required(declared) || component.getType().isPrimitive()) {
        schema.addRequired(component.getName());
      }
    }
    return schema;
  }

  private Schema page(Type item) {
    return create(SchemaType.OBJECT)
        .description("One page of a list, in the list's order.")
        .addProperty(
            "total",
            create(SchemaType.INTEGER)
                .format("int64")
                .description(
                    "All matches, counted up to "
                        + QueryFilter.TOTAL_LOOKAHEAD
                        + " past this page."))
        .addProperty("offset", create(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO))
        .addProperty("limit", create(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO))
        .addProperty("items", create(SchemaType.ARRAY).items(of(item)))
        .addProperty(
            "totalExact",
            create(SchemaType.BOOLEAN)
                .description(
                    "False when more than "
                        + QueryFilter.TOTAL_LOOKAHEAD
                        + " matches lie past this page: they are not counted, and total is a"
                        + " lower bound."))
        .required(List.of("total", "offset", "limit", "items", "totalExact"));
  }

  private static Schema enumeration(Class<?> type) {
    return create(SchemaType.STRING)
        .enumeration(
            Arrays.stream(type.getEnumConstants())
                .map(c -> (Object) ((Enum<?>) c).name())
                .toList());
  }

  /**
   * A reference to the component of {@code type} (its simple name and {@code suffix}), built once.
   * Names do not depend on the order types are met in, so the document is the same on every start;
   * should two types still share a name, the second is named after its outer class or package, so
   * that the two never merge.
   */
  private Schema component(Class<?> type, String suffix, Supplier<Schema> build) {
    Class<?> outer = type.getEnclosingClass();
    // a resource's own records keep their names; a domain type's nested one is named after it
    // (Punch.Kind is PunchKind), since "Kind" alone says nothing
    String name =
        (outer == null || outer.isAnnotationPresent(jakarta.ws.rs.Path.class)
                ? ""
                : outer.getSimpleName())
            + type.getSimpleName()
            + suffix;
    if (named.containsKey(name) && !named.get(name).equals(type)) {
      name =
          (outer == null ? type.getPackageName().replace('.', '_') + "_" : outer.getSimpleName())
              + name;
    }
    if (!named.containsKey(name)) {
      named.put(name, type);
      components.addSchema(name, create(SchemaType.OBJECT)); // a placeholder for cycles
      components.addSchema(name, build.get());
    }
    return OASFactory.createSchema().ref(REF + name);
  }

  /** The server's own constraints, so that a client learns them before it is refused. */
  private static void constrain(Schema schema, Type type, AnnotatedElement annotated) {
    if (annotated == null || schema.getRef() != null) {
      return;
    }
    boolean text = raw(type) == String.class;
    Required required = annotated.getAnnotation(Required.class);
    if (required != null) {
      schema.minLength(1).maxLength(required.max());
    }
    AtMost atMost = annotated.getAnnotation(AtMost.class);
    if (atMost != null) {
      if (text) {
        schema.maxLength(atMost.value());
      } else {
        schema.maxItems(atMost.value());
      }
    }
    Size size = annotated.getAnnotation(Size.class);
    if (size != null) {
      if (text) {
        schema.minLength(size.min()).maxLength(size.max());
      } else {
        schema.minItems(size.min()).maxItems(size.max());
      }
    }
    Min min = annotated.getAnnotation(Min.class);
    if (min != null) {
      schema.minimum(BigDecimal.valueOf(min.value()));
    }
    Max max = annotated.getAnnotation(Max.class);
    if (max != null) {
      schema.maximum(BigDecimal.valueOf(max.value()));
    }
    Pattern pattern = annotated.getAnnotation(Pattern.class);
    if (pattern != null) {
      schema.pattern(pattern.regexp());
    }
    if (annotated.isAnnotationPresent(ClockTime.class)) {
      schema.description(
          "After 1970 and at most " + ClockTime.MAX_AHEAD.toMinutes() + " minutes in the future.");
    }
    if (annotated.isAnnotationPresent(InDateWindow.class)) {
      schema.description(
          "From " + InDateWindow.EARLIEST + " to " + InDateWindow.LATEST + ", both included.");
    }
  }

  private static Schema create(SchemaType type) {
    return OASFactory.createSchema().type(List.of(type));
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
        ? p.getActualTypeArguments()[index]
        : Object.class;
  }
}
