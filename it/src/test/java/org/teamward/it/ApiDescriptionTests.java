package org.teamward.it;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The served OpenAPI document is usable by tools: every operation has a unique operationId, states
 * its security, and documents its refusals with the problem schema. The document is also saved to
 * {@code target/openapi.json} for the linters that {@code .ci/run} runs after the suite.
 */
abstract class ApiDescriptionTests {

  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationIsNamedSecuredAndDocumented() throws IOException {
    Response response = Api.anonymous().accept("application/json").get("/openapi");
    response.then().statusCode(200);
    String body = response.asString();
    Files.writeString(
        Path.of(System.getProperty("teamward.it.target", "target"), "openapi.json"),
        body,
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

  /** No requirement, or an empty one: OpenAPI's way of saying "no credentials needed". */
  static boolean isPublic(List<?> security) {
    return security != null
        && (security.isEmpty() || security.stream().anyMatch(r -> ((Map<?, ?>) r).isEmpty()));
  }
}
