package org.teamward.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A setting that does not read stops the start-up, named with its environment variable. */
class SettingsTest {

  private static void check(Map<String, String> values) {
    Settings.check(name -> Optional.ofNullable(values.get(name)));
  }

  @Test
  void noSettingsAndGoodSettingsStart() {
    assertThatCode(() -> check(Map.of())).doesNotThrowAnyException();
    assertThatCode(
            () ->
                check(
                    Map.of(
                        "teamward.trusted-proxies", "10.0.0.0/8, ::1/128,192.0.2.7,",
                        "teamward.throttle.base-delay", "PT30S",
                        "teamward.audit.retention", " P400D ",
                        "teamward.terminal.clock-ahead", "PT0S",
                        "teamward.throttle.free-attempts", "0",
                        "teamward.api.max-body-bytes", "1048576",
                        "teamward.cookie.secure", "TRUE",
                        "teamward.demo-data", "false")))
        .doesNotThrowAnyException();
  }

  @Test
  void aTrustedProxyThatIsNoAddressStopsTheStart() {
    assertThatThrownBy(() -> check(Map.of("teamward.trusted-proxies", "10.0.0.0/8, proxy.local")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TEAMWARD_TRUSTED_PROXIES")
        .hasMessageContaining("proxy.local");
    for (String bad : new String[] {"10.0.0.0/33", "10.0.0.300", "*", "10.0.0.0/8;10.1.0.0/16"}) {
      assertThatThrownBy(() -> check(Map.of("teamward.trusted-proxies", bad)))
          .as(bad)
          .hasMessageContaining("TEAMWARD_TRUSTED_PROXIES");
    }
  }

  /** The purge runs at multiples of its interval: zero would be a division by zero, not "never". */
  @Test
  void aPurgeIntervalUnderOneSecondStopsTheStart() {
    assertThatCode(() -> check(Map.of("teamward.audit.purge-interval", "PT1S")))
        .doesNotThrowAnyException();
    for (String bad : new String[] {"PT0S", "PT0.5S", "-PT1H", "hourly"}) {
      assertThatThrownBy(() -> check(Map.of("teamward.audit.purge-interval", bad)))
          .as(bad)
          .hasMessageContaining("TEAMWARD_AUDIT_PURGE_INTERVAL")
          .hasMessageContaining("one second or more");
    }
  }

  @Test
  void durationsSizesCountsAndFlagsThatDoNotReadStopTheStart() {
    Map<String, String> wrong =
        Map.of(
            "teamward.throttle.base-delay", "30s",
            "teamward.session.idle-timeout", "-PT5M",
            "teamward.api.max-body-bytes", "1MB",
            "teamward.throttle.free-attempts", "five",
            "teamward.cookie.secure", "ture");
    assertThatThrownBy(() -> check(wrong))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("5 settings are wrong")
        .hasMessageContaining(
            "TEAMWARD_THROTTLE_BASE_DELAY (teamward.throttle.base-delay) is '30s'")
        .hasMessageContaining("TEAMWARD_SESSION_IDLE_TIMEOUT")
        .hasMessageContaining("TEAMWARD_API_MAX_BODY_BYTES")
        .hasMessageContaining("TEAMWARD_THROTTLE_FREE_ATTEMPTS")
        .hasMessageContaining("TEAMWARD_COOKIE_SECURE");
  }

  @Test
  void everyRuleNamesItsEnvironmentVariable() {
    assertThat(Settings.environmentName("teamward.api.max-body-bytes"))
        .isEqualTo("TEAMWARD_API_MAX_BODY_BYTES");
    assertThat(Settings.RULES).extracting(Settings.Rule::name).doesNotHaveDuplicates();
  }
}
