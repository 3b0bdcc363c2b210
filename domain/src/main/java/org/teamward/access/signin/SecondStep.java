package org.teamward.access.signin;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.rights.CallerKey;
import org.teamward.audit.Actor;
import org.teamward.audit.AuditTrail;

/**
 * The second step of a web sign-in, for {@link Authentication}: one job of the seam, apart from the
 * password and the API secrets. It runs in the seam's transaction.
 */
@Dependent
class SecondStep {

  @PersistenceContext EntityManager em;
  @Inject Throttling throttling;
  @Inject SecondFactor secondFactor;
  @Inject AuditTrail trail;

  Authentication.Outcome verify(CallerKey pending, String code, String clientIp) {
    String account = Long.toString(pending.id());
    Actor attempt = Actor.attempt(account, Authentication.ONE_TIME_CODE);
    Optional<Duration> wait = throttling.blocked(Throttling.Kind.TOTP, account, clientIp);
    if (wait.isPresent()) {
      trail.record(
          Authentication.SECOND_FACTOR,
          org.teamward.audit.Outcome.FAILED,
          "UserAccount",
          pending.id(),
          attempt,
          Authentication.THROTTLED_DETAIL);
      return Authentication.Outcome.throttled(wait.get());
    }
    UserAccount user =
        pending.type() == CallerKey.Type.USER ? em.find(UserAccount.class, pending.id()) : null;
    SecondFactor.Result result =
        user == null || !user.isActive()
            ? SecondFactor.Result.WRONG
            : secondFactor.verify(user, code);
    if (result != SecondFactor.Result.ACCEPTED) {
      throttling.failed(Throttling.Kind.TOTP, account, clientIp);
      trail.record(
          Authentication.SECOND_FACTOR,
          org.teamward.audit.Outcome.FAILED,
          "UserAccount",
          pending.id(),
          attempt,
          result == SecondFactor.Result.USED ? "code used already" : "wrong code");
      return Authentication.Outcome.refused(Authentication.CODE_REFUSED);
    }
    throttling.succeeded(Throttling.Kind.TOTP, account, clientIp);
    trail.record(
        Authentication.SECOND_FACTOR,
        org.teamward.audit.Outcome.SUCCESS,
        "UserAccount",
        user.getId(),
        Authentication.personOf(user, Authentication.ONE_TIME_CODE));
    return Authentication.Outcome.accepted(pending, Grants.signedIn(em, user.getId()));
  }
}
