package org.teamward.access.management;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.USER_MANAGE;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserPolicy;
import org.teamward.access.credentials.CredentialPolicy;
import org.teamward.access.rights.Authenticated;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.access.signin.WebSession;
import org.teamward.access.signin.WebSessionStore;
import org.teamward.failure.NotFound;

/**
 * A person's own web sessions ("My sessions"): see where one is signed in, end any of them or all
 * others. Only web sessions of the caller's own account, and only with the web session itself: a
 * device password must not sign its owner out of the browser. Administrators end all sessions of an
 * account ({@link #endAllSessions}); deactivation does so by itself.
 */
@UseCases
public class WebSessions {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject WebSessionStore store;
  @Inject CredentialPolicy credentials;
  @Inject UserPolicy policy;

  /** The caller's live web sessions, the most recently seen first. */
  @Authenticated(effect = READ)
  public List<WebSession> mine() {
    Grant grant = caller.grant();
    if (!ownWebSession(grant)) {
      return List.of();
    }
    return store.list(grant.id());
  }

  /** Ends one of the caller's own sessions, at once on every node (404 if not theirs). */
  @Authenticated(effect = WRITE)
  public void endMine(String sessionId) {
    Grant grant = caller.grant();
    credentials
        .canChangePersonalPassword(grant)
        .orThrow("end web sessions with a token; use the web interface");
    if (sessionId == null || !store.end(grant.id(), sessionId)) {
      throw NotFound.of("session");
    }
  }

  /** Ends all of the caller's sessions but the current one; answers how many. */
  @Authenticated(effect = WRITE)
  public int endMyOthers(String currentSessionId) {
    Grant grant = caller.grant();
    credentials
        .canChangePersonalPassword(grant)
        .orThrow("end web sessions with a token; use the web interface");
    return store.endOthers(grant.id(), currentSessionId);
  }

  /**
   * Signs an account out everywhere at once, for an administrator (after a reset of its
   * credentials, say): only an account no stronger than the caller. Answers how many ended.
   */
  @Requires(value = USER_MANAGE, effect = WRITE)
  public int endAllSessions(long userId) {
    UserAccount user = NotFound.ifNull(em.find(UserAccount.class, userId), "user");
    policy.canEdit(caller.grant(), user).orThrow("sign out an account with rights you do not hold");
    return store.endAll(userId);
  }

  private static boolean ownWebSession(Grant grant) {
    return grant.kind() == Grant.Kind.USER && grant.credential() == Grant.Credential.WEB_SESSION;
  }
}
