package org.teamward.api.openapi;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.teamward.api.TeamwardApi;

/**
 * What the annotations cannot say, run over the document Payara built from them (registered as
 * {@code mp.openapi.filter}). Everything else, from operation ids to the constraints of each field,
 * is a MicroProfile OpenAPI annotation on the resources, their records and {@link TeamwardApi}.
 */
public class ApiDescription implements OASFilter {

  static final String PROBLEM_JSON = "application/problem+json";
  private static final String REF = "#/components/schemas/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    List<Schema> roots = new ArrayList<>();
    for (Operation operation : operations(openAPI)) {
      refusals(operation);
      if (operation.getParameters() != null) {
        operation.getParameters().forEach(ApiDescription::withoutUnsetDefaults);
        operation.getParameters().forEach(p -> roots.add(p.getSchema()));
      }
      if (operation.getRequestBody() != null) {
        content(operation.getRequestBody().getContent(), roots);
      }
      operation
          .getResponses()
          .getAPIResponses()
          .values()
          .forEach(r -> content(r.getContent(), roots));
    }
    if (openAPI.getComponents().getResponses() != null) {
      openAPI.getComponents().getResponses().values().forEach(r -> content(r.getContent(), roots));
    }
    Map<String, Schema> components = openAPI.getComponents().getSchemas();
    components.values().forEach(ApiDescription::repaired);
    // any JSON value ("all", a list, an object): Payara gives a declared schema a type regardless
    components.get("EmployeeScope").setType(null);
    roots.removeIf(java.util.Objects::isNull);
    roots.forEach(ApiDescription::repaired);
    Set<String> reached = new HashSet<>();
    Deque<Schema> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      Schema schema = pending.pop();
      String ref = schema.getRef();
      if (ref != null && reached.add(ref.substring(REF.length()))) {
        Schema component = components.get(ref.substring(REF.length()));
        if (component != null) {
          pending.add(component);
        }
      }
      nested(schema, pending::add);
    }
    // Payara adds a schema for each type it meets, reachable or not (the generic PageJson, the
    // java.time types, enums under their bare names such as "Kind"): client generators would
    // turn each into a class nobody uses.
    List.copyOf(components.keySet()).stream()
        .filter(name -> !reached.contains(name))
        .forEach(openAPI.getComponents()::removeSchema);
  }

  /**
   * The refusals every operation can answer: 401 unless it needs no credentials, 400 and 413 when
   * it takes a body, 500 always. An annotation could only repeat them on each of the operations.
   */
  private static void refusals(Operation operation) {
    APIResponses responses = operation.getResponses();
    boolean isPublic =
        operation.getSecurity() != null
            && operation.getSecurity().stream()
                .anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
    if (!isPublic) {
      refusal(responses, "401", "No valid credentials; see WWW-Authenticate.");
    }
    if (operation.getRequestBody() != null) {
      refusal(responses, "400", "Invalid input: the problem lists each rejected field.");
      refusal(responses, "413", "The request body is larger than the configured limit.");
    }
    refusal(responses, "500", "Unexpected failure; the problem names an incident id.");
  }

  private static void refusal(APIResponses responses, String status, String description) {
    if (!responses.hasAPIResponse(status)) {
      Schema problem = OASFactory.createSchema().ref(REF + "Problem");
      responses.addAPIResponse(
          status,
          OASFactory.createAPIResponse()
              .description(description)
              .content(
                  OASFactory.createContent()
                      .addMediaType(PROBLEM_JSON, OASFactory.createMediaType().schema(problem))));
    }
  }

  /**
   * Repairs what Payara makes of a schema annotation, since no annotation can undo it: it writes
   * every attribute, unset ones included ({@code maxItems: -2147483648}, {@code examples: [""]});
   * the Java type's {@code number} overrides the annotation's {@code integer} of a {@code long};
   * enums lose their type; and an array cannot name its items' component, so the annotation names
   * it in the extension {@link TeamwardApi#ITEMS} (and a list of ids states its items' format).
   */
  private static void repaired(Schema schema) {
    schema.setMinLength(set(schema.getMinLength()));
    schema.setMaxLength(set(schema.getMaxLength()));
    schema.setMinItems(set(schema.getMinItems()));
    schema.setMaxItems(set(schema.getMaxItems()));
    schema.setMinProperties(set(schema.getMinProperties()));
    schema.setMaxProperties(set(schema.getMaxProperties()));
    schema.setMinContains(set(schema.getMinContains()));
    schema.setMaxContains(set(schema.getMaxContains()));
    schema.setDeprecated(Boolean.TRUE.equals(schema.getDeprecated()) ? true : null);
    schema.setReadOnly(Boolean.TRUE.equals(schema.getReadOnly()) ? true : null);
    schema.setWriteOnly(Boolean.TRUE.equals(schema.getWriteOnly()) ? true : null);
    schema.setUniqueItems(Boolean.TRUE.equals(schema.getUniqueItems()) ? true : null);
    if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() == 0) {
      schema.setMultipleOf(null);
    }
    if (List.of("").equals(schema.getExamples())) {
      schema.setExamples(null);
    }
    if (schema.getFormat() != null && schema.getFormat().startsWith("int")) {
      Schema target = schema.getItems() != null ? schema.getItems() : schema;
      target.type(List.of(SchemaType.INTEGER)).format(schema.getFormat());
      if (target != schema) {
        schema.setFormat(null);
      }
    }
    if (schema.getRef() == null && schema.getEnumeration() != null && schema.getType() == null) {
      schema.setType(List.of(SchemaType.STRING));
    }
    if (schema.getExtensions() != null && schema.getExtensions().get(TeamwardApi.ITEMS) != null) {
      String items = (String) schema.getExtension(TeamwardApi.ITEMS);
      schema.setItems(
          Character.isUpperCase(items.charAt(0))
              ? OASFactory.createSchema().ref(REF + items)
              : OASFactory.createSchema().type(List.of(SchemaType.valueOf(items.toUpperCase()))));
      schema.removeExtension(TeamwardApi.ITEMS);
    }
    nested(schema, ApiDescription::repaired);
  }

  /** A length or count as set, or null for Payara's marks of "unset" (0, negative, maximum). */
  private static Integer set(Integer value) {
    return value == null || value <= 0 || value == Integer.MAX_VALUE ? null : value;
  }

  /** The same for a parameter: Payara writes {@code false} for each attribute left unset. */
  private static void withoutUnsetDefaults(Parameter parameter) {
    if (Boolean.FALSE.equals(parameter.getRequired())) {
      parameter.setRequired(null);
    }
    parameter.setDeprecated(Boolean.TRUE.equals(parameter.getDeprecated()) ? true : null);
    // OpenAPI 3.1 allows these two on query parameters only
    parameter.setAllowEmptyValue(null);
    parameter.setAllowReserved(null);
  }

  /**
   * The schemas of a body, and its examples as the JSON they show rather than a string holding it:
   * an annotation's example value can only be text, and validators check examples against the
   * schema.
   */
  private static void content(Content content, List<Schema> roots) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    content.getMediaTypes().values().stream()
        .peek(m -> roots.add(m.getSchema()))
        .filter(m -> m.getExamples() != null)
        .flatMap(m -> m.getExamples().values().stream())
        .filter(e -> e.getValue() instanceof String)
        .forEach(
            e -> {
              try (JsonReader reader = Json.createReader(new StringReader((String) e.getValue()))) {
                e.setValue(plain(reader.readValue()));
              } catch (JsonException notJson) {
                // shown as the text it is
              }
            });
  }

  /** JSON-P's value as the maps, lists and plain values the document writer takes. */
  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
        yield map;
      }
      case ARRAY -> value.asJsonArray().stream().map(ApiDescription::plain).toList();
      case STRING -> ((jakarta.json.JsonString) value).getString();
      case NUMBER -> ((jakarta.json.JsonNumber) value).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }

  private static List<Operation> operations(OpenAPI openAPI) {
    return openAPI.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .toList();
  }

  private static void nested(Schema schema, Consumer<Schema> action) {
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(action);
    }
    if (schema.getItems() != null) {
      action.accept(schema.getItems());
    }
    if (schema.getAdditionalPropertiesSchema() != null) {
      action.accept(schema.getAdditionalPropertiesSchema());
    }
  }
}
