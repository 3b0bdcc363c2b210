package org.teamward.access.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.teamward.access.accounts.CompanyIdentityProvider;
import org.teamward.access.accounts.SsoMode;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.credentials.LastUse;
import org.teamward.access.rights.CallerKey;
import org.teamward.access.rights.Grant;
import org.teamward.access.secrets.PasswordHashing;
import org.teamward.audit.Actor;
import org.teamward.audit.ActorKind;
import org.teamward.audit.AuditTrail;

/**
 * The one seam that turns a credential into a caller: every kind of credential is verified here,
 * and yields the caller's {@link Grant} once per request. The authentication mechanism (web
 * sessions and API headers), the web sign-in and {@code POST /api/device} only extract the
 * credential and call this; they never decide themselves. Throttling, IP allow-lists, the second
 * factor and the audit record belong here too, so that no way in can skip them.
 *
 * <p>Not a use case: it runs before anyone is signed in, so nothing here is guarded by a
 * permission. It writes only what sign-in itself needs: the "last used" stamp of a credential, the
 * throttle's counters of failures ({@link Throttling}) and the records of web sessions ({@link
 * WebSessionStore}).
 */
@ApplicationScoped
@Transactional
public class Authentication {

  /** The one answer for every refused API credential, so that it tells an attacker nothing. */
  public static final String REFUSED =
      "The credential is invalid, revoked, or not allowed from this address.";

  /** A valid device password whose owner lost the entry ticket to the API. */
  public static final String SUSPENDED =
      "This device password is suspended: its owner no longer holds the Synchronisation"
          + " permission, the entry ticket to the API. It works again once the permission is"
          + " given back, and it can be revoked in the web interface meanwhile.";

  /** A valid access authorisation used from outside its networks. */
  public static final String IP_NOT_ALLOWED =
      "This access authorisation may not be used from your network address.";

  /** A throttled attempt; the same words for a known and an unknown account. */
  public static final String THROTTLED = "Too many failed attempts. Try again later.";

  /** The one answer for a wrong, used or late second-factor code. */
  public static final String CODE_REFUSED = "The code is wrong or was used already.";

  /**
   * The refusal of a right personal password whose account signs in with the company's identity
   * provider only ({@link SsoMode#ENFORCED}); told only to whoever knows the password.
   */
  public static final String PASSWORD_RETIRED =
      "This account signs in with the company account only; its password is retired.";

  /** The refusal of a wrong personal password, unknown account or inactive account alike. */
  public static final String WRONG_PASSWORD = "The e-mail address or the password is wrong.";

  /** The audit log's names for what happens here. */
  public static final String SIGN_IN = "Authentication.personalPassword",
      SECOND_FACTOR = "Authentication.secondFactor",
      API_SECRET = "Authentication.apiSecret",
      PERSONAL_PASSWORD = "PERSONAL_PASSWORD",
      ONE_TIME_CODE = "ONE_TIME_CODE",
      THROTTLED_DETAIL = "throttled";

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing hashing;
  @Inject Throttling throttling;
  @Inject WebSessionStore sessions;
  @Inject SecondStep secondStep;
  @Inject ApiSecrets apiSecrets;
  @Inject AuditTrail trail;
  // Initialised for the tests that build the seam without a container.
  @Inject CompanyIdentityProvider identityProvider = new CompanyIdentityProvider();

  Clock clock = Clock.systemUTC();

  /**
   * What became of a credential: the caller and their grant, or the reason it was refused.
   *
   * @param key what the web session keeps (the rights are never kept with it)
   * @param refusal null when accepted; otherwise words fit to show the client
   * @param fromForbiddenAddress the credential is valid, but not from this address (403, not 401)
   * @param retryAfter non-null when throttled: the credential was not checked (429), and may be
   *     tried again after this long
   * @param needsSecondFactor the password was right and the account asks for a code next; the grant
   *     is anonymous until then
   */
  public record Outcome(
      CallerKey key,
      Grant grant,
      String refusal,
      boolean fromForbiddenAddress,
      Duration retryAfter,
      boolean needsSecondFactor) {

    static Outcome accepted(CallerKey key, Grant grant) {
      return new Outcome(key, grant, null, false, null, false);
    }

    /** The password was right, and the account asks for a code next: no rights yet. */
    static Outcome secondFactorNext(CallerKey key) {
      return new Outcome(key, Grant.ANONYMOUS, null, false, null, true);
    }

    static Outcome refused(String reason) {
      return new Outcome(null, Grant.ANONYMOUS, reason, false, null, false);
    }

    static Outcome forbiddenAddress() {
      return new Outcome(null, Grant.ANONYMOUS, IP_NOT_ALLOWED, true, null, false);
    }

    /** Too many failures: refused unchecked, the same for every account, known or not. */
    public static Outcome throttled(Duration retryAfter) {
      return new Outcome(null, Grant.ANONYMOUS, THROTTLED, false, retryAfter, false);
    }

    /** The credential is right; with {@link #needsSecondFactor()} only the first of two. */
    public boolean isAccepted() {
      return refusal == null;
    }

    public boolean isThrottled() {
      return retryAfter != null;
    }
  }

  /**
   * The personal e-mail and password, for the web sign-in and for {@code POST /api/device}. Always
   * one slow hash, also for unknown accounts, so that neither the answer nor its timing tells
   * whether an account exists; an inactive account is refused exactly like a wrong password.
   *
   * <p>Throttled per account and client address ({@link Throttling}): a throttled attempt runs no
   * hash and reads no account, whether the account exists or not, so a throttled answer and its
   * timing tell nothing either. A success starts the account's counter at this address over.
   *
   * @param clientIp the resolved client address, which the throttle counts by
   */
  public Outcome personalPassword(String email, String password, String clientIp) {
    String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    Optional<Duration> wait = throttling.blocked(Throttling.Kind.PASSWORD, address, clientIp);
    if (wait.isPresent()) {
      trail.record(
          SIGN_IN,
          org.teamward.audit.Outcome.FAILED,
          null,
          null,
          Actor.attempt(address, PERSONAL_PASSWORD),
          THROTTLED_DETAIL);
      return Outcome.throttled(wait.get());
    }
    UserAccount user =
        address.isEmpty()
            ? null
            : em.createQuery(
                    "select u from UserAccount u where u.email = :email", UserAccount.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst()
                .orElse(null);
    boolean acceptable = password != null && password.length() <= PasswordHashing.MAX_LENGTH;
    boolean valid =
        hashing.verify(acceptable ? password : "", user == null ? null : user.getPasswordHash())
            && acceptable;
    if (!valid || user == null || !user.isActive()) {
      throttling.failed(Throttling.Kind.PASSWORD, address, clientIp);
      // The log may tell the operator what the client must not learn: which of the three it was.
      String reason =
          user == null ? "unknown account" : valid ? "inactive account" : "wrong password";
      trail.record(
          SIGN_IN,
          org.teamward.audit.Outcome.FAILED,
          user == null ? null : "UserAccount",
          user == null ? null : user.getId(),
          Actor.attempt(address, PERSONAL_PASSWORD),
          reason);
      return Outcome.refused(WRONG_PASSWORD);
    }
    throttling.succeeded(Throttling.Kind.PASSWORD, address, clientIp);
    if (user.getSsoMode() == SsoMode.ENFORCED && identityProvider.configured()) {
      trail.record(
          SIGN_IN,
          org.teamward.audit.Outcome.FAILED,
          "UserAccount",
          user.getId(),
          personOf(user, PERSONAL_PASSWORD),
          "password retired: sign-in with the identity provider enforced");
      return Outcome.refused(PASSWORD_RETIRED);
    }
    trail.record(
        SIGN_IN,
        org.teamward.audit.Outcome.SUCCESS,
        "UserAccount",
        user.getId(),
        personOf(user, PERSONAL_PASSWORD),
        user.isTotpEnabled() ? "second factor next" : null);
    CallerKey key = new CallerKey(CallerKey.Type.USER, user.getId());
    return user.isTotpEnabled()
        ? Outcome.secondFactorNext(key)
        : Outcome.accepted(key, Grants.signedIn(em, user.getId()));
  }

  static Actor personOf(UserAccount user, String credential) {
    return new Actor(ActorKind.USER, user.getId(), user.getDisplayName(), credential, null);
  }

  /**
   * The second step of a web sign-in: a code from the authenticator app, or a recovery code, for
   * the account whose password was right a moment ago (the session holds which one). The account is
   * read afresh, so one deactivated in between is refused. Wrong codes are throttled per account
   * and address like passwords; a throttled attempt checks no code.
   */
  public Outcome secondFactor(CallerKey pending, String code, String clientIp) {
    return secondStep.verify(pending, code, clientIp);
  }

  /**
   * A secret from an API request's {@code Authorization} header, told apart by its prefix: device
   * passwords and access authorisations. Fast on purpose (a keyed digest and one indexed read), as
   * it runs on every API request; for the same reason it runs in no transaction, which a read needs
   * none of. What writes has its own: {@link LastUse}, {@link Throttling} and the audit trail.
   *
   * <p>Only invalid secrets are throttled, per client address: a valid one (256 random bits, which
   * nobody guesses) is never refused because others failed from the same address, such as a
   * terminal's neighbour in one office. A valid one that is suspended or used from a forbidden
   * network does not count as a failure either.
   *
   * @param id the id from Basic credentials, which must then be the secret's own; null for Bearer
   * @param clientIp the resolved client address, kept as "last used from"
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Outcome apiSecret(Long id, String secret, String clientIp) {
    return apiSecrets.verify(id, secret, clientIp, clock.instant());
  }

  /**
   * The grant of an established web session, read afresh for each request, so that a deactivated
   * account, a removed right or an ended session takes effect at once on every node. Anonymous when
   * the session's record is gone or timed out (idle or absolute), or the account is gone or
   * inactive.
   *
   * @param sessionId the id {@link #openSession} gave, kept in the HTTP session
   */
  public Grant session(CallerKey key, String sessionId) {
    if (key.type() != CallerKey.Type.USER || !sessions.touch(sessionId, key.id())) {
      return Grant.ANONYMOUS;
    }
    return Grants.forSession(em, key.id());
  }

  /**
   * Records a web session once sign-in is complete (after the second step, where there is one), and
   * answers the id for the HTTP session to keep next to the caller's key.
   */
  public String openSession(CallerKey key, String clientIp, String userAgent) {
    return openSession(key, clientIp, userAgent, false);
  }

  /** As {@link #openSession(CallerKey, String, String)}, noting a sign-in with the provider. */
  public String openSession(CallerKey key, String clientIp, String userAgent, boolean viaProvider) {
    if (key.type() != CallerKey.Type.USER) {
      throw new IllegalArgumentException("Only people have web sessions");
    }
    return sessions.open(key.id(), clientIp, userAgent, viaProvider);
  }

  /** Ends a web session at sign-out: its record goes, so no node accepts it any more. */
  public void endSession(String sessionId) {
    sessions.end(sessionId);
  }

  /** How long a web session lives without a request, for the HTTP session's own timeout. */
  public Duration sessionIdleTimeout() {
    return sessions.idleTimeout();
  }
}
