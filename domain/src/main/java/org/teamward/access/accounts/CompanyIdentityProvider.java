package org.teamward.access.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the domain needs to know of the company's identity provider: whether one is configured (then
 * {@link SsoMode#ENFORCED} retires a person's password), and the mode new accounts get. The
 * protocol itself lives in the security module.
 */
@ApplicationScoped
public class CompanyIdentityProvider {

  @Inject
  @ConfigProperty(name = "teamward.oidc.issuer")
  Optional<String> issuer = Optional.empty();

  @Inject
  @ConfigProperty(name = "teamward.oidc.client-id")
  Optional<String> clientId = Optional.empty();

  @Inject
  @ConfigProperty(name = "teamward.oidc.client-secret")
  Optional<String> clientSecret = Optional.empty();

  @Inject
  @ConfigProperty(name = "teamward.oidc.default-mode", defaultValue = "allowed")
  String defaultMode = "allowed";

  /** A provider with the issuer, client id and secret its sign-in needs. */
  public boolean configured() {
    return present(issuer) && present(clientId) && present(clientSecret);
  }

  /**
   * The mode of new accounts ({@code TEAMWARD_OIDC_DEFAULT_MODE}, "allowed" unless set).
   *
   * @throws IllegalStateException naming the setting when it holds no mode
   */
  public SsoMode defaultMode() {
    return SsoMode.of(defaultMode)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "TEAMWARD_OIDC_DEFAULT_MODE (teamward.oidc.default-mode) must be disabled,"
                        + " allowed or enforced"));
  }

  /** A provider as configured, for code that CDI does not reach, and tests. */
  public static CompanyIdentityProvider of(String issuer, SsoMode defaultMode) {
    CompanyIdentityProvider provider = new CompanyIdentityProvider();
    provider.issuer = Optional.ofNullable(issuer);
    provider.clientId = Optional.ofNullable(issuer == null ? null : "client");
    provider.clientSecret = Optional.ofNullable(issuer == null ? null : "secret");
    provider.defaultMode = defaultMode.json();
    return provider;
  }

  private static boolean present(Optional<String> value) {
    return value.isPresent() && !value.get().isBlank();
  }
}
