package org.teamward.access.secrets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.teamward.persistence.DataDirectory;

/**
 * Seals TOTP secrets for storage with AES-256-GCM (the JDK's), under {@code TEAMWARD_TOTP_KEY}: the
 * same key on every node, and never the database's, so that a copy of the database alone does not
 * reveal anyone's second factor. The account id is bound in as associated data, so a sealed secret
 * copied to another account's row does not open there. A node started with a key other than the one
 * the database was set up with refuses to start ({@link ServerSecretFingerprints}).
 */
@ApplicationScoped
public class TwoFactorKey {

  static final ServerSecret KEY =
      new ServerSecret("TEAMWARD_TOTP_KEY", "totp-key", "two-factor codes would work");

  private static final String VERSION = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Config config;
  @Inject ServerSecretFingerprints fingerprints;

  private SecretKeySpec key;
  private String fingerprint;

  public TwoFactorKey() {}

  /** For tests: a fixed key instead of the configured one. */
  public TwoFactorKey(String secret) {
    use(secret);
  }

  @PostConstruct
  void load() {
    use(
        KEY.load(
            config.getOptionalValue("teamward.totp.key", String.class),
            config.getOptionalValue("teamward.db.url", String.class),
            DataDirectory.path(config)));
  }

  private void use(String secret) {
    key = keyOf(secret);
    fingerprint = KEY.fingerprint(secret);
  }

  /**
   * Loads the key at start-up, so that a missing one stops the start, not a sign-in later, and so
   * that a node whose key differs from the other nodes' refuses to start instead of failing to open
   * the two-factor secrets they sealed.
   */
  public void checkKey() {
    if (key == null) {
      throw new IllegalStateException("The two-factor key is not loaded.");
    }
    fingerprints.require(
        KEY.variable(),
        fingerprint,
        "Two-factor secrets sealed with the other value could not be opened on this node, so"
            + " nobody enrolled could sign in here.");
  }

  public String seal(byte[] secret, long accountId) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, secret, accountId);
    ByteBuffer out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed);
    return VERSION + Base64.getEncoder().encodeToString(out.array());
  }

  /** The secret; fails when the value was not sealed for this account with this key. */
  public byte[] open(String sealed, long accountId) {
    if (sealed == null || !sealed.startsWith(VERSION)) {
      throw new IllegalStateException("Not a sealed two-factor secret.");
    }
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
    byte[] iv = new byte[IV_BYTES];
    System.arraycopy(bytes, 0, iv, 0, IV_BYTES);
    byte[] body = new byte[bytes.length - IV_BYTES];
    System.arraycopy(bytes, IV_BYTES, body, 0, body.length);
    return crypt(Cipher.DECRYPT_MODE, iv, body, accountId);
  }

  private byte[] crypt(int mode, byte[] iv, byte[] input, long accountId) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(("user_account:" + accountId).getBytes(StandardCharsets.US_ASCII));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "A two-factor secret cannot be opened: was TEAMWARD_TOTP_KEY changed?", e);
    }
  }

  /**
   * The AES key from the configured text. The text has at least 256 bits of randomness already (32
   * random characters or more), so one SHA-256 is a sufficient derivation.
   */
  private static SecretKeySpec keyOf(String secret) {
    try {
      byte[] material =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return new SecretKeySpec(material, "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
