package org.teamward.access.management;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.USER_MANAGE;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.teamward.access.accounts.SecuritySettings;
import org.teamward.access.accounts.TwoFactorRule;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserPolicy;
import org.teamward.access.credentials.CredentialPolicy;
import org.teamward.access.rights.Authenticated;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.access.secrets.PasswordHashing;
import org.teamward.access.secrets.PasswordRules;
import org.teamward.access.secrets.Totp;
import org.teamward.access.secrets.TwoFactorKey;
import org.teamward.access.signin.SecondFactor;
import org.teamward.access.signin.WebSessionStore;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.failure.Violations;

/**
 * Two-factor authentication with an authenticator app (TOTP): enrolment, turning it off, the
 * administrator's reset and requirement. A person's own factors are changed in a web session only,
 * never with a device password, and changing factors that are on needs the password and a current
 * code, so that a session left open does not let anyone take over the account.
 */
@UseCases
public class TwoFactor {

  static final String ISSUER = "Teamward";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject CredentialPolicy credentials;
  @Inject UserPolicy users;
  @Inject PasswordHashing passwords;
  @Inject SecondFactor factor;
  @Inject TwoFactorKey key;
  @Inject SecuritySettings settings;
  @Inject DevicePasswords devicePasswords;
  @Inject WebSessionStore sessions;

  @Authenticated(effect = READ)
  public TwoFactorStatus status() {
    UserAccount user = self();
    return new TwoFactorStatus(
        user.isTotpEnabled(),
        user.isTotpEnrolling(),
        user.isTotpEnabled() ? factor.unusedRecoveryCodes(user.getId()) : 0,
        settings.twoFactorRule().appliesTo(user.groupPermissions()));
  }

  /** Whether the caller is a person the administrator requires to set up two-factor first. */
  @Authenticated(effect = READ)
  public boolean mustEnrol() {
    Grant grant = caller.grant();
    return grant.kind() == Grant.Kind.USER
        && grant.credential() == Grant.Credential.WEB_SESSION
        && settings.mustEnrol(find(grant.id()));
  }

  /**
   * Makes a new secret and shows it; nothing changes at sign-in until {@link #confirm} proves the
   * app has it. With two-factor already on, this is re-enrolment, and needs the password and a
   * current code.
   */
  @Authenticated(effect = WRITE)
  public TwoFactorEnrolment enrol(String password, String code) {
    UserAccount user = self();
    if (user.isTotpEnabled()) {
      proveFactors(user, password, code);
    }
    byte[] secret = Totp.newSecret();
    user.startTotpEnrolment(key.seal(secret, user.getId()));
    return new TwoFactorEnrolment(Totp.typeable(secret), Totp.uri(ISSUER, user.getEmail(), secret));
  }

  /**
   * Switches two-factor on with the enrolled secret, once a code from it is right, and answers the
   * ten recovery codes, shown this once. Optionally revokes the person's device passwords in the
   * same transaction.
   */
  @Authenticated(effect = WRITE)
  public List<String> confirm(String code, boolean revokeDevicePasswords) {
    UserAccount user = self();
    if (!user.isTotpEnrolling()) {
      throw new Invalid("code", "Start the set-up first: no new secret is waiting for a code.");
    }
    if (factor.verifyPending(user, code) != SecondFactor.Result.ACCEPTED) {
      throw new Invalid(
          "code",
          "The code is not right. Check that the app shows Teamward and that the device's clock"
              + " is set automatically, then enter the current code.");
    }
    user.confirmTotpEnrolment();
    if (revokeDevicePasswords) {
      devicePasswords.revokeAllOwn();
    }
    return factor.newRecoveryCodes(user.getId());
  }

  /**
   * Turns two-factor off, with the password and a current code (or a recovery code). Refused while
   * the administrator requires it, and while the password is shorter than the minimum without a
   * second factor. Answers how many device passwords were revoked as well, if asked.
   */
  @Authenticated(effect = WRITE)
  public int disable(String password, String code, boolean revokeDevicePasswords) {
    UserAccount user = self();
    if (!user.isTotpEnabled()) {
      throw new Invalid("code", "Two-factor authentication is not on.");
    }
    proveFactors(user, password, code);
    if (settings.twoFactorRule().appliesTo(user.groupPermissions())) {
      throw new Forbidden(
          "Your organisation requires two-factor authentication for your account. You can set it"
              + " up again with a new app, but not turn it off.");
    }
    if (password.length() < PasswordRules.MIN_LENGTH) {
      throw new Invalid(
          "password",
          "Your password is shorter than "
              + PasswordRules.MIN_LENGTH
              + " characters, the minimum without two-factor authentication. Change it first.");
    }
    user.clearTotp();
    factor.forgetRecoveryCodes(user.getId());
    return revokeDevicePasswords ? devicePasswords.revokeAllOwn() : 0;
  }

  /**
   * An administrator's reset for someone who lost their app and their recovery codes: only for an
   * account no stronger than the administrator, as every account change. The person's web sessions
   * end with it, on every node, and they set up two-factor again at their next sign-in if it is
   * required.
   */
  @Requires(value = USER_MANAGE, effect = WRITE)
  public UserAccount reset(long userId) {
    UserAccount user = find(userId);
    users
        .canEdit(caller.grant(), user)
        .orThrow("reset the two-factor authentication of this account");
    user.clearTotp();
    factor.forgetRecoveryCodes(userId);
    factor.forgetLastStep(userId);
    sessions.endAll(userId);
    return user;
  }

  @Requires(value = USER_MANAGE, effect = READ)
  public TwoFactorRule rule() {
    return settings.twoFactorRule();
  }

  @Requires(value = USER_MANAGE, effect = WRITE)
  public TwoFactorRule require(TwoFactorRule rule) {
    new Violations().check(rule != null, "rule", "rule must be given").throwIfAny();
    settings.setTwoFactorRule(rule);
    return rule;
  }

  /** The password and a current code: what changing factors that are on asks for. */
  private void proveFactors(UserAccount user, String password, String code) {
    if (password == null || !passwords.verify(password, user.getPasswordHash())) {
      throw new Invalid("password", "The password is wrong.");
    }
    if (factor.verify(user, code) != SecondFactor.Result.ACCEPTED) {
      throw new Invalid("code", "The code is wrong or was used already.");
    }
  }

  /** The signed-in person, in a web session: factors are never changed with a token. */
  private UserAccount self() {
    Grant grant = caller.grant();
    if (grant.kind() != Grant.Kind.USER) {
      throw new Forbidden("Only a person has two-factor authentication.");
    }
    credentials
        .canChangePersonalPassword(grant)
        .orThrow("change two-factor authentication with a token; use the web interface");
    return find(grant.id());
  }

  private UserAccount find(long id) {
    return NotFound.ifNull(em.find(UserAccount.class, id), "user");
  }
}
