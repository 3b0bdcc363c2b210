package org.teamward.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.teamward.access.ProviderIdentity;

/**
 * Talks to the company's identity provider: its discovery document and signing keys (kept, and
 * fetched again when a token names a key not seen yet, as after a key rotation), the authorisation
 * request, and the exchange of a code for tokens with the client's secret (HTTP Basic, {@code
 * client_secret_basic}). Every failure becomes a {@link Failed} whose message names the step, so
 * that a provider that is down or answers nonsense gives the person a page and the log a line,
 * never a server error.
 */
@ApplicationScoped
public class ProviderClient {

  /** A step with the provider that did not succeed; the message never holds a secret. */
  public static final class Failed extends Exception {
    Failed(String message) {
      super(message, null, false, false);
    }
  }

  /** The endpoints of the provider's discovery document that sign-in uses. */
  record Metadata(URI authorization, URI token, URI keys, URI endSession, Instant fetched) {}

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration METADATA_LIFETIME = Duration.ofHours(1);

  @Inject ProviderSettings settings;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private volatile Metadata metadata;
  private volatile Map<String, PublicKey> keys = Map.of();
  private volatile Instant keysFetched = Instant.EPOCH;

  /**
   * The least time between two fetches of the signing keys: a token naming an unknown key may come
   * from anyone (the back-channel logout is open to the network), and must not make Teamward fetch
   * the provider's keys once per request.
   */
  static final Duration KEYS_REFETCH_PAUSE = Duration.ofMinutes(1);

  /** Where to send the person: the provider's authorisation endpoint with this sign-in's values. */
  public URI authorizationRequest(String state, String nonce, String redirectUri) throws Failed {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", settings.clientId());
    query.put("redirect_uri", redirectUri);
    query.put("scope", "openid email profile");
    query.put("state", state);
    query.put("nonce", nonce);
    URI endpoint = metadata().authorization();
    String separator = endpoint.getRawQuery() == null ? "?" : "&";
    return URI.create(endpoint + separator + form(query));
  }

  /** The provider's sign-out page (RP-initiated logout), if it has one. */
  public URI endSession() throws Failed {
    return metadata().endSession();
  }

  /**
   * Exchanges the code for tokens and checks the ID token.
   *
   * @param redirectUri the one the authorisation request named, which the provider compares
   */
  public ProviderIdentity identity(String code, String redirectUri, String nonce) throws Failed {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "authorization_code");
    body.put("code", code);
    body.put("redirect_uri", redirectUri);
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (encode(settings.clientId()) + ":" + encode(settings.clientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(metadata().token())
            .timeout(TIMEOUT)
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form(body)))
            .build();
    HttpResponse<String> response = send(request, "token request");
    JsonObject tokens = parse(response.body(), "token response");
    if (response.statusCode() != 200) {
      String error = IdTokenVerifier.string(tokens, "error");
      throw new Failed(
          "token request refused ("
              + response.statusCode()
              + (error == null ? "" : ", " + error.replaceAll("[^A-Za-z0-9_.-]", "?"))
              + ")");
    }
    String idToken = IdTokenVerifier.string(tokens, "id_token");
    if (idToken == null) {
      throw new Failed("token response holds no ID token");
    }
    IdTokenVerifier verifier =
        new IdTokenVerifier(settings.issuer(), settings.clientId(), settings.multiFactorAcr());
    try {
      return verifier.verify(idToken, keysFor(idToken), nonce, Instant.now());
    } catch (IdTokenVerifier.Refused e) {
      throw new Failed("ID token refused: " + e.getMessage());
    }
  }

  /**
   * The subject of a back-channel logout token from the provider, checked like an ID token.
   *
   * @throws Failed naming the check that failed
   */
  public String logoutSubject(String logoutToken) throws Failed {
    IdTokenVerifier verifier =
        new IdTokenVerifier(settings.issuer(), settings.clientId(), settings.multiFactorAcr());
    try {
      return verifier.verifyLogout(logoutToken, keysFor(logoutToken), Instant.now());
    } catch (IdTokenVerifier.Refused e) {
      throw new Failed("logout token refused: " + e.getMessage());
    }
  }

  /** The keys, fetched again once when the token names one that is not among them. */
  private Map<String, PublicKey> keysFor(String idToken) throws Failed {
    Map<String, PublicKey> known = keys;
    String kid = kidOf(idToken);
    boolean unknownKey = known.isEmpty() || (kid != null && !known.containsKey(kid));
    if (unknownKey && keysFetched.plus(KEYS_REFETCH_PAUSE).isBefore(Instant.now())) {
      keysFetched = Instant.now();
      known = fetchKeys();
      keys = known;
    }
    return known;
  }

  private Map<String, PublicKey> fetchKeys() throws Failed {
    HttpRequest request = HttpRequest.newBuilder(metadata().keys()).timeout(TIMEOUT).GET().build();
    HttpResponse<String> response = send(request, "signing keys");
    if (response.statusCode() != 200) {
      throw new Failed("signing keys answered " + response.statusCode());
    }
    Map<String, PublicKey> found = new HashMap<>();
    JsonValue list = parse(response.body(), "signing keys").get("keys");
    if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue key : list.asJsonArray()) {
        if (key.getValueType() == JsonValue.ValueType.OBJECT) {
          JsonObject jwk = key.asJsonObject();
          String kid = IdTokenVerifier.string(jwk, "kid");
          IdTokenVerifier.rsaKey(jwk).ifPresent(k -> found.put(kid == null ? "" : kid, k));
        }
      }
    }
    return Map.copyOf(found);
  }

  private static String kidOf(String token) {
    if (token == null || token.indexOf('.') < 0) {
      return null;
    }
    try {
      String header =
          new String(
              java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
              StandardCharsets.UTF_8);
      try (var reader = Json.createReader(new StringReader(header))) {
        return IdTokenVerifier.string(reader.readObject(), "kid");
      }
    } catch (RuntimeException e) {
      return null;
    }
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
    if (!settings.issuer().equals(IdTokenVerifier.string(document, "issuer"))) {
      throw new Failed("discovery names another issuer than TEAMWARD_OIDC_ISSUER");
    }
    try {
      String endSession = IdTokenVerifier.string(document, "end_session_endpoint");
      known =
          new Metadata(
              URI.create(IdTokenVerifier.string(document, "authorization_endpoint")),
              URI.create(IdTokenVerifier.string(document, "token_endpoint")),
              URI.create(IdTokenVerifier.string(document, "jwks_uri")),
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

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
