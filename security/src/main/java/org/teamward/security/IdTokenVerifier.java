package org.teamward.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.teamward.access.ProviderIdentity;

/**
 * Checks an ID token of the company's identity provider (OpenID Connect Core, section 3.1.3.7)
 * before anything of it is believed: an RSA signature by one of the provider's published keys (a
 * token with {@code alg} "none", an HMAC or an unknown key is refused), the issuer, this client as
 * audience (and as authorised party where there are several), the lifetime, and the nonce this
 * sign-in sent. Built on the JDK's own cryptography, so that no second JOSE library has to be kept
 * in step with the one inside the server.
 */
final class IdTokenVerifier {

  /** A token that fails a check; the message names the check, never the token. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** Allowed clock difference between the provider and this server. */
  static final Duration LEEWAY = Duration.ofMinutes(1);

  /** The {@code amr} values (RFC 8176) that mean more than a password. */
  static final Set<String> MULTI_FACTOR_AMR =
      Set.of("mfa", "otp", "hwk", "swk", "sc", "fpt", "face", "iris", "retina", "vbm", "sms");

  private static final Map<String, String> ALGORITHMS =
      Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

  private final String issuer;
  private final String clientId;
  private final Set<String> multiFactorAcr;

  IdTokenVerifier(String issuer, String clientId, Set<String> multiFactorAcr) {
    this.issuer = issuer;
    this.clientId = clientId;
    this.multiFactorAcr = multiFactorAcr;
  }

  /**
   * The identity in a token that passes every check.
   *
   * @param keys the provider's signing keys ({@code jwks_uri}), by {@code kid}
   * @param nonce the nonce this sign-in sent with its authorisation request
   */
  ProviderIdentity verify(String token, Map<String, PublicKey> keys, String nonce, Instant now)
      throws Refused {
    JsonObject claims = signedClaims(token, keys);
    checkIssuerAndAudience(claims);
    Instant expires = instant(claims, "exp");
    if (expires == null || !now.isBefore(expires.plus(LEEWAY))) {
      throw new Refused("expired");
    }
    checkIssued(claims, now);
    String sentNonce = string(claims, "nonce");
    if (sentNonce == null
        || !MessageDigest.isEqual(
            sentNonce.getBytes(StandardCharsets.UTF_8), nonce.getBytes(StandardCharsets.UTF_8))) {
      throw new Refused("nonce does not match this sign-in");
    }
    String subject = string(claims, "sub");
    if (subject == null || subject.isBlank()) {
      throw new Refused("no subject");
    }
    boolean multiFactor =
        strings(claims.get("amr")).stream().anyMatch(MULTI_FACTOR_AMR::contains)
            || (claims.get("acr") instanceof JsonString acr
                && multiFactorAcr.contains(acr.getString()));
    return new ProviderIdentity(
        issuer,
        subject,
        string(claims, "email"),
        claims.get("email_verified") == JsonValue.TRUE,
        multiFactor);
  }

  /**
   * The subject of a logout token (OpenID Connect Back-Channel Logout 1.0, section 2.6): signed
   * like an ID token, for this client, recent, with the back-channel logout event, a subject, and
   * no nonce (so that an ID token cannot be passed off as one).
   */
  String verifyLogout(String token, Map<String, PublicKey> keys, Instant now) throws Refused {
    JsonObject claims = signedClaims(token, keys);
    checkIssuerAndAudience(claims);
    checkIssued(claims, now);
    Instant expires = instant(claims, "exp");
    if (expires != null && !now.isBefore(expires.plus(LEEWAY))) {
      throw new Refused("expired");
    }
    Instant issued = instant(claims, "iat");
    if (issued.isBefore(now.minus(LOGOUT_TOKEN_AGE))) {
      throw new Refused("too old for a logout token");
    }
    if (!(claims.get("events") instanceof JsonObject events)
        || !events.containsKey(BACK_CHANNEL_LOGOUT_EVENT)) {
      throw new Refused("not a logout token");
    }
    if (claims.containsKey("nonce")) {
      throw new Refused("a logout token carries no nonce");
    }
    String subject = string(claims, "sub");
    if (subject == null || subject.isBlank()) {
      throw new Refused("no subject");
    }
    return subject;
  }

  static final String BACK_CHANNEL_LOGOUT_EVENT =
      "http://schemas.openid.net/event/backchannel-logout";

  /** How old a logout token may be: it is sent at once, so a replay later is refused. */
  static final Duration LOGOUT_TOKEN_AGE = Duration.ofMinutes(5);

  /** The claims of a token with a valid RSA signature by one of the provider's keys. */
  private static JsonObject signedClaims(String token, Map<String, PublicKey> keys) throws Refused {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 3 || parts[2].isEmpty()) {
      throw new Refused("not a signed token");
    }
    JsonObject header = json(parts[0]);
    String algorithm = ALGORITHMS.get(string(header, "alg"));
    if (algorithm == null) {
      throw new Refused("signature algorithm not accepted: " + printable(string(header, "alg")));
    }
    PublicKey key = key(keys, string(header, "kid"));
    if (!signed(algorithm, key, parts)) {
      throw new Refused("signature does not verify");
    }
    return json(parts[1]);
  }

  private void checkIssuerAndAudience(JsonObject claims) throws Refused {
    if (!issuer.equals(string(claims, "iss"))) {
      throw new Refused("issued by another provider");
    }
    List<String> audience = strings(claims.get("aud"));
    if (!audience.contains(clientId)) {
      throw new Refused("issued for another client");
    }
    String azp = string(claims, "azp");
    if ((audience.size() > 1 || azp != null) && !clientId.equals(azp)) {
      throw new Refused("issued for another client");
    }
  }

  private static void checkIssued(JsonObject claims, Instant now) throws Refused {
    Instant issued = instant(claims, "iat");
    if (issued == null || issued.isAfter(now.plus(LEEWAY))) {
      throw new Refused("issued in the future");
    }
  }

  /** An RSA key from its JWK ({@code kty} "RSA", {@code n}, {@code e}), or none if not one. */
  static Optional<PublicKey> rsaKey(JsonObject jwk) {
    try {
      if (!"RSA".equals(string(jwk, "kty"))
          || (jwk.containsKey("use") && !"sig".equals(string(jwk, "use")))) {
        return Optional.empty();
      }
      Base64.Decoder decoder = Base64.getUrlDecoder();
      BigInteger modulus = new BigInteger(1, decoder.decode(string(jwk, "n")));
      BigInteger exponent = new BigInteger(1, decoder.decode(string(jwk, "e")));
      return Optional.of(
          KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent)));
    } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static PublicKey key(Map<String, PublicKey> keys, String kid) throws Refused {
    if (kid != null && keys.containsKey(kid)) {
      return keys.get(kid);
    }
    if (kid == null && keys.size() == 1) {
      return keys.values().iterator().next();
    }
    throw new Refused("signed with an unknown key");
  }

  private static boolean signed(String algorithm, PublicKey key, String[] parts) throws Refused {
    try {
      Signature signature = Signature.getInstance(algorithm);
      signature.initVerify(key);
      signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new Refused("signature does not verify");
    }
  }

  private static JsonObject json(String part) throws Refused {
    try (var reader =
        Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (JsonException | IllegalArgumentException | IllegalStateException e) {
      throw new Refused("not a well-formed token");
    }
  }

  static String string(JsonObject object, String name) {
    return object.get(name) instanceof JsonString value ? value.getString() : null;
  }

  private static List<String> strings(JsonValue value) {
    if (value instanceof JsonString single) {
      return List.of(single.getString());
    }
    if (value instanceof JsonArray array) {
      return array.stream()
          .filter(JsonString.class::isInstance)
          .map(v -> ((JsonString) v).getString())
          .toList();
    }
    return List.of();
  }

  private static Instant instant(JsonObject claims, String name) {
    return claims.get(name) instanceof jakarta.json.JsonNumber number
        ? Instant.ofEpochSecond(number.longValue())
        : null;
  }

  /** A value from the token for a reason in the log: short, and only plain characters. */
  private static String printable(String value) {
    if (value == null) {
      return "none";
    }
    String plain = value.replaceAll("[^A-Za-z0-9_-]", "?");
    return plain.length() > 20 ? plain.substring(0, 20) : plain;
  }
}
