package org.teamward.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** X-Forwarded-For counts only from trusted proxies; nobody else can choose their address. */
class ClientAddressTest {

  private final ClientAddress address = ClientAddress.trusting("10.0.0.0/8, ::1/128");

  @ParameterizedTest(name = "peer {0}, X-Forwarded-For ''{1}'' → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "203.0.113.9 | null                      | 203.0.113.9",
        "203.0.113.9 | 198.51.100.1              | 203.0.113.9",
        "10.1.2.3    | 198.51.100.1              | 198.51.100.1",
        "10.1.2.3    | 198.51.100.1, 10.9.9.9    | 198.51.100.1",
        "10.1.2.3    | 6.6.6.6, 198.51.100.1     | 198.51.100.1",
        "10.1.2.3    | not-an-ip                 | 10.1.2.3",
        "::1         | 2001:db8::7               | 2001:db8::7",
        "10.1.2.3    | 10.3.3.3                  | 10.1.2.3"
      })
  void resolves(String peer, String forwardedFor, String expected) {
    assertThat(address.resolve(peer, forwardedFor)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Forwarded: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "for=192.0.2.60;proto=http;by=203.0.113.43 | 192.0.2.60",
        "for=\"[2001:db8:cafe::17]:4711\" | 2001:db8:cafe::17",
        "for=192.0.2.43, for=198.51.100.17 | 192.0.2.43,198.51.100.17",
        "for=192.0.2.43:8080 | 192.0.2.43",
        "proto=https | ",
      })
  void readsTheForwardedHeader(String header, String expected) {
    assertThat(ClientAddress.forwardedElements(header)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void xForwardedProtoCountsOnlyFromATrustedProxy() {
    assertThat(address.isHttps(true, "203.0.113.9", null)).isTrue();
    assertThat(address.isHttps(false, "10.1.2.3", "https")).isTrue();
    assertThat(address.isHttps(false, "::1", "HTTPS")).isTrue();
    assertThat(address.isHttps(false, "10.1.2.3", "http")).isFalse();
    assertThat(address.isHttps(false, "10.1.2.3", "http, https")).isTrue();
    assertThat(address.isHttps(false, "10.1.2.3", null)).isFalse();
    assertThat(address.isHttps(false, "203.0.113.9", "https")).isFalse();
    assertThat(ClientAddress.trusting("").isHttps(false, "10.1.2.3", "https")).isFalse();
  }

  @Test
  void aTrustedProxyThatIsNoAddressIsAnErrorNamingTheSettingNotDropped() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ClientAddress.trusting("10.0.0.0/8, proxy.local"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TEAMWARD_TRUSTED_PROXIES")
        .hasMessageContaining("proxy.local");
    assertThat(ClientAddress.trusting("10.0.0.0/8, ,::1/128,").resolve("10.1.2.3", "192.0.2.9"))
        .isEqualTo("192.0.2.9");
  }
}
