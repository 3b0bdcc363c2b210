package org.teamward.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * What Teamward asks the company's identity provider itself, beside the sign-in that the server's
 * mechanism does ({@link ProviderSignIn}): its discovery document, for the sign-out page (RP-
 * initiated logout) and the signing keys that back-channel logout tokens are checked with. The keys
 * are cached, and fetched again when a token names a key not seen yet (a key rotation), at most
 * once a minute, since anyone on the network may post a logout token. Every failure becomes a
 * {@link Failed} whose message names the step, never a secret.
 */
@ApplicationScoped
public class ProviderClient {

  /** A step with the provider that did not succeed; the message never holds a secret. */
  public static final class Failed extends Exception {
    Failed(String message) {
      super(message, null, false, false);
    }
  }

  /** The endpoints of the provider's discovery document that Teamward uses itself. */
  record Metadata(URI keys, URI endSession, Instant fetched) {}

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration METADATA_LIFETIME = Duration.ofHours(1);

  @Inject ProviderSettings settings;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private volatile Metadata metadata;
  private volatile LogoutTokens logoutTokens;

  /** The provider's sign-out page (RP-initiated logout), if it has one. */
  public URI endSession() throws Failed {
    return metadata().endSession();
  }

  /**
   * What a back-channel logout token says, once it passed every check.
   *
   * @throws Failed naming the check that failed
   */
  LogoutTokens.Claims logoutClaims(String token) throws Failed {
    try {
      return logoutTokens().verify(token, Instant.now());
    } catch (LogoutTokens.Refused e) {
      throw new Failed("logout token refused: " + e.getMessage());
    }
  }

  private LogoutTokens logoutTokens() throws Failed {
    LogoutTokens known = logoutTokens;
    if (known == null) {
      JWKSource<SecurityContext> keys;
      try {
        keys =
            JWKSourceBuilder.<SecurityContext>create(
                    metadata().keys().toURL(),
                    new DefaultResourceRetriever(
                        (int) TIMEOUT.toMillis(), (int) TIMEOUT.toMillis(), 512 * 1024))
                .rateLimited(Duration.ofMinutes(1).toMillis())
                .build();
      } catch (MalformedURLException | IllegalArgumentException e) {
        throw new Failed("discovery names no usable jwks_uri");
      }
      known = new LogoutTokens(settings.issuer(), settings.clientId(), keys);
      logoutTokens = known;
    }
    return known;
  }

  Metadata metadata() throws Failed {
    Metadata known = metadata;
    if (known != null && known.fetched().plus(METADATA_LIFETIME).isAfter(Instant.now())) {
      return known;
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(settings.issuer() + "/.well-known/openid-configuration"))
            .timeout(TIMEOUT)
            .GET()
            .build();
    HttpResponse<String> response = send(request, "discovery");
    if (response.statusCode() != 200) {
      throw new Failed("discovery answered " + response.statusCode());
    }
    JsonObject document = parse(response.body(), "discovery");
    if (!settings.issuer().equals(string(document, "issuer"))) {
      throw new Failed("discovery names another issuer than TEAMWARD_OIDC_ISSUER");
    }
    try {
      String endSession = string(document, "end_session_endpoint");
      known =
          new Metadata(
              URI.create(string(document, "jwks_uri")),
              endSession == null ? null : URI.create(endSession),
              Instant.now());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new Failed("discovery lacks an endpoint");
    }
    metadata = known;
    return known;
  }

  private HttpResponse<String> send(HttpRequest request, String step) throws Failed {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Failed(step + " failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failed(step + " interrupted");
    }
  }

  private static JsonObject parse(String body, String step) throws Failed {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new Failed(step + " is no JSON object");
    }
  }

  private static String string(JsonObject object, String name) {
    return object.get(name) instanceof JsonString value ? value.getString() : null;
  }
}
