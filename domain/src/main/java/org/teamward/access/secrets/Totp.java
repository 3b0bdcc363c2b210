package org.teamward.access.secrets;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238): HMAC-SHA-1, six digits,
 * a 30-second step. The codes come from the java-otp library; this class decides which steps count
 * (the current one and one either side, for clocks that drift) and formats the secret for the app.
 */
public final class Totp {

  static final Duration STEP = Duration.ofSeconds(30);
  public static final int DIGITS = 6;
  static final int DRIFT_STEPS = 1;

  /** 160 bits, the length RFC 4226 recommends for HMAC-SHA-1. */
  static final int SECRET_BYTES = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final TimeBasedOneTimePasswordGenerator generator;

  public Totp() {
    this(DIGITS);
  }

  /** With another number of digits: for the RFC's eight-digit test vectors. */
  public Totp(int digits) {
    generator =
        new TimeBasedOneTimePasswordGenerator(
            STEP, digits, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
  }

  public static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
  }

  public String code(byte[] secret, long step) {
    try {
      return generator.generateOneTimePasswordString(
          new SecretKeySpec(secret, "HmacSHA1"), Instant.ofEpochSecond(step * STEP.getSeconds()));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("A TOTP secret was rejected as a key", e);
    }
  }

  /**
   * The step of the code among those around now (one step of drift either way), or empty. Every
   * candidate is computed and compared in constant time, so the timing does not tell which matched.
   */
  public OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    if (code == null || code.length() != generator.getPasswordLength()) {
      return OptionalLong.empty();
    }
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long current = step(now);
    long match = Long.MIN_VALUE;
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), given)) {
        match = step;
      }
    }
    return match == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(match);
  }

  /** The secret as authenticator apps take it when typed in: Base32, in groups of four. */
  public static String typeable(byte[] secret) {
    String plain = new Base32().encodeAsString(secret).replace("=", "");
    return String.join(" ", plain.split("(?<=\\G.{4})"));
  }

  /** The {@code otpauth://} URI that the QR code carries (Google Authenticator's key format). */
  public static String uri(String issuer, String account, byte[] secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + new Base32().encodeAsString(secret).replace("=", "")
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP.getSeconds();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
