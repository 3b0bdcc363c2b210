package org.teamward.access.secrets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Personal passwords, hashed with Jakarta Security's PBKDF2-HMAC-SHA256 at 600,000 iterations
 * (OWASP 2023). What a new password must be is {@link PasswordRules}'s. Configured explicitly
 * rather than trusting the implementation's defaults. This slow hash serves interactive sign-in
 * only; API credentials use a keyed digest instead.
 *
 * <p>A test deployment may hash new passwords at a lower cost ({@code
 * teamward.password.iterations}) only with {@code teamward.password.test-only-low-cost=true} as
 * well; otherwise the start fails. Jakarta Security's implementation takes no fewer than 1,024
 * iterations. Each hash records its own iteration count, so hashes of either cost verify.
 */
@ApplicationScoped
public class PasswordHashing {

  /** The cost of every hash in production, and the least a start accepts without the switch. */
  public static final int ITERATIONS = 600_000;

  public static final int MAX_LENGTH = 200;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "teamward.password.iterations", defaultValue = "" + ITERATIONS)
  int iterations = ITERATIONS;

  @Inject
  @ConfigProperty(name = "teamward.password.test-only-low-cost", defaultValue = "false")
  boolean testOnlyLowCost;

  /** Verified for unknown accounts, so that they cost the same time as a wrong password. */
  private volatile String dummyHash;

  /**
   * Made at start rather than at the first sign-in, so that a cost production must not run with
   * fails the start, not a person's sign-in.
   */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
    // Nothing more: delivering the event has created the bean, which ran configure().
  }

  @PostConstruct
  void configure() {
    if (iterations < 1 || (iterations < ITERATIONS && !testOnlyLowCost)) {
      throw new IllegalStateException(
          "teamward.password.iterations (TEAMWARD_PASSWORD_ITERATIONS) is "
              + iterations
              + ": passwords are hashed with at least "
              + ITERATIONS
              + " PBKDF2 iterations. A lower cost is for test deployments only, which also set"
              + " TEAMWARD_PASSWORD_TEST_ONLY_LOW_COST=true.");
    }
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  /** Checks a password; with a null hash it burns the same time and answers false. */
  public boolean verify(String password, String hash) {
    if (hash == null) {
      pbkdf2.verify(password.toCharArray(), dummyHash());
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

  /**
   * Made at the first unknown account rather than at start, which it would slow by a whole hash.
   * Two threads may both make one; either serves.
   */
  private String dummyHash() {
    String dummy = dummyHash;
    if (dummy == null) {
      dummy = hash(randomPassword());
      dummyHash = dummy;
    }
    return dummy;
  }
}
