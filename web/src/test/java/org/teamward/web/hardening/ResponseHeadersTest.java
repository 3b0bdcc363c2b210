package org.teamward.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseHeadersTest {

  @Test
  void primeFacesNonceJoinsThePagePolicyAsItsLastScriptSource() {
    String folded = ResponseHeaders.withNonces("script-src 'self' 'nonce-YTQy+M2Z/iNT=='");
    assertThat(folded)
        .startsWith(ResponseHeaders.PAGE_POLICY)
        .endsWith("; script-src 'self' 'nonce-YTQy+M2Z/iNT=='")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-eval");
    assertThat(folded.substring(folded.indexOf("script-src"))).doesNotContain("unsafe-inline");
  }

  @Test
  void aPolicyWithoutANonceChangesNothing() {
    assertThat(ResponseHeaders.withNonces("script-src * 'unsafe-inline'")).isNull();
    assertThat(ResponseHeaders.withNonces(null)).isNull();
  }
}
