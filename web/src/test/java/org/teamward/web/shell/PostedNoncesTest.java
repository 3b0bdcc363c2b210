package org.teamward.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostedNoncesTest {

  /** A posted request with these parameters; anything else it is asked is a test error. */
  static HttpServletRequest posted(Map<String, String[]> parameters) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            PostedNoncesTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getParameter" -> {
                    String[] values = parameters.get((String) args[0]);
                    yield values == null ? null : values[0];
                  }
                  case "getParameterValues" -> parameters.get((String) args[0]);
                  case "getParameterMap" -> parameters;
                  case "getParameterNames" -> Collections.enumeration(parameters.keySet());
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void theRequestReadsAsIfItHadPostedTheNewNonceAndKeepsEverythingElse() {
    HttpServletRequest request =
        new PostedNonces.Posting(
            posted(
                Map.of(
                    "primefaces.nonce", new String[] {"forged"},
                    "login:email", new String[] {"anna@example.com"})),
            "fresh");
    assertThat(request.getParameter("primefaces.nonce")).isEqualTo("fresh");
    assertThat(request.getParameterValues("primefaces.nonce")).containsExactly("fresh");
    assertThat(request.getParameterMap().get("primefaces.nonce")).containsExactly("fresh");
    assertThat(request.getParameter("login:email")).isEqualTo("anna@example.com");
    assertThat(request.getParameterMap()).containsKey("login:email").hasSize(2);
    assertThat(Collections.list(request.getParameterNames()))
        .containsExactlyInAnyOrder("primefaces.nonce", "login:email");
  }

  @Test
  void aPostWithoutANonceReadsAsIfItHadPostedTheNewOne() {
    HttpServletRequest request = new PostedNonces.Posting(posted(Map.of()), "fresh");
    assertThat(request.getParameter("primefaces.nonce")).isEqualTo("fresh");
    assertThat(request.getParameter("login:email")).isNull();
    assertThat(Collections.list(request.getParameterNames())).containsExactly("primefaces.nonce");
  }

  @Test
  void aNonceIsWellFormedOnlyAsBase64OfAUuid() {
    String uuid = java.util.UUID.randomUUID().toString();
    String nonce =
        java.util.Base64.getEncoder()
            .encodeToString(uuid.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(PostedNonces.isWellFormed(nonce)).isTrue();
    for (String bad :
        new String[] {null, "", "garbage", "x".repeat(4000), "\u00e9\u0000<script>", uuid, "=="}) {
      assertThat(PostedNonces.isWellFormed(bad)).as(String.valueOf(bad)).isFalse();
    }
  }
}
