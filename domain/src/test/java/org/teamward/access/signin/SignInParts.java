package org.teamward.access.signin;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.teamward.access.credentials.CredentialParts;
import org.teamward.access.credentials.CredentialPolicy;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.TestCaller;
import org.teamward.access.secrets.PasswordHashing;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.access.secrets.TwoFactorKey;
import org.teamward.audit.AuditTrail;
import org.teamward.audit.TestAudit;
import org.teamward.persistence.TestDatabase;

/** The throttle and the session store as the container wires them, on a test database. */
public final class SignInParts {

  private SignInParts() {}

  public static Throttling throttling(EntityManager em, Clock clock) {
    Throttling throttling = new Throttling();
    throttling.em = em;
    throttling.clock = clock;
    return throttling;
  }

  public static WebSessionStore sessions(EntityManager em, Clock clock) {
    WebSessionStore sessions = new WebSessionStore();
    sessions.em = em;
    sessions.clock = clock;
    return sessions;
  }

  /**
   * Wires the seam's throttle, session store, last-use stamp and audit trail onto an authentication
   * under test.
   */
  public static void wire(Authentication auth, SecretTokens tokens, Clock clock, TestDatabase db) {
    auth.clock = clock;
    auth.throttling = throttling(auth.em, clock);
    auth.sessions = sessions(auth.em, clock);
    if (auth.trail == null) {
      auth.trail = TestAudit.trail(db, new TestCaller(), clock);
    }
    auth.secondStep = new SecondStep();
    auth.secondStep.em = auth.em;
    auth.secondStep.throttling = auth.throttling;

    auth.secondStep.trail = auth.trail;
    auth.apiSecrets = new ApiSecrets();
    auth.apiSecrets.em = auth.em;
    auth.apiSecrets.tokens = tokens;
    auth.apiSecrets.policy = new CredentialPolicy();
    auth.apiSecrets.throttling = auth.throttling;
    auth.apiSecrets.lastUse = CredentialParts.lastUse(auth.em);
    auth.apiSecrets.trail = auth.trail;
  }

  /** An authentication as the container wires it, for the use cases that sign in on the way. */
  public static Authentication authentication(
      TestDatabase db,
      Clock clock,
      PasswordHashing hashing,
      SecretTokens tokens,
      AuditTrail trail) {
    Authentication auth = new Authentication();
    auth.em = db.em();
    auth.hashing = hashing;
    auth.trail = trail;
    wire(auth, tokens, clock, db);
    return auth;
  }

  /** The second sign-in step as the container wires it. */
  public static SecondFactor secondFactor(
      EntityManager em, TwoFactorKey key, SecretTokens tokens, Clock clock) {
    SecondFactor factor = new SecondFactor();
    factor.em = em;
    factor.key = key;
    factor.tokens = tokens;
    factor.clock = clock;
    return factor;
  }

  public static void useSecondFactor(Authentication auth, SecondFactor factor) {
    auth.secondStep.secondFactor = factor;
  }

  public static WebSessionStore sessions(Authentication auth) {
    return auth.sessions;
  }

  public static void setClock(Authentication auth, Clock clock) {
    auth.clock = clock;
  }

  public static void setApiFreeAttempts(Authentication auth, int attempts) {
    auth.throttling.apiFreeAttempts = attempts;
  }

  /** A web session's grant as the seam reads it. */
  public static Grant sessionGrant(EntityManager em, long userId) {
    return Grants.forSession(em, userId);
  }

  /** An access authorisation's grant as the seam reads it for its token's digest. */
  public static Grant interfaceGrant(EntityManager em, String digest, LocalDate today) {
    return Grants.interfaceByDigest(em, digest, today, Instant.now()).orElseThrow().grant();
  }
}
