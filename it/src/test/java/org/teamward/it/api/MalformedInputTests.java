package org.teamward.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.teamward.it.support.Api;
import org.teamward.it.support.RawHttp;

/**
 * Bad input of every kind gets a clean 4xx with problem+json: never a 500, never a stack trace,
 * never an echo of the secret that was sent.
 */
public abstract class MalformedInputTests {

  static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static String b64(String text) {
    return b64(text.getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> authorizationHeaders() {
    String wellFormedButUnknown = "tw_dp_" + "A".repeat(43) + "000000";
    return Stream.of(
        Arguments.of("scheme only", "Basic"),
        Arguments.of("Basic, not Base64", "Basic !!!not-base64!!!"),
        Arguments.of("Basic, no colon", "Basic " + b64("justatoken")),
        Arguments.of("Basic, empty id", "Basic " + b64(":" + wellFormedButUnknown)),
        Arguments.of("Basic, id not a number", "Basic " + b64("abc:" + wellFormedButUnknown)),
        Arguments.of("Basic, empty secret", "Basic " + b64("12:")),
        Arguments.of(
            "Basic, not UTF-8", "Basic " + b64(new byte[] {(byte) 0xff, ':', (byte) 0xfe})),
        Arguments.of("Basic, huge id", "Basic " + b64("99999999999999999999999:x")),
        Arguments.of("Bearer, empty", "Bearer "),
        Arguments.of("Bearer, unknown well-formed token", "Bearer " + wellFormedButUnknown),
        Arguments.of("Bearer, bad checksum", "Bearer tw_dp_" + "B".repeat(49)),
        Arguments.of("Bearer, random text", "Bearer hello world"),
        Arguments.of("oversized header", "Bearer " + "x".repeat(2000)),
        Arguments.of("unknown scheme", "Digest username=\"x\""),
        Arguments.of("lower-case scheme, bad token", "bearer nope"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("authorizationHeaders")
  void malformedAuthorizationIsACleanRefusal(String label, String header) {
    Response response = Api.anonymous().header("Authorization", header).get("/api/me");
    // 429 too: bodies that pass validation fail the sign-in of one account again and again, and
    // the throttle's refusal is as clean as the others.
    assertThat(response.statusCode()).as(label).isIn(400, 401, 429);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.asString()).doesNotContain("Exception").doesNotContain("\tat ");
    if (response.statusCode() == 401) {
      assertThat(response.headers().getValues("WWW-Authenticate")).isNotEmpty();
    }
  }

  static Stream<Arguments> deviceBodies() {
    return Stream.of(
        Arguments.of("not JSON", "this is not json"),
        Arguments.of("JSON array", "[]"),
        Arguments.of("JSON null", "null"),
        Arguments.of("empty object", "{}"),
        Arguments.of(
            "wrong types", "{\"email\":1,\"password\":2,\"deviceName\":3,\"deviceType\":4}"),
        Arguments.of("truncated", "{\"email\":\"a@b.c\",\"password\":"),
        Arguments.of(
            "oversized name",
            "{\"email\":\"a@b.c\",\"password\":\"x\",\"deviceName\":\""
                + "n".repeat(5000)
                + "\",\"deviceType\":\"Script\"}"),
        Arguments.of(
            "control characters",
            "{\"email\":\"a@b.c\",\"password\":\"x\",\"deviceName\":\"a\\u0000b\","
                + "\"deviceType\":\"Script\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deviceBodies")
  void malformedDeviceRequestsAreCleanRefusals(String label, String body) {
    Response response =
        Api.anonymous().contentType("application/json").body(body).post("/api/device");
    // 429 too: bodies that pass validation fail the sign-in of one account again and again, and
    // the throttle's refusal is as clean as the others.
    assertThat(response.statusCode()).as(label).isIn(400, 401, 429);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.asString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPaging")
  void badPagingIsACleanRefusal(String label, String query) {
    Api.admin()
        .bearer()
        .get("/api/users" + query)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  /** A request the JAX-RS runtime or the container refuses: still problem+json, no class names. */
  record Refusal(
      String label,
      String method,
      String path,
      String contentType,
      String accept,
      byte[] body,
      int status) {
    @Override
    public String toString() {
      return label;
    }
  }

  static Stream<Refusal> containerRefusals() {
    byte[] json = "{\"code\":\"X\",\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        new Refusal(
            "unsupported media type", "POST", "/api/projects", "text/plain", null, json, 415),
        new Refusal(
            "garbage Content-Type", "POST", "/api/projects", ";;;garbage/", null, json, 415),
        new Refusal(
            "Content-Type without subtype",
            "POST",
            "/api/projects",
            "application",
            null,
            json,
            415),
        new Refusal(
            "XML instead of JSON",
            "POST",
            "/api/projects",
            "application/xml",
            null,
            "<project/>".getBytes(StandardCharsets.UTF_8),
            415),
        new Refusal(
            "not UTF-8",
            "POST",
            "/api/projects",
            "application/json",
            null,
            new byte[] {'{', '"', 'c', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}'},
            400),
        new Refusal(
            "empty body", "POST", "/api/projects", "application/json", null, new byte[0], 400),
        new Refusal(
            "method not allowed", "PATCH", "/api/projects", "application/json", null, json, 405),
        new Refusal(
            "method not allowed on a record",
            "POST",
            "/api/projects/1",
            "application/json",
            null,
            json,
            405),
        new Refusal("not acceptable", "GET", "/api/projects", null, "text/html", null, 406),
        new Refusal("garbage Accept", "GET", "/api/projects", null, ";;;", null, 400),
        new Refusal("unknown path", "GET", "/api/no-such-resource", null, null, null, 404),
        new Refusal(
            "DELETE with a body",
            "DELETE",
            "/api/projects/1",
            "application/json",
            null,
            json,
            400));
  }

  /**
   * A path the HTTP layer cannot decode never reaches Teamward, so it cannot be a problem+json; it
   * still says nothing about the software behind it.
   */
  @Test
  void anUndecodablePathIsRefusedByTheHttpLayerWithoutRevealingAnything() {
    RawHttp.Answer answer = RawHttp.get("127.0.0.1", "127.0.0.1", "/api/me%00", java.util.Map.of());
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.text())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContainIgnoringCase("payara")
        .doesNotContainIgnoringCase("grizzly");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containerRefusals")
  void containerRefusalsAreProblems(Refusal r) {
    var request = Api.admin().bearer();
    if (r.contentType() != null) {
      request = request.contentType(r.contentType());
    }
    if (r.accept() != null) {
      request = request.accept(r.accept());
    }
    if (r.body() != null) {
      request = request.body(r.body());
    }
    Response response = request.request(r.method(), r.path());
    assertThat(response.statusCode()).as(r + ": " + response.asString()).isEqualTo(r.status());
    assertThat(response.contentType()).as(r.label()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getInt("status")).isEqualTo(r.status());
    assertThat(response.asString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deviceOverLimit")
  void anOversizedBodyIsRefusedBeforeAuthenticationOrParsing(String label, boolean chunked) {
    String body = "{\"email\":\"a@b.c\",\"password\":\"" + "p".repeat(2 * 1024 * 1024) + "\"}";
    var request = Api.anonymous().contentType("application/json");
    Response response =
        chunked
            ? request
                .body(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .post("/api/device")
            : request.body(body).post("/api/device");
    assertThat(response.statusCode()).as(label).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.asString()).doesNotContain("Exception");
  }

  static Stream<Arguments> deviceOverLimit() {
    return Stream.of(
        Arguments.of("declared length", false), Arguments.of("chunked, no length", true));
  }

  static Stream<Arguments> badPaging() {
    return Stream.of(
        Arguments.of("huge limit", "?limit=100000"),
        Arguments.of("negative offset", "?offset=-1"),
        Arguments.of("limit not a number", "?limit=lots"),
        Arguments.of("zero limit", "?limit=0"));
  }
}
