package org.teamward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class DeviceTokensTest {

  static final String PEPPER = "a-test-pepper-of-at-least-32-characters";
  final DeviceTokens tokens = new DeviceTokens(PEPPER);

  @Test
  void newTokenHasPrefixLengthAndAlphabet() {
    String token = tokens.newToken();
    assertThat(token)
        .startsWith("tw_dp_")
        .hasSize(DeviceTokens.LENGTH)
        .matches("tw_dp_[0-9A-Za-z]{49}");
    assertThat(DeviceTokens.LENGTH).isEqualTo(55).isLessThanOrEqualTo(100);
    assertThat(tokens.wellFormed(token)).isTrue();
  }

  @Test
  void checksumIsCrc32OfPrefixAndSecret() {
    String token = tokens.newToken();
    assertThat(token.substring(49)).isEqualTo(DeviceTokens.checksum(token.substring(0, 49)));
  }

  @Test
  void checksumDetectsEveryChangedCharacter() {
    String token = tokens.newToken();
    for (int i = DeviceTokens.PREFIX.length(); i < token.length(); i++) {
      char original = token.charAt(i);
      char changed = original == 'a' ? 'b' : 'a';
      String damaged = token.substring(0, i) + changed + token.substring(i + 1);
      assertThat(tokens.wellFormed(damaged)).as("changed at %d", i).isFalse();
    }
  }

  @Test
  void checksumDetectsSwappedNeighbours() {
    String token = tokens.newToken();
    int i = 10;
    while (token.charAt(i) == token.charAt(i + 1)) {
      i++;
    }
    String swapped =
        token.substring(0, i) + token.charAt(i + 1) + token.charAt(i) + token.substring(i + 2);
    assertThat(tokens.wellFormed(swapped)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"tw_dp_", "ghp_abc", " ", "tw_dp_0"})
  void wellFormedRejectsNonsense(String token) {
    assertThat(tokens.wellFormed(token)).isFalse();
  }

  @Test
  void wellFormedRejectsWrongPrefixLengthAndAlphabet() {
    String token = tokens.newToken();
    String body = token.substring(DeviceTokens.PREFIX.length());
    assertThat(tokens.wellFormed("tw_ap_" + body)).isFalse();
    assertThat(tokens.wellFormed("TW_DP_" + body)).isFalse();
    assertThat(tokens.wellFormed(token.substring(0, token.length() - 1))).isFalse();
    assertThat(tokens.wellFormed(token + "0")).isFalse();
    assertThat(tokens.wellFormed(" " + token)).isFalse();
    assertThat(tokens.wellFormed(token.substring(0, 20) + "-" + token.substring(21))).isFalse();
    assertThat(tokens.wellFormed(token.substring(0, 20) + "é" + token.substring(21))).isFalse();
    assertThat(tokens.wellFormed(token.repeat(100))).isFalse();
  }

  @Test
  void wellFormedAcceptsATokenWithAValidChecksumButRejectsOneWithItChanged() {
    String body = "tw_dp_" + "0".repeat(43);
    String token = body + DeviceTokens.checksum(body);
    assertThat(tokens.wellFormed(token)).isTrue();
    String last = token.substring(54).equals("0") ? "1" : "0";
    assertThat(tokens.wellFormed(token.substring(0, 54) + last)).isFalse();
  }

  @Test
  void tokensAreUnique() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      assertThat(seen.add(tokens.newToken())).isTrue();
    }
  }

  @Test
  void digestIsStableForOnePepperAndDiffersForAnother() {
    String token = tokens.newToken();
    String digest = tokens.digest(token);
    assertThat(digest).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(new DeviceTokens(PEPPER).digest(token)).isEqualTo(digest);
    assertThat(new DeviceTokens(PEPPER + "x").digest(token)).isNotEqualTo(digest);
    assertThat(tokens.digest(tokens.newToken())).isNotEqualTo(digest);
  }

  @Test
  void digestIsHmacSha256OfTheToken() throws Exception {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    String expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    assertThat(new DeviceTokens("Jefe").digest("what do ya want for nothing?")).isEqualTo(expected);
  }

  @Test
  void matchesComparesWithTheStoredDigest() {
    String token = tokens.newToken();
    assertThat(tokens.matches(token, tokens.digest(token))).isTrue();
    assertThat(tokens.matches(token, tokens.digest(tokens.newToken()))).isFalse();
    assertThat(tokens.matches(token, null)).isFalse();
  }

  @Test
  void configuredPepperWinsAndMustBeLongEnough(@TempDir Path dir) {
    assertThat(DeviceTokens.pepper(Optional.of(" " + PEPPER + " "), dir)).isEqualTo(PEPPER);
    assertThat(dir.resolve(DeviceTokens.PEPPER_FILE)).doesNotExist();
    assertThatThrownBy(() -> DeviceTokens.pepper(Optional.of("short"), dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TEAMWARD_TOKEN_PEPPER");
  }

  @Test
  void generatedPepperIsKeptOwnerOnlyAndReused(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    String first = DeviceTokens.pepper(Optional.empty(), data);
    String second = DeviceTokens.pepper(Optional.empty(), data);
    assertThat(first).hasSizeGreaterThanOrEqualTo(DeviceTokens.MIN_PEPPER_LENGTH);
    assertThat(second).isEqualTo(first);
    Path file = data.resolve(DeviceTokens.PEPPER_FILE);
    assertThat(Files.readString(file).trim()).isEqualTo(first);
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
    try (var files = Files.list(data)) {
      assertThat(files).containsExactly(file);
    }
  }
}
