package org.teamward.api.openapi;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.paging.PageRequest;

/**
 * What the annotations cannot say, run over the document Payara built from them (registered as
 * {@code mp.openapi.filter}). Everything else, from operation ids to the constraints of each field,
 * is a MicroProfile OpenAPI annotation on the resources, their records and {@link TeamwardApi}.
 */
public class ApiDescription implements OASFilter {

  static final String PROBLEM_JSON = "application/problem+json";
  private static final String REF = "#/components/schemas/";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    List<Schema> roots = new ArrayList<>();
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        refusals(operation);
        preconditions(operation);
        // Payara writes false for each attribute of @Parameter left unset, and OpenAPI 3.1
        // allows allowEmptyValue and allowReserved on query parameters only
        for (Parameter p :
            Objects.requireNonNullElse(operation.getParameters(), List.<Parameter>of())) {
          if (p.getIn() == Parameter.In.QUERY && PAGING.contains(p.getName())) {
            p.setSchema(paging(p.getName()));
          }
          roots.add(p.getSchema());
          p.allowEmptyValue(null).allowReserved(null).required(orNull(p.getRequired()));
          p.setDeprecated(orNull(p.getDeprecated()));
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
    }
    openAPI.getComponents().getResponses().values().forEach(r -> content(r.getContent(), roots));
    Map<String, Schema> components = openAPI.getComponents().getSchemas();
    components.values().forEach(ApiDescription::repaired);
    roots.removeIf(Objects::isNull);
    roots.forEach(ApiDescription::repaired);
    // any JSON value ("all", a list, an object): Payara gives a declared schema a type regardless
    components.get("EmployeeScope").setType(null);
    // Java's PageJson<T> is one class: each list's answer names "<item>Page", made here from the
    // one declared PageJson with that list's items
    Schema page = components.get("PageJson");
    roots.stream()
        .map(Schema::getRef)
        .filter(ref -> ref != null && ref.endsWith("Page"))
        .map(ref -> ref.substring(REF.length()))
        .filter(name -> !components.containsKey(name))
        .distinct()
        .toList()
        .forEach(name -> openAPI.getComponents().addSchema(name, pageOf(page, name)));
    // Payara adds a schema for each type it meets, reachable or not (the generic PageJson, enums
    // under bare names such as "Kind"): client generators would make classes nobody uses of them
    Set<String> reached = new HashSet<>();
    Deque<Schema> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      Schema schema = pending.pop();
      if (schema.getRef() != null && reached.add(schema.getRef().substring(REF.length()))) {
        java.util.Optional.ofNullable(components.get(schema.getRef().substring(REF.length())))
            .ifPresent(pending::add);
      }
      nested(schema, pending::add);
    }
    Set.copyOf(components.keySet()).stream()
        .filter(name -> !reached.contains(name))
        .forEach(openAPI.getComponents()::removeSchema);
  }

  /**
   * The paging parameters every list takes, described here once instead of by the same annotation
   * on each list's method.
   */
  private static final Set<String> PAGING = Set.of("offset", "limit", "after");

  private static Schema paging(String name) {
    Schema schema =
        OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).minimum(BigDecimal.ZERO);
    return switch (name) {
      case "offset" ->
          schema
              .format("int32")
              .maximum(BigDecimal.valueOf(PageRequest.MAX_OFFSET))
              .description(PageJson.OFFSET);
      case "limit" ->
          schema
              .format("int32")
              .minimum(BigDecimal.ONE)
              .maximum(new BigDecimal(PageJson.MAX_LIMIT))
              .description(PageJson.LIMIT);
      default -> schema.format("int64").description(PageJson.AFTER);
    };
  }

  private static Schema pageOf(Schema page, String name) {
    Map<String, Schema> properties = new java.util.LinkedHashMap<>(page.getProperties());
    Schema item = OASFactory.createSchema().ref(REF + name.substring(0, name.length() - 4));
    properties.put("items", OASFactory.createSchema().type(List.of(SchemaType.ARRAY)).items(item));
    return OASFactory.createSchema()
        .type(page.getType())
        .description(page.getDescription())
        .required(page.getRequired())
        .properties(properties);
  }

  /**
   * The refusals every operation can answer: 401 unless it needs no credentials, 400 and 413 when
   * it takes a body, 500 always. Annotations could only repeat them on each operation.
   */
  private static void refusals(Operation operation) {
    APIResponses responses = operation.getResponses();
    Map<String, String> refusals = new java.util.TreeMap<>();
    if (operation.getSecurity() == null
        || operation.getSecurity().stream()
            .noneMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty())) {
      refusals.put("401", "No valid credentials; see WWW-Authenticate.");
    }
    if (operation.getRequestBody() != null) {
      refusals.put("400", "Invalid input: the problem lists each rejected field.");
      refusals.put("413", "The request body is larger than the configured limit.");
    }
    refusals.put("500", "Unexpected failure; the problem names an incident id.");
    Schema schema = OASFactory.createSchema().ref(REF + "Problem");
    Content problem =
        OASFactory.createContent()
            .addMediaType(PROBLEM_JSON, OASFactory.createMediaType().schema(schema));
    refusals.forEach(
        (status, text) -> {
          if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(
                status, OASFactory.createAPIResponse().description(text).content(problem));
          }
        });
  }

  /**
   * An operation that takes {@code If-Match} writes a versioned record and requires it: the header
   * is required, and the operation answers 428 without it, 400 for a tag that is not a strong one
   * from this API, and 412 for an outdated one.
   */
  private static void preconditions(Operation operation) {
    boolean conditional = false;
    for (Parameter p :
        Objects.requireNonNullElse(operation.getParameters(), List.<Parameter>of())) {
      if (p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName())) {
        p.required(true).description(TeamwardApi.IF_MATCH);
        conditional = true;
      }
    }
    if (!conditional) {
      return;
    }
    APIResponses responses = operation.getResponses();
    Map<String, String> shared =
        Map.of(
            "400", TeamwardApi.BAD_REQUEST,
            "412", TeamwardApi.STALE,
            "428", TeamwardApi.PRECONDITION_REQUIRED);
    shared.forEach(
        (status, name) -> {
          if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(
                status, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
          }
        });
  }

  /**
   * Repairs what Payara makes of a schema annotation, since no annotation can undo it: it writes
   * every attribute, unset ones included ({@code maxItems: -2147483648}, {@code examples: [""]});
   * the Java type's {@code number} overrides the annotation's {@code integer} of a {@code long};
   * enums lose their type; and an array cannot state its items, so the annotation names their
   * component or type in the extension {@link TeamwardApi#ITEMS} (a list of ids, their format).
   */
  private static void repaired(Schema schema) {
    schema.minLength(set(schema.getMinLength())).maxLength(set(schema.getMaxLength()));
    schema.minItems(set(schema.getMinItems())).maxItems(set(schema.getMaxItems()));
    schema.minProperties(set(schema.getMinProperties()));
    schema.maxProperties(set(schema.getMaxProperties()));
    schema.minContains(set(schema.getMinContains())).maxContains(set(schema.getMaxContains()));
    schema.deprecated(orNull(schema.getDeprecated())).readOnly(orNull(schema.getReadOnly()));
    schema.writeOnly(orNull(schema.getWriteOnly())).uniqueItems(orNull(schema.getUniqueItems()));
    if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() == 0) {
      schema.setMultipleOf(null);
    }
    if (List.of("").equals(schema.getExamples())) {
      schema.setExamples(null);
    }
    if (schema.getFormat() != null && schema.getFormat().startsWith("int")) {
      Schema target = schema.getItems() != null ? schema.getItems() : schema;
      target.type(List.of(SchemaType.INTEGER)).format(schema.getFormat());
      schema.setFormat(target == schema ? schema.getFormat() : null);
    }
    if (schema.getRef() == null && schema.getEnumeration() != null && schema.getType() == null) {
      schema.setType(List.of(SchemaType.STRING));
    }
    if (schema.getExtensions() != null
        && schema.getExtensions().get(TeamwardApi.ITEMS) instanceof String items) {
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

  private static Boolean orNull(Boolean flag) {
    return Boolean.TRUE.equals(flag) ? true : null;
  }

  /**
   * Collects the schemas of a body, and makes its examples the JSON they show rather than a string
   * holding it: an annotation's example can only be text, and validators check it against the
   * schema.
   */
  private static void content(Content content, List<Schema> roots) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    content.getMediaTypes().values().forEach(m -> roots.add(m.getSchema()));
    content.getMediaTypes().values().stream()
        .filter(m -> m.getExamples() != null)
        .flatMap(m -> m.getExamples().values().stream())
        .filter(e -> e.getValue() instanceof String)
        .forEach(
            e -> {
              try {
                e.setValue(JSON.fromJson((String) e.getValue(), Object.class));
              } catch (JsonbException notJson) {
                // shown as the text it is
              }
            });
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
