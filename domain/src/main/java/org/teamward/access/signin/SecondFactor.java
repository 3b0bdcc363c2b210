package org.teamward.access.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.access.secrets.Totp;
import org.teamward.access.secrets.TwoFactorKey;

/**
 * Checks second-factor codes, for the sign-in step and for the changes that need a current code.
 * Both kinds are single use across the cluster, decided by one guarded update in the database: a
 * TOTP code counts only for a later step than the last accepted one, and a recovery code only while
 * its row is unused. Not a use case: the sign-in step runs before anyone is signed in.
 */
@ApplicationScoped
@Transactional
public class SecondFactor {

  /** What became of a code. */
  public enum Result {
    ACCEPTED,
    WRONG,
    /** Right, but used already: an app code for the rest of its window, or a recovery code. */
    USED
  }

  static final int RECOVERY_CODES = 10;

  /** 80 random bits in 16 Base32 characters, shown in groups of four. */
  private static final int RECOVERY_CODE_BYTES = 10;

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject TwoFactorKey key;
  @Inject SecretTokens tokens;

  Clock clock = Clock.systemUTC();
  private final Totp totp = new Totp();

  /** An app code or a recovery code of an account with two-factor authentication on. */
  public Result verify(UserAccount user, String input) {
    String code = input == null ? "" : input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (!user.isTotpEnabled()) {
      return Result.WRONG;
    }
    return code.matches("\\d{" + Totp.DIGITS + "}")
        ? appCode(user.getId(), user.totpSecret(), code)
        : recoveryCode(user.getId(), asRecoveryCode(code));
  }

  /**
   * A recovery code as typed, in the alphabet the codes are made of (RFC 4648 base 32: A to Z and 2
   * to 7, which has neither 0 nor 1): a 0 typed for the letter O and a 1 typed for the letter I can
   * only mean those letters, and count as them.
   *
   * @param code already without blanks and dashes, in upper case
   */
  public static String asRecoveryCode(String code) {
    return code.replace('0', 'O').replace('1', 'I');
  }

  /** An app code from the secret being enrolled, which proves the app was set up. */
  public Result verifyPending(UserAccount user, String input) {
    String code = input == null ? "" : input.replaceAll("\\s", "");
    return user.totpPendingSecret() == null
        ? Result.WRONG
        : appCode(user.getId(), user.totpPendingSecret(), code);
  }

  private Result appCode(long userId, String sealedSecret, String code) {
    OptionalLong step = totp.matchingStep(key.open(sealedSecret, userId), code, clock.instant());
    if (step.isEmpty()) {
      return Result.WRONG;
    }
    // Native, because a JPQL update would bump the account's version and fail a concurrent edit.
    int claimed =
        em.createNativeQuery(
                "update user_account set totp_last_step = ?1"
                    + " where id = ?2 and (totp_last_step is null or totp_last_step < ?1)")
            .setParameter(1, step.getAsLong())
            .setParameter(2, userId)
            .executeUpdate();
    return claimed == 1 ? Result.ACCEPTED : Result.USED;
  }

  private Result recoveryCode(long userId, String code) {
    if (code.length() != RECOVERY_CODE_BYTES * 8 / 5) {
      return Result.WRONG;
    }
    String digest = digest(code);
    int claimed =
        em.createNativeQuery(
                "update recovery_code set used_at = ?1"
                    + " where user_id = ?2 and code_digest = ?3 and used_at is null")
            .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
            .setParameter(2, userId)
            .setParameter(3, digest)
            .executeUpdate();
    if (claimed == 1) {
      return Result.ACCEPTED;
    }
    boolean known =
        !em.createNativeQuery("select 1 from recovery_code where user_id = ?1 and code_digest = ?2")
            .setParameter(1, userId)
            .setParameter(2, digest)
            .getResultList()
            .isEmpty();
    return known ? Result.USED : Result.WRONG;
  }

  /** Replaces the account's recovery codes with ten new ones, answered once and kept as digests. */
  public List<String> newRecoveryCodes(long userId) {
    forgetRecoveryCodes(userId);
    List<String> codes = new ArrayList<>();
    Base32 base32 = new Base32();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      byte[] bytes = new byte[RECOVERY_CODE_BYTES];
      RANDOM.nextBytes(bytes);
      String code = base32.encodeAsString(bytes);
      em.createNativeQuery("insert into recovery_code (user_id, code_digest) values (?1, ?2)")
          .setParameter(1, userId)
          .setParameter(2, digest(code))
          .executeUpdate();
      codes.add(String.join("-", code.split("(?<=\\G.{4})")));
    }
    return codes;
  }

  public void forgetRecoveryCodes(long userId) {
    em.createNativeQuery("delete from recovery_code where user_id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
  }

  public int unusedRecoveryCodes(long userId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from recovery_code where user_id = ?1 and used_at is null")
                .setParameter(1, userId)
                .getSingleResult())
        .intValue();
  }

  /** Forgets the last accepted step, so that a new secret starts afresh. */
  public void forgetLastStep(long userId) {
    em.createNativeQuery("update user_account set totp_last_step = null where id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
  }

  private String digest(String code) {
    return tokens.digest("recovery-code:" + code);
  }
}
