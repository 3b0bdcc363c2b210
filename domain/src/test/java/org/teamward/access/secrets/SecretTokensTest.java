package org.teamward.access.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.secrets.SecretTokens.Type.ACCESS_AUTHORISATION;
import static org.teamward.access.secrets.SecretTokens.Type.DEVICE_PASSWORD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretTokensTest {

  static final String PEPPER = "a-test-pepper-of-at-least-32-characters";
  final SecretTokens tokens = new SecretTokens(PEPPER);

  @Test
  void newTokenHasPrefixLengthAndAlphabet() {
    String token = tokens.newToken(DEVICE_PASSWORD);
    assertThat(token)
        .startsWith("tw_dp_")
        .hasSize(SecretTokens.LENGTH)
        .matches("tw_dp_[0-9A-Za-z]{49}");
    assertThat(SecretTokens.LENGTH).isEqualTo(55).isLessThanOrEqualTo(100);
    assertThat(tokens.wellFormed(token, DEVICE_PASSWORD)).isTrue();
  }

  @Test
  void checksumIsCrc32OfPrefixAndSecret() {
    String token = tokens.newToken(DEVICE_PASSWORD);
    assertThat(token.substring(49)).isEqualTo(SecretTokens.checksum(token.substring(0, 49)));
  }

  @Test
  void checksumDetectsEveryChangedCharacter() {
    String token = tokens.newToken(DEVICE_PASSWORD);
    for (int i = SecretTokens.PREFIX_LENGTH; i < token.length(); i++) {
      char original = token.charAt(i);
      char changed = original == 'a' ? 'b' : 'a';
      String damaged = token.substring(0, i) + changed + token.substring(i + 1);
      assertThat(tokens.wellFormed(damaged, DEVICE_PASSWORD)).as("changed at %d", i).isFalse();
    }
  }

  @Test
  void checksumDetectsSwappedNeighbours() {
    String token = tokens.newToken(DEVICE_PASSWORD);
    int i = 10;
    while (token.charAt(i) == token.charAt(i + 1)) {
      i++;
    }
    String swapped =
        token.substring(0, i) + token.charAt(i + 1) + token.charAt(i) + token.substring(i + 2);
    assertThat(tokens.wellFormed(swapped, DEVICE_PASSWORD)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"tw_dp_", "ghp_abc", " ", "tw_dp_0"})
  void wellFormedRejectsNonsense(String token) {
    assertThat(tokens.wellFormed(token, DEVICE_PASSWORD)).isFalse();
  }

  @Test
  void wellFormedRejectsWrongPrefixLengthAndAlphabet() {
    String token = tokens.newToken(DEVICE_PASSWORD);
    String body = token.substring(SecretTokens.PREFIX_LENGTH);
    assertThat(tokens.wellFormed("tw_ap_" + body, DEVICE_PASSWORD)).isFalse();
    assertThat(tokens.wellFormed("TW_DP_" + body, DEVICE_PASSWORD)).isFalse();
    assertThat(tokens.wellFormed(token.substring(0, token.length() - 1), DEVICE_PASSWORD))
        .isFalse();
    assertThat(tokens.wellFormed(token + "0", DEVICE_PASSWORD)).isFalse();
    assertThat(tokens.wellFormed(" " + token, DEVICE_PASSWORD)).isFalse();
    assertThat(
            tokens.wellFormed(token.substring(0, 20) + "-" + token.substring(21), DEVICE_PASSWORD))
        .isFalse();
    assertThat(
            tokens.wellFormed(token.substring(0, 20) + "é" + token.substring(21), DEVICE_PASSWORD))
        .isFalse();
    assertThat(tokens.wellFormed(token.repeat(100), DEVICE_PASSWORD)).isFalse();
  }

  @Test
  void wellFormedAcceptsATokenWithAValidChecksumButRejectsOneWithItChanged() {
    String body = "tw_dp_" + "0".repeat(43);
    String token = body + SecretTokens.checksum(body);
    assertThat(tokens.wellFormed(token, DEVICE_PASSWORD)).isTrue();
    String last = token.substring(54).equals("0") ? "1" : "0";
    assertThat(tokens.wellFormed(token.substring(0, 54) + last, DEVICE_PASSWORD)).isFalse();
  }

  @Test
  void tokensAreUnique() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      assertThat(seen.add(tokens.newToken(DEVICE_PASSWORD))).isTrue();
    }
  }

  @Test
  void digestIsStableForOnePepperAndDiffersForAnother() {
    String token = tokens.newToken(DEVICE_PASSWORD);
    String digest = tokens.digest(token);
    assertThat(digest).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(new SecretTokens(PEPPER).digest(token)).isEqualTo(digest);
    assertThat(new SecretTokens(PEPPER + "x").digest(token)).isNotEqualTo(digest);
    assertThat(tokens.digest(tokens.newToken(DEVICE_PASSWORD))).isNotEqualTo(digest);
  }

  @Test
  void digestIsHmacSha256OfTheToken() throws Exception {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    String expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    assertThat(new SecretTokens("Jefe").digest("what do ya want for nothing?")).isEqualTo(expected);
  }

  @Test
  void matchesComparesWithTheStoredDigest() {
    String token = tokens.newToken(DEVICE_PASSWORD);
    assertThat(tokens.matches(token, tokens.digest(token))).isTrue();
    assertThat(tokens.matches(token, tokens.digest(tokens.newToken(DEVICE_PASSWORD)))).isFalse();
    assertThat(tokens.matches(token, null)).isFalse();
  }

  @Test
  void configuredPepperWinsAndMustBeLongEnough(@TempDir Path dir) {
    assertThat(SecretTokens.pepper(Optional.of(" " + PEPPER + " "), Optional.empty(), dir))
        .isEqualTo(PEPPER);
    assertThat(dir.resolve(SecretTokens.PEPPER_FILE)).doesNotExist();
    assertThatThrownBy(() -> SecretTokens.pepper(Optional.of("short"), Optional.empty(), dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TEAMWARD_TOKEN_PEPPER");
  }

  @Test
  void generatedPepperIsKeptOwnerOnlyAndReused(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    String first = SecretTokens.pepper(Optional.empty(), Optional.empty(), data);
    String second = SecretTokens.pepper(Optional.empty(), Optional.empty(), data);
    assertThat(first).hasSizeGreaterThanOrEqualTo(SecretTokens.MIN_PEPPER_LENGTH);
    assertThat(second).isEqualTo(first);
    Path file = data.resolve(SecretTokens.PEPPER_FILE);
    assertThat(Files.readString(file).trim()).isEqualTo(first);
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
    try (var files = Files.list(data)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void eachTypeHasItsOwnPrefixAndRejectsTheOthers() {
    String device = tokens.newToken(DEVICE_PASSWORD);
    String terminal = tokens.newToken(ACCESS_AUTHORISATION);
    assertThat(device).startsWith("tw_dp_");
    assertThat(terminal).startsWith("tw_aa_").hasSize(SecretTokens.LENGTH);
    assertThat(tokens.wellFormed(terminal, ACCESS_AUTHORISATION)).isTrue();
    assertThat(tokens.wellFormed(terminal, DEVICE_PASSWORD)).isFalse();
    assertThat(tokens.wellFormed(device, ACCESS_AUTHORISATION)).isFalse();
    assertThat(SecretTokens.Type.of(terminal)).contains(ACCESS_AUTHORISATION);
    assertThat(SecretTokens.Type.of(device)).contains(DEVICE_PASSWORD);
    assertThat(SecretTokens.Type.of("tw_xx_" + device.substring(6))).isEmpty();
    assertThat(SecretTokens.Type.of(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:postgresql://127.0.0.1:5432/test",
        "jdbc:h2:tcp://db.example.org/teamward",
        "jdbc:h2:ssl://db.example.org/teamward"
      })
  void aSharedDatabaseRefusesToStartWithoutAConfiguredPepper(String url, @TempDir Path dir) {
    assertThatThrownBy(() -> SecretTokens.pepper(Optional.empty(), Optional.of(url), dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TEAMWARD_TOKEN_PEPPER is not set");
    assertThat(dir.resolve(SecretTokens.PEPPER_FILE)).doesNotExist();
    assertThat(SecretTokens.pepper(Optional.of(PEPPER), Optional.of(url), dir)).isEqualTo(PEPPER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:h2:file:/var/lib/teamward/teamward", "jdbc:h2:mem:test"})
  void theEmbeddedDatabaseMakesAPepperOfItsOwn(String url, @TempDir Path dir) {
    assertThat(SecretTokens.pepper(Optional.empty(), Optional.of(url), dir))
        .hasSizeGreaterThanOrEqualTo(SecretTokens.MIN_PEPPER_LENGTH);
    assertThat(dir.resolve(SecretTokens.PEPPER_FILE)).exists();
  }
}
