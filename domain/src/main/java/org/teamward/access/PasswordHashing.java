package org.teamward.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Personal passwords, hashed with Jakarta Security's PBKDF2-HMAC-SHA256 at 600,000 iterations
 * (OWASP 2023). What a new password must be is {@link PasswordRules}'s. Configured explicitly
 * rather than trusting the implementation's defaults. This slow hash serves interactive sign-in
 * only; API credentials use a keyed digest instead.
 */
@ApplicationScoped
public class PasswordHashing {

  public static final int ITERATIONS = 600_000;
  public static final int MAX_LENGTH = 200;

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** Verified for unknown accounts, so that they cost the same time as a wrong password. */
  private String dummyHash;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    dummyHash = hash(randomPassword());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  /** Checks a password; with a null hash it burns the same time and answers false. */
  public boolean verify(String password, String hash) {
    if (hash == null) {
      pbkdf2.verify(password.toCharArray(), dummyHash);
      return false;
    }
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  /** A random password of 24 URL-safe characters (144 bits). */
  public static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
