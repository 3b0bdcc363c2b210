package org.teamward.access.secrets;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * What a new personal password must be (NIST SP 800-63B-4): long enough for how it is used, not
 * absurdly long, and not one that attackers try first. Length alone is the rule without a second
 * factor, so the minimum is 15 characters then and 8 with two-factor authentication. The list of
 * common and breached passwords is the one the nbvcxz library ships (about 100,000 entries, from
 * public breach corpora), loaded once on first use.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 15;
  public static final int MIN_LENGTH_WITH_TWO_FACTOR = 8;
  public static final int MAX_LENGTH = PasswordHashing.MAX_LENGTH;

  private PasswordRules() {}

  public static int minimumLength(boolean twoFactor) {
    return twoFactor ? MIN_LENGTH_WITH_TWO_FACTOR : MIN_LENGTH;
  }

  /** Answers why a new password is unacceptable, or null when it is fine. */
  public static String weakness(String password, boolean twoFactor) {
    int minimum = minimumLength(twoFactor);
    if (password == null || password.codePointCount(0, password.length()) < minimum) {
      return "The password must have at least "
          + minimum
          + " characters"
          + (twoFactor ? "." : " (8 once two-factor authentication is on).");
    }
    if (password.length() > MAX_LENGTH) {
      return "The password must have at most " + MAX_LENGTH + " characters.";
    }
    if (Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
      return "This password is on a list of common or breached passwords. Choose another one.";
    }
    return null;
  }

  /** Loaded when first needed, not with the class: most requests never change a password. */
  private static final class Common {
    static final Set<String> PASSWORDS =
        DictionaryUtil.loadUnrankedDictionary(DictionaryUtil.passwords).keySet().stream()
            // shorter ones are refused by length anyway
            .filter(p -> p.length() >= MIN_LENGTH_WITH_TWO_FACTOR)
            .map(p -> p.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }
}
