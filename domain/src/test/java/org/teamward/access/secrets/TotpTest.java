package org.teamward.access.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  /** RFC 6238, appendix B: the SHA-1 key is the ASCII string "12345678901234567890". */
  static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void theRfc6238TestVectors(long epochSecond, String expected) {
    long step = Totp.step(Instant.ofEpochSecond(epochSecond));
    assertThat(new Totp(8).code(RFC_KEY, step)).isEqualTo(expected);
    // Six digits are the same truncation, modulo 10^6: the vector's last six digits.
    assertThat(new Totp().code(RFC_KEY, step)).isEqualTo(expected.substring(2));
  }

  @Test
  void oneStepOfDriftEitherWayIsAcceptedTwoAreNot() {
    Totp totp = new Totp();
    Instant now = Instant.ofEpochSecond(1_700_000_015L);
    long current = Totp.step(now);
    for (long offset = -1; offset <= 1; offset++) {
      String code = totp.code(RFC_KEY, current + offset);
      assertThat(totp.matchingStep(RFC_KEY, code, now))
          .as("offset " + offset)
          .hasValue(current + offset);
    }
    for (long offset : new long[] {-2, 2}) {
      String code = totp.code(RFC_KEY, current + offset);
      assertThat(totp.matchingStep(RFC_KEY, code, now)).as("offset " + offset).isEmpty();
    }
  }

  @Test
  void malformedCodesMatchNothing() {
    Totp totp = new Totp();
    Instant now = Instant.ofEpochSecond(59);
    for (String code : new String[] {null, "", "28708", "2870820", "abcdef"}) {
      assertThat(totp.matchingStep(RFC_KEY, code, now)).isEmpty();
    }
  }

  @Test
  void theSecretHas160BitsAndIsShownAsBase32() {
    byte[] secret = Totp.newSecret();
    assertThat(secret).hasSize(20);
    assertThat(Totp.newSecret()).isNotEqualTo(secret);
    assertThat(Totp.typeable(RFC_KEY)).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
    assertThat(Totp.uri("Teamward", "ann@example.org", RFC_KEY))
        .isEqualTo(
            "otpauth://totp/Teamward:ann%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Teamward&algorithm=SHA1&digits=6&period=30");
  }
}
