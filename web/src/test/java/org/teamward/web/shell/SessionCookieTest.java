package org.teamward.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the session cookie is marked Secure: as set, else from the public address's scheme. */
class SessionCookieTest {

  @Test
  void behindAProxyThatEndsTlsThePublicAddressDecides() {
    assertThat(SessionCookie.secure(Optional.empty(), Optional.of("https://teamward.example.com")))
        .isTrue();
    assertThat(SessionCookie.secure(Optional.empty(), Optional.of(" HTTPS://teamward.example.com")))
        .isTrue();
    assertThat(SessionCookie.secure(Optional.empty(), Optional.of("http://127.0.0.1:8080")))
        .isFalse();
    assertThat(SessionCookie.secure(Optional.empty(), Optional.empty())).isFalse();
  }

  @Test
  void anExplicitSettingWinsEitherWay() {
    assertThat(
            SessionCookie.secure(Optional.of(false), Optional.of("https://teamward.example.com")))
        .isFalse();
    assertThat(SessionCookie.secure(Optional.of(true), Optional.empty())).isTrue();
  }
}
