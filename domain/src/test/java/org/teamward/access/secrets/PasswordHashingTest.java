package org.teamward.access.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** The hash with Payara's own PBKDF2 implementation, as the server configures it at start. */
class PasswordHashingTest {

  static PasswordHashing configured(int iterations, boolean testOnlyLowCost) {
    PasswordHashing hashing = new PasswordHashing();
    hashing.pbkdf2 = new Pbkdf2PasswordHashImpl();
    hashing.iterations = iterations;
    hashing.testOnlyLowCost = testOnlyLowCost;
    hashing.configure();
    return hashing;
  }

  @Test
  void productionHashesWith600000IterationsOfPbkdf2WithHmacSha256() throws Exception {
    PasswordHashing hashing = new PasswordHashing();
    hashing.pbkdf2 = new Pbkdf2PasswordHashImpl();
    hashing.configure(); // the defaults, as no setting gives them

    String hash = hashing.hash("correct horse battery staple");

    // Soteria's format: algorithm:iterations:salt:key, both in Base64
    String[] parts = hash.split(":");
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(parts[1]).isEqualTo("600000");
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    assertThat(salt).hasSize(32);
    // recomputed with the JDK alone: the stored key is what 600,000 iterations give
    byte[] key =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(
                new PBEKeySpec("correct horse battery staple".toCharArray(), salt, 600_000, 256))
            .getEncoded();
    assertThat(Base64.getDecoder().decode(parts[3])).isEqualTo(key);
    assertThat(hashing.verify("correct horse battery staple", hash)).isTrue();
    assertThat(hashing.verify("correct horse battery stapler", hash)).isFalse();
  }

  @Test
  void aNormalStartRefusesALowerCost() {
    assertThatThrownBy(() -> configured(1_024, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TEAMWARD_PASSWORD_ITERATIONS")
        .hasMessageContaining("1024")
        .hasMessageContaining("TEAMWARD_PASSWORD_TEST_ONLY_LOW_COST");
    assertThatThrownBy(() -> configured(599_999, false)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void noSwitchMakesACostBelowOneIteration() {
    assertThatThrownBy(() -> configured(0, true)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTestDeploymentHashesCheaplyAndStillVerifiesProductionHashes() {
    String production = configured(PasswordHashing.ITERATIONS, false).hash("s3cret-enough");
    PasswordHashing cheap = configured(1_024, true);

    String hash = cheap.hash("s3cret-enough");

    assertThat(hash.split(":")[1]).isEqualTo("1024");
    assertThat(cheap.verify("s3cret-enough", hash)).isTrue();
    assertThat(cheap.verify("s3cret-enough", production)).isTrue();
    assertThat(cheap.verify("wrong", production)).isFalse();
  }

  @Test
  void anUnknownAccountCostsAHashAndIsRefused() {
    assertThat(configured(1_024, true).verify("anything", null)).isFalse();
  }
}
