package org.teamward.access.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.teamward.access.accounts.SsoMode;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.rights.CallerKey;
import org.teamward.audit.Actor;
import org.teamward.audit.ActorKind;
import org.teamward.audit.AuditTrail;

/**
 * Sign-in with the company's identity provider, the part of {@link Authentication} that decides who
 * a verified ID token lets in. The mechanism checks the provider's answer (state, code, signature,
 * issuer, audience, lifetime, nonce); here the person is matched to an account and the product's
 * rules apply: no account is ever created, a deactivated account stays shut whatever the provider
 * says, and Teamward's own second factor follows unless the operator trusts the provider's.
 *
 * <p>Not a use case: it runs before anyone is signed in. It writes only the account's link to the
 * provider's subject and the audit record.
 */
@ApplicationScoped
@Transactional
public class ProviderSignIns {

  /** Why a provider sign-in was refused; the sign-in page words each for the person. */
  public enum Refusal {
    /** No account has the provider's verified e-mail address, or none is linked to the subject. */
    UNKNOWN,
    /** The provider does not vouch for the e-mail address, and no account is linked yet. */
    UNVERIFIED,
    /** The account is deactivated in Teamward. */
    INACTIVE,
    /** The operator trusts the provider's second factor, and the token shows none. */
    MFA_REQUIRED,
    /** The account with this e-mail address is linked to another subject of the provider. */
    LINKED_ELSEWHERE,
    /** The account signs in with its Teamward password only ({@link SsoMode#DISABLED}). */
    DISABLED,
    /** The provider's answer was refused before any account was looked at. */
    FAILED
  }

  /** The outcome, with the refusal's kind beside it when there is one. */
  public record Result(Authentication.Outcome outcome, Refusal refusal) {}

  /** The audit log's names for what happens here; public so that each is sure of a sentence. */
  public static final String SIGN_IN = "Authentication.identityProvider",
      LINK = "Authentication.linkProviderSubject",
      LOGOUT = "Authentication.providerLogout";

  static final String IDENTITY_PROVIDER = "IDENTITY_PROVIDER";

  /**
   * How long the ids of used logout tokens are kept: longer than a logout token is accepted (five
   * minutes after it was issued, plus a minute for clocks that differ).
   */
  public static final Duration LOGOUT_TOKEN_MEMORY = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;
  @Inject AuditTrail trail;
  Clock clock = Clock.systemUTC();
  @Inject WebSessionStore sessions;

  /**
   * Matches a verified provider identity to an account: by the stored subject, else (only at the
   * first sign-in) by the verified e-mail address, which links the subject to the account.
   *
   * @param providerMfaTrusted the operator declared that the provider enforces multi-factor
   *     authentication: the token must show it, and Teamward's own code step is skipped
   */
  public Result signIn(ProviderIdentity identity, boolean providerMfaTrusted) {
    UserAccount user =
        em.createQuery(
                "select u from UserAccount u where u.oidcIssuer = :issuer"
                    + " and u.oidcSubject = :subject",
                UserAccount.class)
            .setParameter("issuer", identity.issuer())
            .setParameter("subject", identity.subject())
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean linking = user == null;
    if (linking) {
      String email =
          identity.email() == null ? "" : identity.email().strip().toLowerCase(Locale.ROOT);
      if (email.isEmpty() || !identity.emailVerified()) {
        return refused(identity, null, Refusal.UNVERIFIED, "e-mail address not verified");
      }
      user =
          em.createQuery("select u from UserAccount u where u.email = :email", UserAccount.class)
              .setParameter("email", email)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (user == null) {
        return refused(identity, null, Refusal.UNKNOWN, "no account with this e-mail address");
      }
      if (user.isLinkedToProvider()) {
        return refused(
            identity, user, Refusal.LINKED_ELSEWHERE, "account linked to another subject");
      }
    }
    if (!user.isActive()) {
      return refused(identity, user, Refusal.INACTIVE, "inactive account");
    }
    if (user.getSsoMode() == SsoMode.DISABLED) {
      return refused(
          identity, user, Refusal.DISABLED, "sign-in with the identity provider disabled");
    }
    if (providerMfaTrusted && !identity.multiFactor()) {
      return refused(identity, user, Refusal.MFA_REQUIRED, "token shows no multi-factor sign-in");
    }
    Actor person =
        new Actor(ActorKind.USER, user.getId(), user.getDisplayName(), IDENTITY_PROVIDER, null);
    if (linking) {
      user.linkProvider(identity.issuer(), identity.subject());
      trail.record(
          LINK,
          org.teamward.audit.Outcome.SUCCESS,
          "UserAccount",
          user.getId(),
          person,
          "linked by verified e-mail address to subject " + identity.subject());
    }
    boolean codeNext = user.isTotpEnabled() && !providerMfaTrusted;
    trail.record(
        SIGN_IN,
        org.teamward.audit.Outcome.SUCCESS,
        "UserAccount",
        user.getId(),
        person,
        codeNext ? "second factor next" : null);
    CallerKey key = new CallerKey(CallerKey.Type.USER, user.getId());
    return new Result(
        codeNext
            ? Authentication.Outcome.secondFactorNext(key)
            : Authentication.Outcome.accepted(key, Grants.signedIn(em, user.getId())),
        null);
  }

  /**
   * Records an answer of the provider that the mechanism refused before any account was looked at:
   * an error answer, a wrong state, a code that was used, a token that fails its checks.
   *
   * @param reason the mechanism's own words, never a token or code
   */
  public Result refusedAnswer(String reason) {
    trail.record(
        SIGN_IN,
        org.teamward.audit.Outcome.FAILED,
        null,
        null,
        Actor.attempt(null, IDENTITY_PROVIDER),
        reason);
    return new Result(Authentication.Outcome.refused(Refusal.FAILED.name()), Refusal.FAILED);
  }

  /**
   * The provider says the person signed out there: every Teamward web session of the account linked
   * to the subject ends at once, on every node. A subject linked to no account ends nothing. Each
   * logout token counts once: a replay of one already acted on is refused and ends nothing.
   *
   * @param tokenId the logout token's {@code jti}; the mechanism refuses tokens older than {@link
   *     #LOGOUT_TOKEN_MEMORY}, so their ids need not be kept longer
   * @return whether the logout was acted on, false for a replayed token
   */
  public boolean logout(String issuer, String subject, String tokenId) {
    Instant now = clock.instant();
    em.createNativeQuery("delete from used_logout_token where used_at < ?1")
        .setParameter(1, now.minus(LOGOUT_TOKEN_MEMORY).atOffset(ZoneOffset.UTC))
        .executeUpdate();
    int fresh =
        em.createNativeQuery(
                "insert into used_logout_token (issuer, token_id, used_at) select ?1, ?2, ?3"
                    + " where not exists (select 1 from used_logout_token"
                    + " where issuer = ?1 and token_id = ?2)")
            .setParameter(1, issuer)
            .setParameter(2, tokenId)
            .setParameter(3, now.atOffset(ZoneOffset.UTC))
            .executeUpdate();
    if (fresh == 0) {
      refusedLogout("logout token used before");
      return false;
    }
    UserAccount user = bySubject(issuer, subject);
    int ended = user == null ? 0 : sessions.endAll(user.getId());
    trail.record(
        LOGOUT,
        org.teamward.audit.Outcome.SUCCESS,
        user == null ? null : "UserAccount",
        user == null ? null : user.getId(),
        user == null
            ? Actor.attempt(null, IDENTITY_PROVIDER)
            : new Actor(
                ActorKind.USER, user.getId(), user.getDisplayName(), IDENTITY_PROVIDER, null),
        ended + " web session(s) ended");
    return true;
  }

  /** A back-channel logout whose token was refused; nothing ended. */
  public void refusedLogout(String reason) {
    trail.record(
        LOGOUT,
        org.teamward.audit.Outcome.FAILED,
        null,
        null,
        Actor.attempt(null, IDENTITY_PROVIDER),
        reason);
  }

  private UserAccount bySubject(String issuer, String subject) {
    return em.createQuery(
            "select u from UserAccount u where u.oidcIssuer = :issuer"
                + " and u.oidcSubject = :subject",
            UserAccount.class)
        .setParameter("issuer", issuer)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Result refused(
      ProviderIdentity identity, UserAccount user, Refusal refusal, String reason) {
    trail.record(
        SIGN_IN,
        org.teamward.audit.Outcome.FAILED,
        user == null ? null : "UserAccount",
        user == null ? null : user.getId(),
        Actor.attempt(identity.email(), IDENTITY_PROVIDER),
        reason);
    return new Result(Authentication.Outcome.refused(refusal.name()), refusal);
  }
}
