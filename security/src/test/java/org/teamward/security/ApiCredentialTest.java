package org.teamward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiCredentialTest {

  static String basic(String text) {
    return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({"Bearer, tw_dp_abc", "bearer, tw_dp_abc", "BEARER, x"})
  void bearerCarriesOnlyTheSecret(String scheme, String secret) throws Exception {
    ApiCredential credential = ApiCredential.parse(scheme + " " + secret);
    assertThat(credential.id()).isNull();
    assertThat(credential.secret()).isEqualTo(secret);
  }

  @ParameterizedTest
  @CsvSource({"17, tw_dp_abc", "1, a:b:c"})
  void basicCarriesIdAndSecret(long id, String secret) throws Exception {
    ApiCredential credential = ApiCredential.parse(basic(id + ":" + secret));
    assertThat(credential.id()).isEqualTo(id);
    assertThat(credential.secret()).isEqualTo(secret);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Basic",
        "Bearer ",
        "Basic !!!",
        "Digest abc",
        "Basic YWJj", // "abc": no colon
        "Basic OnRva2Vu", // ":token": no id
        "Basic eDp0b2tlbg==", // "x:token": id not a number
        "Basic MTI6", // "12:": empty secret
        "Basic /zr+", // not UTF-8
        "Bearer two words"
      })
  void malformedHeadersAreRefusedWithAReason(String header) {
    assertThatThrownBy(() -> ApiCredential.parse(header))
        .isInstanceOf(ApiCredential.Malformed.class)
        .hasMessageNotContaining("Exception");
  }

  @ParameterizedTest
  @ValueSource(ints = {1025, 5000})
  void oversizedHeadersAreRefusedBeforeDecoding(int length) {
    assertThatThrownBy(() -> ApiCredential.parse("Bearer " + "x".repeat(length)))
        .isInstanceOf(ApiCredential.Malformed.class)
        .hasMessageContaining("too long");
  }

  @org.junit.jupiter.api.Test
  void theSecretNeverAppearsInToString() throws Exception {
    assertThat(ApiCredential.parse("Bearer tw_dp_secret").toString()).doesNotContain("secret");
  }
}
