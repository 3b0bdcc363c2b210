package org.teamward.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** X-Forwarded-Proto counts only from a trusted proxy; anyone else could claim HTTPS. */
class ForwardedHttpsTest {

  private final ForwardedHttps https = new ForwardedHttps("10.0.0.0/8, ::1/128");

  @Test
  void aSecureConnectionIsHttps() {
    assertThat(https.isHttps(true, "203.0.113.9", null)).isTrue();
  }

  @Test
  void aTrustedProxySaysSo() {
    assertThat(https.isHttps(false, "10.1.2.3", "https")).isTrue();
    assertThat(https.isHttps(false, "::1", "HTTPS")).isTrue();
    assertThat(https.isHttps(false, "10.1.2.3", "http")).isFalse();
    assertThat(https.isHttps(false, "10.1.2.3", "http, https")).isTrue();
    assertThat(https.isHttps(false, "10.1.2.3", null)).isFalse();
  }

  @Test
  void anyoneElseIsIgnored() {
    assertThat(https.isHttps(false, "203.0.113.9", "https")).isFalse();
    assertThat(new ForwardedHttps("").isHttps(false, "10.1.2.3", "https")).isFalse();
    assertThat(new ForwardedHttps(null).isHttps(false, "127.0.0.1", "https")).isFalse();
  }
}
