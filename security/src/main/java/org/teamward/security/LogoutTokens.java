package org.teamward.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Checks a logout token of the company's identity provider (OpenID Connect Back-Channel Logout 1.0,
 * section 2.6) with Nimbus JOSE+JWT, the library the server's own OpenID Connect mechanism checks
 * ID tokens with: an asymmetric signature by one of the provider's published keys, the issuer, this
 * client as audience, a recent issue time, the back-channel logout event, a subject, a token id,
 * and no nonce (so that an ID token cannot be passed off as one). The token id is what makes a
 * replay detectable; the domain remembers the ones used.
 */
final class LogoutTokens {

  /** A token that fails a check; the message names the check, never the token. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** What a logout token that passed every check says. */
  record Claims(String subject, String id) {}

  static final String BACK_CHANNEL_LOGOUT_EVENT =
      "http://schemas.openid.net/event/backchannel-logout";

  /** How old a logout token may be: the provider sends it at once. */
  static final Duration MAX_AGE = Duration.ofMinutes(5);

  /** The allowed difference between the provider's clock and this server's. */
  static final Duration LEEWAY = Duration.ofMinutes(1);

  /** The signatures a provider's token may carry: public-key ones only, never "none" or a MAC. */
  static final Set<JWSAlgorithm> SIGNATURES =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512);

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  LogoutTokens(String issuer, String clientId, JWKSource<SecurityContext> keys) {
    // RFC 8417's "logout+jwt", plain "JWT", or none: providers differ.
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            new JOSEObjectType("logout+jwt"), JOSEObjectType.JWT, null));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(SIGNATURES, keys));
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            Set.of(clientId),
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "iat", "jti", "events"),
            Set.of("nonce"));
    claims.setMaxClockSkew((int) LEEWAY.toSeconds());
    processor.setJWTClaimsSetVerifier(claims);
  }

  Claims verify(String token, Instant now) throws Refused {
    JWTClaimsSet claims;
    try {
      if (!(JWTParser.parse(token) instanceof SignedJWT signed)) {
        throw new Refused("not a signed token");
      }
      claims = processor.process(signed, null);
    } catch (ParseException e) {
      throw new Refused("not a well-formed signed token");
    } catch (BadJOSEException e) {
      throw new Refused(printable(e.getMessage()));
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new Refused("signature could not be checked");
    }
    Instant issued = claims.getIssueTime().toInstant();
    if (issued.isAfter(now.plus(LEEWAY))) {
      throw new Refused("issued in the future");
    }
    if (issued.isBefore(now.minus(MAX_AGE))) {
      throw new Refused("too old for a logout token");
    }
    Map<String, Object> events;
    try {
      events = claims.getJSONObjectClaim("events");
    } catch (ParseException e) {
      events = null;
    }
    if (events == null || !events.containsKey(BACK_CHANNEL_LOGOUT_EVENT)) {
      throw new Refused("not a logout token");
    }
    String subject = claims.getSubject();
    if (subject.isBlank() || claims.getJWTID().isBlank()) {
      throw new Refused("no subject or no token id");
    }
    return new Claims(subject, claims.getJWTID());
  }

  /** The library's reason, for the log: short, and only plain characters. */
  private static String printable(String message) {
    String plain = message == null ? "refused" : message.replaceAll("[^A-Za-z0-9 _.:,-]", "?");
    return plain.length() > 100 ? plain.substring(0, 100) : plain;
  }
}
