package org.teamward.web.account;

import java.util.List;

/**
 * Names the browser and system in a user agent string, roughly, so that a person recognises their
 * own devices under "My sessions". Order matters: Edge and Opera also say Chrome, Chrome also says
 * Safari, Android also says Linux, iOS also says Mac OS X.
 */
final class UserAgents {

  record Device(String browser, String system) {}

  private record Mark(String token, String name) {}

  private static final List<Mark> BROWSERS =
      List.of(
          new Mark("Edg/", "Edge"),
          new Mark("OPR/", "Opera"),
          new Mark("Firefox/", "Firefox"),
          new Mark("Chrome/", "Chrome"),
          new Mark("Chromium/", "Chromium"),
          new Mark("Safari/", "Safari"));

  private static final List<Mark> SYSTEMS =
      List.of(
          new Mark("Android", "Android"),
          new Mark("iPhone", "iOS"),
          new Mark("iPad", "iPadOS"),
          new Mark("Windows", "Windows"),
          new Mark("Mac OS X", "macOS"),
          new Mark("CrOS", "ChromeOS"),
          new Mark("Linux", "Linux"));

  private UserAgents() {}

  /** Browser and system, or null when neither is recognised. */
  static Device device(String userAgent) {
    if (userAgent == null) {
      return null;
    }
    String browser = first(BROWSERS, userAgent);
    String system = first(SYSTEMS, userAgent);
    if (browser == null && system == null) {
      return null;
    }
    return new Device(browser == null ? "?" : browser, system == null ? "?" : system);
  }

  private static String first(List<Mark> marks, String userAgent) {
    return marks.stream()
        .filter(m -> userAgent.contains(m.token()))
        .map(Mark::name)
        .findFirst()
        .orElse(null);
  }
}
