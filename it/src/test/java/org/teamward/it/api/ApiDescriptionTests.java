package org.teamward.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.teamward.it.support.Api;

/**
 * The served OpenAPI document is usable by tools: every operation has a unique operationId, states
 * its security, and documents its refusals with the problem schema. The document is also saved to
 * {@code target/openapi.json} for the linters that {@code .ci/run} runs after the suite, and it is
 * the one in {@code docs/openapi.json}, from which the build generates the client that the
 * generated-client suite drives.
 */
public abstract class ApiDescriptionTests {

  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  @Test
  void theApiRootAnswersAnyoneWithTheVersionAndWhereToGoNext() {
    JsonPath root =
        Api.anonymous()
            .get("/api")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .jsonPath();
    assertThat(root.getString("version")).isEqualTo("1");
    assertThat(root.getString("links.openapi")).isEqualTo("/openapi");
    Api.anonymous().get(root.getString("links.openapi")).then().statusCode(200);
    Api.anonymous().get(root.getString("links.me")).then().statusCode(401);
  }

  @Test
  void theDescriptionInTheRepositoryIsTheServedOne() throws IOException {
    String served =
        Api.anonymous()
            .accept("application/json")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Path committed =
        Path.of(System.getProperty("teamward.it.target", "target"))
            .resolve("../../docs/openapi.json")
            .normalize();
    ObjectMapper json = new ObjectMapper();
    assertThat(canonical(json.readTree(Files.readString(committed))))
        .as(
            "docs/openapi.json is not what the server serves: review it/target/openapi.json,"
                + " then copy it to docs/openapi.json, from which the client is generated")
        .isEqualTo(canonical(json.readTree(served)));
  }

  /**
   * The document as docs/openapi.json keeps it: indented, keys sorted, so that a change of the API
   * is a readable diff there, whatever order the server wrote its maps in.
   */
  static String stable(String document) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    return json.writerWithDefaultPrettyPrinter()
            .writeValueAsString(json.readValue(document, Map.class))
        + "\n";
  }

  /**
   * The document with the order of keys and of array elements left out: the server writes both in
   * whatever order its maps have on that start, and no client depends on them here.
   */
  private static JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      // keys in sorted order, so that equal objects also print alike, which the arrays sort by
      java.util.SortedMap<String, JsonNode> sorted = new java.util.TreeMap<>();
      node.fields().forEachRemaining(e -> sorted.put(e.getKey(), canonical(e.getValue())));
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      sorted.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.forEach(item -> items.add(canonical(item)));
      items.sort(java.util.Comparator.comparing(JsonNode::toString));
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      items.forEach(copy::add);
      return copy;
    }
    return node;
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationIsNamedSecuredAndDocumented() throws IOException {
    Response response = Api.anonymous().accept("application/json").get("/openapi");
    response.then().statusCode(200);
    String body = response.asString();
    Files.writeString(
        Path.of(System.getProperty("teamward.it.target", "target"), "openapi.json"),
        stable(body),
        StandardCharsets.UTF_8);
    JsonPath doc = new JsonPath(body);
    Map<String, Map<String, Object>> paths = doc.getMap("paths");
    assertThat(paths).isNotEmpty();
    Set<String> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    paths.forEach(
        (path, item) ->
            item.forEach(
                (method, value) -> {
                  if (!METHODS.contains(method)) {
                    return;
                  }
                  Map<String, Object> op = (Map<String, Object>) value;
                  String id = (String) op.get("operationId");
                  String where = method.toUpperCase() + " " + path;
                  if (id == null || !ids.add(id)) {
                    problems.add(where + ": operationId " + id + " missing or repeated");
                  }
                  if (!op.containsKey("security")) {
                    problems.add(where + ": no security stated");
                  }
                  boolean isPublic = isPublic((List<?>) op.get("security"));
                  Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                  if (!isPublic && !responses.containsKey("401")) {
                    problems.add(where + ": 401 not documented");
                  }
                }));
    assertThat(problems).isEmpty();
    assertThat(ids).contains("listTimeBookings", "createTimeBooking", "approveAbsence");
    assertThat(isPublic(doc.getList("paths.'/api/device'.post.security"))).isTrue();
    assertThat(isPublic(doc.getList("paths.'/api/projects'.get.security"))).isFalse();
    assertThat(body).doesNotContain("\"endpoints\"");
  }

  /**
   * What the annotations must keep saying: ids are 64-bit integers (Payara would type a Java {@code
   * long} as a decimal {@code number}), refusals are problems, a body's required fields and bounds
   * are stated, and a list answers its own page type.
   */
  @Test
  void idsAreInt64RefusalsAreProblemsAndBodiesStateTheirRules() throws IOException {
    String body =
        Api.anonymous()
            .accept("application/json")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonNode doc = new ObjectMapper().readTree(body);
    List<String> problems = new ArrayList<>();
    doc.at("/components/schemas")
        .properties()
        .forEach(
            schema ->
                schema
                    .getValue()
                    .path("properties")
                    .properties()
                    .forEach(
                        p -> {
                          JsonNode type =
                              p.getValue().path("items").isMissingNode()
                                  ? p.getValue()
                                  : p.getValue().path("items");
                          if (isId(p.getKey()) && !int64(type)) {
                            problems.add(schema.getKey() + "." + p.getKey() + " is " + type);
                          }
                        }));
    doc.at("/paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          String where = op.getKey() + " " + path.getKey();
                          op.getValue()
                              .path("parameters")
                              .forEach(
                                  p -> {
                                    if (isId(p.path("name").asText()) && !int64(p.path("schema"))) {
                                      problems.add(where + ": " + p.path("name").asText());
                                    }
                                  });
                          JsonNode responses = op.getValue().path("responses");
                          List<String> refusals = new ArrayList<>(List.of("500"));
                          if (op.getValue().has("requestBody")) {
                            refusals.addAll(List.of("400", "413"));
                          }
                          for (String status : refusals) {
                            if (!responses.has(status)) {
                              problems.add(where + ": " + status + " not documented");
                            }
                          }
                          responses
                              .properties()
                              .forEach(
                                  r -> {
                                    JsonNode problem =
                                        r.getValue()
                                            .path("content")
                                            .path("application/problem+json");
                                    if (r.getKey().matches("[45]..")
                                        && !r.getValue().has("$ref")
                                        && !problem
                                            .path("schema")
                                            .path("$ref")
                                            .asText()
                                            .equals("#/components/schemas/Problem")) {
                                      problems.add(where + ": " + r.getKey() + " is no problem");
                                    }
                                  });
                        }));
    assertThat(problems).isEmpty();
    JsonNode project = doc.at("/components/schemas/ProjectBody");
    assertThat(project.path("required").toString()).contains("\"code\"", "\"name\"");
    assertThat(project.at("/properties/code/maxLength").asInt()).isEqualTo(32);
    assertThat(
            doc.at("/paths/~1api~1projects/get/responses/200/content/application~1json/schema/$ref")
                .asText())
        .isEqualTo("#/components/schemas/ProjectJsonPage");
    assertThat(doc.at("/components/schemas/ProjectJsonPage/properties/items/items/$ref").asText())
        .isEqualTo("#/components/schemas/ProjectJson");
  }

  private static boolean isId(String name) {
    return name.equals("id") || name.endsWith("Id") || name.equals("groups");
  }

  /** An int64, or a text id such as a client's eventId. */
  private static boolean int64(JsonNode schema) {
    return schema.path("type").asText().equals("string")
        || schema.path("type").asText().equals("integer")
            && schema.path("format").asText().equals("int64");
  }

  /** No requirement, or an empty one: OpenAPI's way of saying "no credentials needed". */
  static boolean isPublic(List<?> security) {
    return security != null
        && (security.isEmpty() || security.stream().anyMatch(r -> ((Map<?, ?>) r).isEmpty()));
  }
}
