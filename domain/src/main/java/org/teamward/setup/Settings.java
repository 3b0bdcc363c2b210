package org.teamward.setup;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddressString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Checks every setting an operator may give before anything else starts, so that a mistake stops
 * the start-up with a message naming the setting, instead of being dropped or read as a default (a
 * trusted proxy that does not parse, {@code TEAMWARD_COOKIE_SECURE=ture} read as false) or of
 * failing later, in some request, as a 500.
 *
 * <p>Each setting is read as text and parsed here by the rule its user applies; its user still
 * reads it its own way, which then cannot fail.
 */
@ApplicationScoped
public class Settings {

  /** A setting and how it must read. */
  record Rule(String name, String expected, Function<String, Boolean> accepts) {}

  static final List<Rule> RULES =
      List.of(
          duration("teamward.terminal.offline-window"),
          duration("teamward.terminal.clock-ahead"),
          duration("teamward.audit.retention"),
          new Rule(
              "teamward.audit.purge-interval",
              "an ISO-8601 duration of one second or more, such as PT1H",
              v -> parseDuration(v).compareTo(Duration.ofSeconds(1)) >= 0),
          duration("teamward.session.idle-timeout"),
          duration("teamward.session.absolute-timeout"),
          duration("teamward.throttle.base-delay"),
          duration("teamward.throttle.max-delay"),
          duration("teamward.throttle.forget-after"),
          count("teamward.throttle.free-attempts", 0),
          count("teamward.throttle.ip-free-attempts", 0),
          count("teamward.throttle.api-free-attempts", 0),
          count("teamward.device-passwords.max-per-user", 1),
          count("teamward.password.iterations", 1),
          size("teamward.api.max-body-bytes"),
          flag("teamward.password.test-only-low-cost"),
          flag("teamward.demo-data"),
          flag("teamward.cookie.secure"),
          flag("teamward.oidc.trust-provider-mfa"),
          new Rule(
              "teamward.oidc.default-mode",
              "disabled, allowed or enforced",
              v -> org.teamward.access.accounts.SsoMode.of(v).isPresent()),
          new Rule(
              "teamward.oidc.issuer",
              "an https:// (or, for a provider on this machine, http://) address such as"
                  + " https://login.example.com/realms/company",
              Settings::isWebAddress),
          new Rule(
              "teamward.public-url",
              "the https:// (or http://) address people reach Teamward at, such as"
                  + " https://teamward.example.com",
              Settings::isWebAddress),
          new Rule(
              "teamward.trusted-proxies",
              "a comma-separated list of IPv4 or IPv6 addresses or networks, such as"
                  + " 10.0.0.0/8,::1/128",
              Settings::isNetworkList));

  @Inject Config config;

  /**
   * @throws IllegalStateException naming every setting that does not read as it must, with its
   *     environment variable, the value and what was expected
   */
  public void check() {
    check(name -> config.getOptionalValue(name, String.class));
  }

  static void check(Function<String, Optional<String>> values) {
    List<String> mistakes = new ArrayList<>();
    for (Rule rule : RULES) {
      values
          .apply(rule.name())
          .filter(value -> !accepted(rule, value))
          .ifPresent(value -> mistakes.add(mistake(rule, value)));
    }
    if (!mistakes.isEmpty()) {
      throw new IllegalStateException(
          "Teamward does not start: "
              + (mistakes.size() == 1 ? "a setting is" : mistakes.size() + " settings are")
              + " wrong. "
              + String.join(" ", mistakes));
    }
  }

  private static boolean accepted(Rule rule, String value) {
    try {
      return rule.accepts().apply(value.strip());
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  /** {@code TEAMWARD_THROTTLE_BASE_DELAY (teamward.throttle.base-delay) is 'x': expected …}. */
  static String mistake(Rule rule, String value) {
    String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
    return environmentName(rule.name())
        + " ("
        + rule.name()
        + ") is '"
        + shown
        + "': expected "
        + rule.expected()
        + ".";
  }

  /** The environment variable MicroProfile Config maps to the property. */
  static String environmentName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  static Rule duration(String name) {
    return new Rule(
        name,
        "an ISO-8601 duration of zero or more, such as PT30S, PT15M, PT12H or P7D",
        value -> !parseDuration(value).isNegative());
  }

  private static Duration parseDuration(String value) {
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static Rule count(String name, int least) {
    return new Rule(name, "a whole number of at least " + least, v -> Integer.parseInt(v) >= least);
  }

  static Rule size(String name) {
    return new Rule(
        name, "a number of bytes of at least 1, such as 1048576", v -> Long.parseLong(v) >= 1);
  }

  /** MicroProfile Config reads anything but its few words for true as false: so only those. */
  static Rule flag(String name) {
    return new Rule(
        name,
        "true or false",
        v ->
            List.of("true", "false", "yes", "no", "on", "off", "y", "n", "1", "0")
                .contains(v.toLowerCase(Locale.ROOT)));
  }

  /** An absolute http or https address with a host, and no query or fragment. */
  static boolean isWebAddress(String value) {
    try {
      java.net.URI uri = new java.net.URI(value.strip());
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** Every non-blank entry must be an address or network; blanks (a trailing comma) are fine. */
  static boolean isNetworkList(String value) {
    for (String entry : value.split(",")) {
      if (!entry.isBlank()) {
        try {
          if (new IPAddressString(entry.strip()).toAddress() == null) {
            return false;
          }
        } catch (AddressStringException e) {
          return false;
        }
      }
    }
    return true;
  }
}
