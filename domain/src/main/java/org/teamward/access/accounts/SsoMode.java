package org.teamward.access.accounts;

import java.util.Locale;
import java.util.Optional;

/**
 * How a person may sign in once the company's identity provider is configured: never with it, with
 * it or the Teamward password, or with it only. Without a configured provider every person signs in
 * with the password, whatever the mode, so that removing the provider's settings can never lock
 * anyone out.
 */
public enum SsoMode {
  /** The Teamward password only; the provider's sign-in is refused for this person. */
  DISABLED,
  /** Either way. */
  ALLOWED,
  /**
   * The provider only: the Teamward password is retired for the web form and for {@code POST
   * /api/device}; device passwords made in the web keep working.
   */
  ENFORCED;

  /** The name in the API and in settings: {@code disabled}, {@code allowed}, {@code enforced}. */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode of its API name, case-insensitive; empty for anything else. */
  public static Optional<SsoMode> of(String name) {
    for (SsoMode mode : values()) {
      if (mode.json().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
