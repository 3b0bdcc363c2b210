package org.teamward.api.openapi;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.teamward.api.problem.Problem;
import org.teamward.paging.PageRequest;

/**
 * Runs over the document Payara generated (registered as {@code mp.openapi.filter}):
 *
 * <ul>
 *   <li>types ids as {@code integer/int64}, and completes every operation from its Java method
 *       ({@link TypeSchemas}): parameter types, and request and answer records with the constraints
 *       the server enforces;
 *   <li>documents the refusals every operation can answer (401 unless it states no credentials
 *       needed, 413 for a body, 500) with the problem schema;
 *   <li>leaves out the parameter attributes OpenAPI 3.1 allows on query parameters only.
 * </ul>
 *
 * Operation ids, security and the server address are annotations ({@code @Operation},
 * {@code @SecurityRequirement} on each resource class, {@code @OpenAPIDefinition} on {@link
 * org.teamward.api.TeamwardApi}).
 */
public class ApiDescription implements OASFilter {

  static final String PROBLEM_JSON = "application/problem+json";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    idsAsInt64(openAPI);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    Map<String, Method> javaMethods = Resources.byOperation();
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    TypeSchemas schemas = new TypeSchemas(openAPI.getComponents());
    for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
      String path = entry.getKey();
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          entry.getValue().getOperations().entrySet()) {
        String method = op.getKey().name();
        Operation operation = op.getValue();
        success(operation, method);
        Method javaMethod = javaMethods.get(method + " " + stripSlash(path));
        if (javaMethod != null) {
          typed(operation, javaMethod, schemas);
        }
        document(operation, isPublic(operation));
        withoutQueryOnlyFields(operation);
      }
    }
    problemsByReference(openAPI, schemas);
    withoutUnusedSchemas(openAPI);
  }

  /**
   * Drops the schemas no operation reaches: those Payara made for its own scan (the generic page,
   * java.time types, enums under bare names such as {@code Kind}), which {@link TypeSchemas}
   * replaced, and which client generators would otherwise turn into classes nobody uses.
   */
  private static void withoutUnusedSchemas(OpenAPI openAPI) {
    Map<String, Schema> all = openAPI.getComponents().getSchemas();
    if (all == null) {
      return;
    }
    // a list that takes nulls: many schemas have no items or properties
    java.util.Deque<Schema> pending = new java.util.LinkedList<>();
    openAPI.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(
            op -> {
              if (op.getParameters() != null) {
                op.getParameters().forEach(p -> pending.add(p.getSchema()));
              }
              if (op.getRequestBody() != null) {
                addContent(pending, op.getRequestBody().getContent());
              }
              if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses()
                    .getAPIResponses()
                    .values()
                    .forEach(r -> addContent(pending, r.getContent()));
              }
            });
    if (openAPI.getComponents().getResponses() != null) {
      openAPI
          .getComponents()
          .getResponses()
          .values()
          .forEach(r -> addContent(pending, r.getContent()));
    }
    Set<String> reached = new HashSet<>();
    while (!pending.isEmpty()) {
      Schema schema = pending.pop();
      if (schema == null) {
        continue;
      }
      if (schema.getRef() != null) {
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        if (reached.add(name) && all.get(name) != null) {
          pending.add(all.get(name));
        }
      }
      if (schema.getProperties() != null) {
        pending.addAll(schema.getProperties().values());
      }
      pending.add(schema.getItems());
      pending.add(schema.getAdditionalPropertiesSchema());
    }
    for (String name : List.copyOf(all.keySet())) {
      if (!reached.contains(name)) {
        openAPI.getComponents().removeSchema(name);
      }
    }
  }

  private static void addContent(
      java.util.Deque<Schema> pending,
      org.eclipse.microprofile.openapi.models.media.Content content) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().forEach(m -> pending.add(m.getSchema()));
    }
  }

  /**
   * Every problem answer refers to the one {@code Problem} schema, built from the record like the
   * others: Payara renders the annotation's schema inline, with a dozen meaningless defaults.
   */
  private static void problemsByReference(OpenAPI openAPI, TypeSchemas schemas) {
    Schema problem = schemas.of(Problem.class);
    List<APIResponse> answers = new java.util.ArrayList<>();
    if (openAPI.getComponents().getResponses() != null) {
      answers.addAll(openAPI.getComponents().getResponses().values());
    }
    openAPI.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .filter(op -> op.getResponses() != null && op.getResponses().getAPIResponses() != null)
        .forEach(op -> answers.addAll(op.getResponses().getAPIResponses().values()));
    for (APIResponse answer : answers) {
      if (answer.getContent() != null && answer.getContent().getMediaType(PROBLEM_JSON) != null) {
        answer.getContent().getMediaType(PROBLEM_JSON).setSchema(problem);
      }
    }
  }

  /**
   * Payara documents no answer for a method that returns a JAX-RS {@code Response} (or a generic
   * page), so the success status is stated here: 201 for a create, 204 for a delete, 200 else;
   * lists refer to the page shape.
   */
  private static void success(Operation operation, String method) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (responses.getAPIResponses() != null
        && responses.getAPIResponses().keySet().stream().anyMatch(k -> k.startsWith("2"))) {
      return;
    }
    // Payara files the answer of a method returning a record under "default": it is the success
    APIResponse generated = responses.getAPIResponse("default");
    if (generated != null) {
      responses.removeAPIResponse("default");
    }
    String id = operation.getOperationId();
    String status;
    APIResponse response;
    if (id.startsWith("create")) {
      status = "201";
      response = OASFactory.createAPIResponse().description("Created; Location and ETag are set.");
    } else if (method.equals("DELETE")) {
      status = "204";
      response = OASFactory.createAPIResponse().description("Done.");
    } else if (id.startsWith("list") || isPage(operation)) {
      status = "200";
      response =
          OASFactory.createAPIResponse()
              .description("One page: total, offset, limit and items.")
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          "application/json",
                          OASFactory.createMediaType()
                              .schema(
                                  OASFactory.createSchema().ref("#/components/schemas/PageJson"))));
    } else {
      status = "200";
      response = OASFactory.createAPIResponse().description("The record; its ETag is set.");
    }
    if (generated != null && generated.getContent() != null && !status.equals("204")) {
      response.setContent(generated.getContent());
    }
    responses.addAPIResponse(status, response);
  }

  /**
   * Completes an operation from its Java method, with {@link TypeSchemas}: each parameter's type
   * and constraints, the request body's record, and the answer's record (the return type, or {@link
   * Returns} where the method returns a {@code Response}).
   */
  private static void typed(Operation operation, Method method, TypeSchemas schemas) {
    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
      Parameter.In in = in(parameter);
      if (in == null) {
        if (!parameter.isAnnotationPresent(jakarta.ws.rs.core.Context.class)) {
          body(operation, parameter, schemas);
        }
        continue;
      }
      String name = name(parameter);
      if (operation.getParameters() == null) {
        continue;
      }
      for (Parameter documented : operation.getParameters()) {
        if (name.equals(documented.getName()) && in == documented.getIn()) {
          documented.setSchema(schemas.of(parameter.getParameterizedType(), parameter));
          paging(documented);
          if (in == Parameter.In.PATH || TypeSchemas.required(parameter)) {
            documented.setRequired(true);
          }
        }
      }
    }
    Returns returns = method.getAnnotation(Returns.class);
    java.lang.reflect.Type answer =
        returns != null ? returns.value() : method.getGenericReturnType();
    Class<?> raw = TypeSchemas.raw(answer);
    if (raw == void.class || raw == jakarta.ws.rs.core.Response.class) {
      return;
    }
    APIResponses responses = operation.getResponses();
    if (responses.hasAPIResponse("204") && !responses.hasAPIResponse("200")) {
      // a delete that answers what it did
      APIResponse done = responses.getAPIResponse("204");
      responses.removeAPIResponse("204");
      responses.addAPIResponse("200", done);
    }
    responses.getAPIResponses().entrySet().stream()
        .filter(e -> e.getKey().startsWith("2") && !e.getKey().equals("204"))
        .forEach(
            e ->
                e.getValue()
                    .setContent(
                        OASFactory.createContent()
                            .addMediaType(
                                "application/json",
                                OASFactory.createMediaType().schema(schemas.of(answer)))));
  }

  /** The bounds {@link PageRequest} enforces on every list. */
  private static void paging(Parameter parameter) {
    if (parameter.getIn() != Parameter.In.QUERY) {
      return;
    }
    if (parameter.getName().equals("offset")) {
      parameter.getSchema().minimum(BigDecimal.ZERO).description("Items to skip; 0 by default.");
    } else if (parameter.getName().equals("limit")) {
      parameter
          .getSchema()
          .minimum(BigDecimal.ONE)
          .maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
          .description("Items per page; " + PageRequest.DEFAULT_LIMIT + " by default.");
    } else if (parameter.getName().equals("after")) {
      parameter
          .getSchema()
          .minimum(BigDecimal.ZERO)
          .description(
              "Instead of offset, for walking a whole list: 0 for the first page, then the"
                  + " page's next. Pages are then in id order, and as fast at any depth.");
    }
  }

  /**
   * The request body: its record, required when the method says so, with the examples the resource
   * gave (Payara files them under a media type of their own).
   */
  private static void body(
      Operation operation, java.lang.reflect.Parameter parameter, TypeSchemas schemas) {
    RequestBody body = operation.getRequestBody();
    if (body == null) {
      body = OASFactory.createRequestBody();
      operation.setRequestBody(body);
    }
    MediaType json =
        OASFactory.createMediaType()
            .schema(schemas.of(parameter.getParameterizedType(), parameter));
    if (body.getContent() != null && body.getContent().getMediaTypes() != null) {
      body.getContent().getMediaTypes().values().stream()
          .filter(m -> m.getExamples() != null)
          .forEach(m -> json.setExamples(m.getExamples()));
    }
    if (json.getExamples() != null) {
      json.getExamples().values().forEach(ApiDescription::exampleAsJson);
    }
    body.setContent(OASFactory.createContent().addMediaType("application/json", json));
    body.setRequired(TypeSchemas.required(parameter));
  }

  /**
   * An example's value as the JSON it shows, not as a string that holds it: annotations can only
   * give text, and a validator checks the example against the body's schema.
   */
  private static void exampleAsJson(Example example) {
    if (example.getValue() instanceof String text) {
      try (JsonReader reader = Json.createReader(new StringReader(text))) {
        example.setValue(plain(reader.readValue()));
      } catch (JsonException e) {
        // not JSON: shown as the text it is
      }
    }
  }

  /** JSON-P's value as maps, lists, strings, numbers and booleans, as the document writer takes. */
  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
        yield map;
      }
      case ARRAY -> value.asJsonArray().stream().map(ApiDescription::plain).toList();
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }

  private static Parameter.In in(java.lang.reflect.Parameter parameter) {
    if (parameter.isAnnotationPresent(QueryParam.class)) {
      return Parameter.In.QUERY;
    }
    if (parameter.isAnnotationPresent(PathParam.class)) {
      return Parameter.In.PATH;
    }
    if (parameter.isAnnotationPresent(HeaderParam.class)) {
      return Parameter.In.HEADER;
    }
    return null;
  }

  private static String name(java.lang.reflect.Parameter parameter) {
    if (parameter.isAnnotationPresent(QueryParam.class)) {
      return parameter.getAnnotation(QueryParam.class).value();
    }
    if (parameter.isAnnotationPresent(PathParam.class)) {
      return parameter.getAnnotation(PathParam.class).value();
    }
    return parameter.getAnnotation(HeaderParam.class).value();
  }

  private static String stripSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** A read with paging parameters answers a page. */
  private static boolean isPage(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(p -> "limit".equals(p.getName()));
  }

  /**
   * Every id of the API is a 64-bit integer, but Payara types {@code Long} as {@code number}, so a
   * client would send 957.7. Parameters and properties named {@code id} or {@code ...Id}, and
   * arrays of them ({@code groups}), are therefore stated as {@code integer/int64}.
   */
  static void idsAsInt64(OpenAPI openAPI) {
    if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
      for (Schema schema : openAPI.getComponents().getSchemas().values()) {
        if (schema.getProperties() != null) {
          schema.getProperties().forEach((name, property) -> idAsInt64(name, property));
        }
      }
    }
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      for (PathItem item : openAPI.getPaths().getPathItems().values()) {
        for (Operation operation : item.getOperations().values()) {
          if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> idAsInt64(p.getName(), p.getSchema()));
          }
        }
      }
    }
  }

  private static void idAsInt64(String name, Schema schema) {
    if (schema == null || name == null) {
      return;
    }
    boolean idName = name.equals("id") || name.endsWith("Id") || name.equals("groups");
    if (!idName) {
      return;
    }
    Schema target =
        schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.ARRAY)
                && schema.getItems() != null
            ? schema.getItems()
            : schema;
    if (target.getType() != null && target.getType().contains(Schema.SchemaType.NUMBER)) {
      target.setType(List.of(Schema.SchemaType.INTEGER));
      target.setFormat("int64");
    }
  }

  private static void document(Operation operation, boolean isPublic) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
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
    if (responses.hasAPIResponse(status)) {
      return;
    }
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        PROBLEM_JSON,
                        OASFactory.createMediaType()
                            .schema(
                                OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    responses.addAPIResponse(status, response);
  }

  /**
   * Payara writes every attribute of {@code @Parameter}, defaults included, and OpenAPI 3.1's
   * schema allows {@code allowReserved} and {@code allowEmptyValue} on query parameters only: a
   * header with them is an invalid document. An annotation cannot leave an attribute out.
   */
  private static void withoutQueryOnlyFields(Operation operation) {
    if (operation.getParameters() != null) {
      operation.getParameters().stream()
          .filter(p -> p.getIn() != Parameter.In.QUERY)
          .forEach(
              p -> {
                p.setAllowReserved(null);
                p.setAllowEmptyValue(null);
              });
    }
  }

  /**
   * Whether the operation needs no credentials: it states an empty requirement, OpenAPI's way of
   * saying so ({@code @SecurityRequirementsSet} with no requirement).
   */
  static boolean isPublic(Operation operation) {
    return operation.getSecurity() != null
        && operation.getSecurity().stream()
            .anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
  }
}
