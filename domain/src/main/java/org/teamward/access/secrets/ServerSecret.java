package org.teamward.access.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key the server needs to read what it stored: the token pepper, the two-factor key. It comes
 * from configuration, the same on every node. Only on the embedded H2 database may it be left out:
 * a random one is then generated once and kept in the data directory. With any other database
 * start-up refuses to run without it, because every node of a cluster would otherwise make a key of
 * its own, and a credential would work on one node only.
 *
 * @param variable the environment variable that configures it, named in messages
 * @param fileName where the embedded run keeps a generated one, inside the data directory
 * @param guards what it protects, for the messages ("device passwords are digested")
 */
record ServerSecret(String variable, String fileName, String guards) {

  static final int MIN_LENGTH = 32;
  static final String FINGERPRINT_LABEL = "teamward server secret fingerprint v1 ";

  private static final Logger LOG = Logger.getLogger(ServerSecret.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The configured key, else the one kept in the data directory, created on first need. */
  String load(Optional<String> configured, Optional<String> databaseUrl, Path dataDirectory) {
    if (configured.isEmpty() && !databaseUrl.map(ServerSecret::embedded).orElse(true)) {
      throw new IllegalStateException(
          variable
              + " is not set. With a database other than the embedded H2 it is required, and must"
              + " be the same on every node: otherwise each node would make a key of its own, and "
              + guards
              + " on one node only. Set it to at least "
              + MIN_LENGTH
              + " random characters, for example the output of `openssl rand -base64 32`.");
    }
    if (configured.isPresent()) {
      String key = configured.get().trim();
      if (key.length() < MIN_LENGTH) {
        throw new IllegalStateException(
            variable
                + " must have at least "
                + MIN_LENGTH
                + " characters, for example the output of `openssl rand -base64 32`.");
      }
      return key;
    }
    // Kept rather than made per start, because a key that changed with each restart would
    // silently invalidate everything it protects.
    Path file = dataDirectory.resolve(fileName);
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      String key = Files.readString(file, StandardCharsets.US_ASCII).trim();
      if (key.length() < MIN_LENGTH) {
        throw new IllegalStateException(file + " is damaged; restore it or set " + variable + ".");
      }
      LOG.info(
          () ->
              "Using the key kept in "
                  + file
                  + ". On a cluster, set "
                  + variable
                  + " to the same value on every node (for example this file's content).");
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot keep a key in " + file + "; set " + variable + " instead.", e);
    }
  }

  /**
   * What the database keeps to tell whether a node has the same key as the others: HMAC-SHA-256
   * under the key of a fixed label with the variable's name, 64 hex digits. It reveals nothing of
   * the key, and checking a guess against it costs as much as checking one against any digest the
   * key made, which the key's 32 random characters or more make hopeless. The label is no token
   * (nor anything else the key digests or seals), so it never equals a stored digest.
   */
  String fingerprint(String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((FINGERPRINT_LABEL + variable).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
    }
  }

  /** Whether the database runs inside this process (an H2 file or memory database). */
  static boolean embedded(String databaseUrl) {
    return databaseUrl.startsWith("jdbc:h2:")
        && !databaseUrl.startsWith("jdbc:h2:tcp:")
        && !databaseUrl.startsWith("jdbc:h2:ssl:");
  }

  /** Writes a new key owner-only; if another process got there first, its key wins. */
  private static void create(Path file) throws IOException {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    org.teamward.persistence.DataDirectory.createOwnerOnly(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // not a POSIX file system: the directory's own protection has to do
      }
      Files.writeString(temp, key + "\n", StandardCharsets.US_ASCII);
      // Moving without REPLACE_EXISTING fails if the file appeared meanwhile, so two nodes
      // sharing the data directory cannot end up with different keys.
      Files.move(temp, file);
    } catch (FileAlreadyExistsException raced) {
      // keep the other key
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
