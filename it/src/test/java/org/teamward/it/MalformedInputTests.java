package org.teamward.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind gets a clean 4xx with problem+json: never a 500, never a stack trace,
 * never an echo of the secret that was sent.
 */
abstract class MalformedInputTests {

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
    assertThat(response.statusCode()).as(label).isBetween(400, 401);
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
    assertThat(response.statusCode()).as(label).isBetween(400, 401);
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

  static Stream<Arguments> badPaging() {
    return Stream.of(
        Arguments.of("huge limit", "?limit=100000"),
        Arguments.of("negative offset", "?offset=-1"),
        Arguments.of("limit not a number", "?limit=lots"),
        Arguments.of("zero limit", "?limit=0"));
  }
}
