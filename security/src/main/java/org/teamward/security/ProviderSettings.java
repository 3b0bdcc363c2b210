package org.teamward.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the sign-in with the company's identity provider (OpenID Connect), read through
 * MicroProfile Config like every other setting ({@code TEAMWARD_OIDC_ISSUER} and so on). Without an
 * issuer none of it is active: no button, and {@code /sso/*} answers nothing. The platform's OpenID
 * Connect mechanism ({@link ProviderSignIn}) reads them by expression language, under the name
 * {@value #NAME}.
 */
@ApplicationScoped
@Named(ProviderSettings.NAME)
public class ProviderSettings {

  static final String NAME = "teamwardProvider";

  @Inject
  @ConfigProperty(name = "teamward.oidc.issuer")
  Optional<String> issuerSetting;

  @Inject
  @ConfigProperty(name = "teamward.oidc.client-id")
  Optional<String> clientIdSetting;

  @Inject
  @ConfigProperty(name = "teamward.oidc.client-secret")
  Optional<String> clientSecretSetting;

  @Inject
  @ConfigProperty(name = "teamward.oidc.provider-name")
  Optional<String> providerNameSetting;

  @Inject
  @ConfigProperty(name = "teamward.public-url")
  Optional<String> publicUrlSetting;

  @Inject
  @ConfigProperty(name = "teamward.oidc.trust-provider-mfa", defaultValue = "false")
  boolean trustProviderMfa;

  @Inject
  @ConfigProperty(name = "teamward.oidc.mfa-acr")
  Optional<String> multiFactorAcrSetting;

  private static final Logger LOG = Logger.getLogger(ProviderSettings.class.getName());

  private String issuer;

  @PostConstruct
  void check() {
    issuer = issuerSetting.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    if (issuer != null && (clientId() == null || clientSecret() == null)) {
      // Half a configuration offers nothing rather than a button that cannot work.
      LOG.warning(
          "TEAMWARD_OIDC_ISSUER is set without TEAMWARD_OIDC_CLIENT_ID and"
              + " TEAMWARD_OIDC_CLIENT_SECRET; sign-in with the identity provider stays off");
      issuer = null;
    }
    if (issuer != null && issuer.endsWith("/")) {
      issuer = issuer.substring(0, issuer.length() - 1);
    }
  }

  /** Whether sign-in with the identity provider is offered at all. */
  public boolean active() {
    return issuer != null;
  }

  /** The provider's issuer identifier, without a trailing slash. */
  public String issuer() {
    return issuer;
  }

  public String clientId() {
    return clientIdSetting.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }

  String clientSecret() {
    return clientSecretSetting.filter(s -> !s.isEmpty()).orElse(null);
  }

  /** The button's words; "Sign in with the company account" in the page's words when unset. */
  public Optional<String> providerName() {
    return providerNameSetting.map(String::strip).filter(s -> !s.isEmpty());
  }

  /**
   * The address people reach Teamward at, such as {@code https://teamward.example.com}, when a
   * reverse proxy ends TLS in front of it: the redirect URI is built from it, not from what the
   * server sees, which is the proxy's plain HTTP.
   */
  public Optional<String> publicUrl() {
    return publicUrlSetting
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
  }

  /** The operator declared that the provider enforces multi-factor sign-in. */
  public boolean trustProviderMfa() {
    return trustProviderMfa;
  }

  /** The {@code acr} values that mean a multi-factor sign-in at this provider. */
  Set<String> multiFactorAcr() {
    return multiFactorAcrSetting
        .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(v -> !v.isEmpty()))
        .map(values -> values.collect(Collectors.toUnmodifiableSet()))
        .orElse(Set.of());
  }

  // For the mechanism's definition, whose expressions read bean properties. They are read only
  // once sign-in with the provider is active.

  public String getIssuer() {
    return issuer;
  }

  public String getClientId() {
    return clientId();
  }

  public String getClientSecret() {
    return clientSecret();
  }

  /**
   * The callback's address: from {@code TEAMWARD_PUBLIC_URL} when set, since behind a reverse proxy
   * that ends TLS the server sees {@code http} and the proxy's inner address; else the mechanism's
   * own placeholder for the address the request came to.
   */
  public String getCallbackUri() {
    return publicUrl().orElse("${baseURL}") + ProviderSignIn.CALLBACK;
  }
}
