package org.teamward.it.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider that answers with the tokens a test asks for: the forged, expired or
 * mixed-up answers that a real provider such as the suite's Keycloak never gives, but an attacker
 * between Teamward and its provider, or a broken provider, could. It publishes one signing key,
 * sends every browser straight back with a code (no sign-in form), and puts into the ID token for
 * that code what {@link #next} chose. A JDK HTTP server on loopback, started on first use.
 */
public final class HostileProvider {

  /** What the token endpoint answers with next. */
  enum Token {
    /** Correct in every way: the control, which must sign in. */
    VALID,
    /** {@code alg: none}, no signature at all. */
    UNSIGNED,
    /** Signed with the published key, but its {@code exp} has passed. */
    EXPIRED,
    /** Claims to be signed by the published key (its {@code kid}), but signed by another one. */
    FOREIGN_KEY,
    /** Correct, but issued for another client. */
    OTHER_AUDIENCE
  }

  public static final String EMAIL = "forged.sso@teamward.test";
  static final String SUBJECT = "hostile-subject-1";

  private static HttpServer server;
  private static RSAKey key;
  private static RSAKey foreign;
  private static volatile Token next = Token.VALID;

  /** The nonce each code was issued for, as a provider remembers it. */
  private static final Map<String, String> NONCES = new ConcurrentHashMap<>();

  private HostileProvider() {}

  public static synchronized String issuer() {
    if (server == null) {
      start();
    }
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  static void next(Token token) {
    next = token;
  }

  private static void start() {
    try {
      key = new RSAKeyGenerator(2048).keyID("hostile-1").generate();
      foreign = new RSAKeyGenerator(2048).keyID("hostile-1").generate();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/.well-known/openid-configuration", HostileProvider::discovery);
    server.createContext("/auth", HostileProvider::authorize);
    server.createContext("/token", HostileProvider::token);
    server.createContext("/userinfo", HostileProvider::userInfo);
    server.createContext(
        "/jwks", exchange -> json(exchange, new JWKSet(key.toPublicJWK()).toString(true)));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "hostile-provider"));
  }

  private static void discovery(HttpExchange exchange) throws IOException {
    String issuer = issuer();
    json(
        exchange,
        """
        {"issuer": "%1$s", "authorization_endpoint": "%1$s/auth", "token_endpoint": "%1$s/token",
         "userinfo_endpoint": "%1$s/userinfo", "jwks_uri": "%1$s/jwks",
         "response_types_supported": ["code"], "subject_types_supported": ["public"],
         "id_token_signing_alg_values_supported": ["RS256"],
         "scopes_supported": ["openid", "email", "profile"],
         "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"]}
        """
            .formatted(issuer));
  }

  /** Signs everybody in at once: straight back with a code and the state it was given. */
  private static void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    String code = UUID.randomUUID().toString();
    NONCES.put(code, query.getOrDefault("nonce", ""));
    String back =
        query.get("redirect_uri")
            + "?code="
            + code
            + "&state="
            + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Location", back);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static void token(HttpExchange exchange) throws IOException {
    Map<String, String> body =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    String nonce = NONCES.remove(String.valueOf(body.get("code")));
    if (nonce == null) {
      exchange.sendResponseHeaders(400, -1);
      exchange.close();
      return;
    }
    String idToken;
    try {
      idToken = idToken(next, nonce);
    } catch (JOSEException e) {
      throw new IOException(e);
    }
    json(
        exchange,
        """
        {"access_token": "%s", "token_type": "Bearer", "expires_in": 300, "id_token": "%s"}
        """
            .formatted(UUID.randomUUID(), idToken));
  }

  private static void userInfo(HttpExchange exchange) throws IOException {
    json(
        exchange,
        """
        {"sub": "%s", "email": "%s", "email_verified": true}
        """
            .formatted(SUBJECT, EMAIL));
  }

  /** A correct back-channel logout token for the provider's one person, signed with its key. */
  public static String logoutToken() {
    issuer();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer())
            .subject(SUBJECT)
            .audience(Keycloak.CLIENT_ID)
            .issueTime(new Date())
            .jwtID(UUID.randomUUID().toString())
            .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
            .build();
    SignedJWT signed =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("hostile-1").build(), claims);
    try {
      signed.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return signed.serialize();
  }

  private static String idToken(Token kind, String nonce) throws JOSEException {
    Instant now = Instant.now();
    Instant issued = kind == Token.EXPIRED ? now.minusSeconds(3600) : now;
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer())
            .subject(SUBJECT)
            .audience(kind == Token.OTHER_AUDIENCE ? "another-client" : Keycloak.CLIENT_ID)
            .issueTime(Date.from(issued))
            .expirationTime(Date.from(issued.plusSeconds(300)))
            .claim("nonce", nonce)
            .claim("email", EMAIL)
            .claim("email_verified", true)
            .build();
    if (kind == Token.UNSIGNED) {
      return new PlainJWT(claims).serialize();
    }
    SignedJWT signed =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("hostile-1").build(), claims);
    signed.sign(new RSASSASigner(kind == Token.FOREIGN_KEY ? foreign : key));
    return signed.serialize();
  }

  private static void json(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> form(String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        values.put(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }
}
