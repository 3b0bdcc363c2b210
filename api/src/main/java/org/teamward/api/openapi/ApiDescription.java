package org.teamward.api.openapi;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Runs over the document Payara generated (registered as {@code mp.openapi.filter}):
 *
 * <ul>
 *   <li>gives every operation a unique, descriptive {@code operationId} derived from its method and
 *       path ({@code GET /api/time-bookings} is {@code listTimeBookings}, {@code POST
 *       /api/absences/{id}/approve} is {@code approveAbsence}); Payara would use the Java method
 *       names, which repeat across resources and break client generators;
 *   <li>types ids as {@code integer/int64};
 *   <li>states the security of every operation: Bearer or Basic, or none for {@link #PUBLIC};
 *   <li>documents the refusals every operation can answer (401 unless public, 413 for a body, 500)
 *       with the problem schema.
 * </ul>
 *
 * New resources are covered without touching this class.
 */
public class ApiDescription implements OASFilter {

  /** Operations that need no credentials, as "METHOD path". */
  static final Set<String> PUBLIC = Set.of("GET /api", "POST /api/device");

  static final String PROBLEM_JSON = "application/problem+json";

  /** Resources that are one thing, not a collection: {@code GET /api/me} is getMe. */
  static final Set<String> SINGLETONS = Set.of("me");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    withoutEndpoints(openAPI);
    idsAsInt64(openAPI);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    Set<String> taken = new HashSet<>();
    for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
      String path = entry.getKey();
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          entry.getValue().getOperations().entrySet()) {
        String method = op.getKey().name();
        Operation operation = op.getValue();
        operation.setOperationId(unique(operationId(method, path), taken));
        success(operation, method);
        boolean isPublic = PUBLIC.contains(method + " " + path);
        // An empty requirement is how OpenAPI says "no credentials needed" (an empty list would
        // be dropped when the document is written, and the global requirement would apply).
        operation.setSecurity(
            isPublic
                ? List.of(OASFactory.createSecurityRequirement())
                : List.of(
                    OASFactory.createSecurityRequirement().addScheme("bearer"),
                    OASFactory.createSecurityRequirement().addScheme("basic")));
        document(operation, isPublic);
      }
    }
  }

  /**
   * Payara adds a top-level {@code endpoints} map of its own, which OpenAPI 3.0 does not allow and
   * which validators therefore reject; its model exposes no standard way to drop it.
   */
  static void withoutEndpoints(OpenAPI openAPI) {
    try {
      // empty, not null: Payara copies the map later, and omits an empty one from the document
      openAPI
          .getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(openAPI, new java.util.TreeMap<String, Set<String>>());
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another implementation, without the extra field: nothing to remove
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
        schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null
            ? schema.getItems()
            : schema;
    if (target.getType() == Schema.SchemaType.NUMBER) {
      target.setType(Schema.SchemaType.INTEGER);
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

  static String unique(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = id + n;
    }
    return candidate;
  }

  /**
   * {@code GET /api/projects} listProjects, {@code GET /api/projects/{id}} getProject, {@code POST
   * /api/projects} createProject, {@code PUT} update, {@code DELETE} delete; an action segment
   * after a record or collection is the verb: {@code POST /api/attendance/check-in}
   * checkInAttendance; other sub-resources join their names: {@code GET
   * /api/time-bookings/hours-per-project} getTimeBookingsHoursPerProject.
   */
  static String operationId(String method, String path) {
    String rest = path.startsWith("/api") ? path.substring(4) : path;
    List<String> segments =
        java.util.Arrays.stream(rest.split("/")).filter(s -> !s.isEmpty()).toList();
    if (segments.isEmpty()) {
      return method.toLowerCase(Locale.ROOT) + "ApiRoot";
    }
    String resource = segments.get(0);
    boolean single = segments.size() >= 2 && isParameter(segments.get(1));
    List<String> tail = segments.subList(single ? 2 : 1, segments.size());
    if (tail.isEmpty()) {
      return switch (method) {
        case "GET" ->
            single || SINGLETONS.contains(resource)
                ? "get" + pascal(single ? singular(resource) : resource)
                : "list" + pascal(resource);
        case "POST" -> (single ? "post" : "create") + pascal(singular(resource));
        case "PUT" -> "update" + pascal(singular(resource));
        case "DELETE" -> "delete" + pascal(singular(resource));
        default -> method.toLowerCase(Locale.ROOT) + pascal(singular(resource));
      };
    }
    String action = String.join("-", tail.stream().filter(s -> !isParameter(s)).toList());
    if (method.equals("POST")) {
      return camel(action) + pascal(singular(resource));
    }
    String verb = method.equals("GET") ? "get" : method.toLowerCase(Locale.ROOT);
    return verb + pascal(single ? singular(resource) : resource) + pascal(action);
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{");
  }

  static String singular(String name) {
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("[-_]")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  static String camel(String name) {
    String p = pascal(name);
    return p.isEmpty() ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1);
  }
}
