package org.teamward.access.secrets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.teamward.persistence.DataDirectory;

/**
 * Secret tokens of every credential type (device passwords, API access authorisations): how they
 * look, and the keyed digest that is stored instead of them. The types differ only in their prefix
 * ({@link Type}), so that a secret scanner tells a leaked device password from a leaked terminal
 * password, while both share one checksum and one digest.
 *
 * <h2>Token format</h2>
 *
 * <pre>
 * &lt;prefix: 6 characters&gt;&lt;secret: 43 characters&gt;&lt;checksum: 6 characters&gt;     55 in all
 * device password:            tw_dp_[0-9A-Za-z]{49}
 * API access authorisation:   tw_aa_[0-9A-Za-z]{49}
 * </pre>
 *
 * <ul>
 *   <li>The prefix ({@code tw_dp_}: "Teamward device password", {@code tw_aa_}: "Teamward access
 *       authorisation") marks the token, so that secret scanners and people recognise a leaked one.
 *   <li>The secret is 32 bytes (256 bits) from {@link SecureRandom}, read as an unsigned big-endian
 *       number and written in base 62 (alphabet {@code 0-9A-Za-z}), left-padded with {@code 0} to
 *       43 characters.
 *   <li>The checksum is the CRC32 of the ASCII text {@code <prefix><secret>}, in base 62,
 *       left-padded with {@code 0} to 6 characters. It lets clients and scanners reject a mistyped
 *       or truncated token offline; it adds no security.
 * </ul>
 *
 * Letters, digits and underscores only: the token survives copy and paste, and a double click
 * selects all of it.
 *
 * <h2>Storage</h2>
 *
 * Only {@code HMAC-SHA-256(pepper, token)}, hex-encoded, is stored. A token has 256 bits of
 * entropy, so a fast keyed digest suffices and no slow password hash is needed on each API request.
 * The pepper is {@code TEAMWARD_TOKEN_PEPPER} (at least 32 characters). Only on the embedded H2
 * database may it be left out: a random pepper is then generated once and kept in the data
 * directory, file {@code token-pepper}. With any other database start-up refuses to run without it,
 * because every node of a cluster would otherwise make a pepper of its own, and a device password
 * would work on one node only. Changing it invalidates every token; a node started with a pepper
 * other than the one the database was set up with refuses to start ({@link
 * ServerSecretFingerprints}).
 */
@ApplicationScoped
public class SecretTokens {

  /** A credential type, told apart by its token's prefix. */
  public enum Type {
    DEVICE_PASSWORD("tw_dp_"),
    ACCESS_AUTHORISATION("tw_aa_");

    private final String prefix;

    Type(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }

    /** The type whose prefix the secret carries, if any. */
    public static Optional<Type> of(String secret) {
      for (Type type : values()) {
        if (secret != null && secret.startsWith(type.prefix)) {
          return Optional.of(type);
        }
      }
      return Optional.empty();
    }
  }

  static final int PREFIX_LENGTH = 6;
  static final int SECRET_BYTES = 32;
  static final int SECRET_LENGTH = 43; // 62^43 > 2^256
  static final int CHECKSUM_LENGTH = 6; // 62^6 > 2^32
  public static final int LENGTH = PREFIX_LENGTH + SECRET_LENGTH + CHECKSUM_LENGTH;
  static final int MIN_PEPPER_LENGTH = ServerSecret.MIN_LENGTH;
  static final String PEPPER_FILE = "token-pepper";
  static final ServerSecret PEPPER =
      new ServerSecret("TEAMWARD_TOKEN_PEPPER", PEPPER_FILE, "device passwords would work");

  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(ALPHABET.length());
  private static final String HMAC = "HmacSHA256";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Config config;
  @Inject ServerSecretFingerprints fingerprints;

  private SecretKeySpec key;
  private String fingerprint;

  public SecretTokens() {}

  /** For tests and tools: a fixed pepper instead of the configured one. */
  public SecretTokens(String pepper) {
    use(pepper);
  }

  @PostConstruct
  void loadPepper() {
    use(
        pepper(
            config.getOptionalValue("teamward.token.pepper", String.class),
            config.getOptionalValue("teamward.db.url", String.class),
            DataDirectory.path(config)));
  }

  private void use(String pepper) {
    key = keyOf(pepper);
    fingerprint = PEPPER.fingerprint(pepper);
  }

  /**
   * Loads the pepper now rather than at the first request, so that a missing or unusable pepper
   * stops the start instead of failing sign-ins later, and so that a node whose pepper differs from
   * the other nodes' refuses to start instead of refusing their device passwords.
   */
  public void checkPepper() {
    if (key == null) {
      throw new IllegalStateException("The token pepper is not loaded.");
    }
    fingerprints.require(
        PEPPER.variable(),
        fingerprint,
        "Device passwords and API access authorisations made with the other value would not work"
            + " on this node.");
  }

  /** A new random token of this type; show it once, store only its {@link #digest}. */
  public String newToken(Type type) {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    String body = type.prefix() + base62(new BigInteger(1, secret), SECRET_LENGTH);
    return body + checksum(body);
  }

  /** Checks prefix, length, alphabet and checksum, without the database. */
  public boolean wellFormed(String token, Type type) {
    if (token == null || token.length() != LENGTH || !token.startsWith(type.prefix())) {
      return false;
    }
    for (int i = PREFIX_LENGTH; i < LENGTH; i++) {
      if (ALPHABET.indexOf(token.charAt(i)) < 0) {
        return false;
      }
    }
    int split = LENGTH - CHECKSUM_LENGTH;
    return checksum(token.substring(0, split)).equals(token.substring(split));
  }

  /** The stored form: HMAC-SHA-256 of the whole token under the pepper, 64 hex digits. */
  public String digest(String token) {
    try {
      Mac mac = Mac.getInstance(HMAC); // cheap to create, and a Mac is not thread-safe
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
    }
  }

  /** Compares a token with a stored digest in constant time. */
  public boolean matches(String token, String storedDigest) {
    return storedDigest != null
        && MessageDigest.isEqual(
            digest(token).getBytes(StandardCharsets.US_ASCII),
            storedDigest.getBytes(StandardCharsets.US_ASCII));
  }

  static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return base62(BigInteger.valueOf(crc.getValue()), CHECKSUM_LENGTH);
  }

  private static String base62(BigInteger value, int width) {
    StringBuilder out = new StringBuilder(width);
    BigInteger rest = value;
    while (rest.signum() > 0) {
      BigInteger[] qr = rest.divideAndRemainder(BASE);
      out.append(ALPHABET.charAt(qr[1].intValue()));
      rest = qr[0];
    }
    while (out.length() < width) {
      out.append('0');
    }
    return out.reverse().toString();
  }

  private static SecretKeySpec keyOf(String pepper) {
    return new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), HMAC);
  }

  /** The configured pepper, else the one kept in the data directory; see {@link ServerSecret}. */
  static String pepper(
      Optional<String> configured, Optional<String> databaseUrl, Path dataDirectory) {
    return PEPPER.load(configured, databaseUrl, dataDirectory);
  }
}
