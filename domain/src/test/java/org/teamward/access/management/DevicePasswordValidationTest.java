package org.teamward.access.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.teamward.access.secrets.Networks;
import org.teamward.failure.Invalid;

class DevicePasswordValidationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"Laptop", "Jana's iPhone 15", "Kalender (Thunderbird) – Büro", "📱 Phone"})
  void acceptsReadableNames(String name) {
    assertThat(DevicePasswords.checkedName(name)).isEqualTo(name);
  }

  @Test
  void trimsNamesAndAcceptsTheLongestAllowed() {
    assertThat(DevicePasswords.checkedName("  Laptop \t")).isEqualTo("Laptop");
    String longest = "x".repeat(100);
    assertThat(DevicePasswords.checkedName(longest)).isEqualTo(longest);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"   ", "bad\nname", "bad\u0000name", "tab\there", "rtl\u202Eenil", "a\u2028b"})
  void rejectsEmptyOrHiddenCharacters(String name) {
    assertThatThrownBy(() -> DevicePasswords.checkedName(name))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("deviceName"));
  }

  @Test
  void rejectsTooLongNames() {
    assertThatThrownBy(() -> DevicePasswords.checkedName("x".repeat(101)))
        .isInstanceOf(Invalid.class)
        .hasMessageContaining("100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"iOS", "Android", "desktop-app", "CalDAV 2.0", "my_script", "x"})
  void acceptsDeviceTypes(String type) {
    assertThat(DevicePasswords.checkedType(type)).isEqualTo(type);
  }

  @Test
  void trimsTypesAndAcceptsTheLongestAllowed() {
    assertThat(DevicePasswords.checkedType(" iOS ")).isEqualTo("iOS");
    assertThat(DevicePasswords.checkedType("t".repeat(32))).hasSize(32);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "  ",
        "iOS/Android",
        "<script>",
        "Büro",
        "line\nbreak",
        "ttttttttttttttttttttttttttttttttt"
      })
  void rejectsOtherTypes(String type) {
    assertThatThrownBy(() -> DevicePasswords.checkedType(type))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("deviceType"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"203.0.113.7", "2001:db8::1", "fe80::1"})
  void keepsIpAddresses(String ip) {
    assertThat(Networks.storableIp(ip)).isEqualTo(ip);
  }

  @Test
  void dropsZoneIdsAndOverlongAddresses() {
    assertThat(Networks.storableIp("fe80::1%eth0")).isEqualTo("fe80::1");
    assertThat(Networks.storableIp("x".repeat(46))).isNull();
    assertThat(Networks.storableIp(null)).isNull();
  }
}
