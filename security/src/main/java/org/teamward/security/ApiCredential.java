package org.teamward.security;

import jakarta.security.enterprise.credential.Credential;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A credential from an API request's {@code Authorization} header: {@code Basic
 * base64(<id>:<secret>)} or {@code Bearer <secret>}. Parsing is strict and total: anything
 * malformed yields a {@link Malformed} with a reason fit to show the client, never an exception.
 *
 * @param id the device or interface id from Basic, or null for Bearer
 * @param secret the token or password
 */
public record ApiCredential(Long id, String secret) implements Credential {

  /** Longer headers are refused before any decoding. */
  public static final int MAX_HEADER_LENGTH = 1024;

  public static final class Malformed extends Exception {
    public Malformed(String reason) {
      super(reason, null, false, false);
    }
  }

  public static ApiCredential parse(String header) throws Malformed {
    if (header.length() > MAX_HEADER_LENGTH) {
      throw new Malformed("The Authorization header is too long.");
    }
    int space = header.indexOf(' ');
    if (space < 0) {
      throw new Malformed("The Authorization header must be 'Basic …' or 'Bearer …'.");
    }
    String scheme = header.substring(0, space);
    String value = header.substring(space + 1).trim();
    if (scheme.equalsIgnoreCase("Bearer")) {
      return new ApiCredential(null, requireSecret(value));
    }
    if (!scheme.equalsIgnoreCase("Basic")) {
      throw new Malformed("Unsupported authentication scheme; use Basic or Bearer.");
    }
    String decoded = decodeBase64Utf8(value);
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new Malformed("Basic credentials must be base64('<id>:<secret>').");
    }
    try {
      long id = Long.parseLong(decoded.substring(0, colon));
      return new ApiCredential(id, requireSecret(decoded.substring(colon + 1)));
    } catch (NumberFormatException e) {
      throw new Malformed("The id in Basic credentials must be a number.");
    }
  }

  private static String requireSecret(String secret) throws Malformed {
    if (secret.isEmpty()) {
      throw new Malformed("The credential is empty.");
    }
    for (int i = 0; i < secret.length(); i++) {
      if (secret.charAt(i) < 0x21 || secret.charAt(i) > 0x7e) {
        throw new Malformed("The credential contains characters that no token has.");
      }
    }
    return secret;
  }

  private static String decodeBase64Utf8(String value) throws Malformed {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new Malformed("Basic credentials are not valid Base64.");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Malformed("Basic credentials are not valid UTF-8.");
    }
  }

  /** Never print the secret. */
  @Override
  public String toString() {
    return "ApiCredential[id=" + id + "]";
  }
}
