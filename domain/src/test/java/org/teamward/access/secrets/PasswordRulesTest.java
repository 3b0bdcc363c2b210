package org.teamward.access.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  @Test
  void fifteenCharactersWithoutASecondFactorEightWithIt() {
    String fourteen = "kq7-vb2m-xw9pz";
    assertThat(PasswordRules.weakness(fourteen, false)).contains("at least 15");
    assertThat(PasswordRules.weakness(fourteen + "t", false)).isNull();
    assertThat(PasswordRules.weakness("kq7-vb2", true)).contains("at least 8");
    assertThat(PasswordRules.weakness("kq7-vb2m", true)).isNull();
    assertThat(PasswordRules.weakness(null, true)).isNotNull();
  }

  @Test
  void longPassphrasesAreWelcomeUpToTheLimit() {
    String sixtyFour = "correct horse battery staple ".repeat(3).substring(0, 64);
    assertThat(PasswordRules.weakness(sixtyFour, false)).isNull();
    assertThat(PasswordRules.weakness("x".repeat(PasswordRules.MAX_LENGTH), false)).isNull();
    assertThat(PasswordRules.weakness("x".repeat(PasswordRules.MAX_LENGTH + 1), false))
        .contains("at most");
  }

  @Test
  void commonAndBreachedPasswordsAreRefusedWhateverTheirCase() {
    assertThat(PasswordRules.weakness("password1", true)).contains("common or breached");
    assertThat(PasswordRules.weakness("Qwertyuiop", true)).contains("common or breached");
    assertThat(PasswordRules.weakness("iloveyou", true)).contains("common or breached");
    assertThat(PasswordRules.weakness("1qaz2wsx3edc4rfv", false)).contains("common or breached");
  }
}
