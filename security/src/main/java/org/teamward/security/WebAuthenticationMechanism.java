package org.teamward.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.CallerKey;
import org.teamward.access.rights.Grant;
import org.teamward.access.signin.Authentication;
import org.teamward.access.signin.ProviderSignIns;

/**
 * Everything but {@code /api}: the web sign-in. The form calls {@code SecurityContext.authenticate}
 * with a {@link UsernamePasswordCredential}; on success the session id is changed and only the
 * caller's key and the id of the session's database record are kept in the session. With two-factor
 * authentication on, the password only leads to the code page ({@link PendingSignIn}), and the
 * {@link SecondFactorCredential} completes the sign-in the same way. Each page request checks the
 * record (ended, idle or too old) and re-reads the account, so a deactivated user or an ended
 * session is signed out at once on every cluster node. Static resources (scripts, styles, images)
 * are served without looking anyone up. The pages read what it leaves for them through {@link
 * WebSignIn}.
 */
@ApplicationScoped
@TeamwardMechanisms.Web
public class WebAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Session attribute holding the signed-in {@link CallerKey}. */
  static final String SESSION_CALLER = "teamward.caller";

  /**
   * Session attribute holding the id of the session's database record ({@link
   * Authentication#openSession}): without a live record, the caller's key counts for nothing.
   */
  static final String SESSION_RECORD = "teamward.session";

  /**
   * Request attribute set when a sign-in was throttled: the {@link java.time.Duration} to wait, for
   * the sign-in page to show.
   */
  static final String RETRY_AFTER = "teamward.retryAfter";

  /**
   * Request attribute set when the password was right but is retired (the account signs in with the
   * identity provider only), for the sign-in page to say so.
   */
  static final String PASSWORD_RETIRED = "teamward.passwordRetired";

  static final String LOGIN_PAGE = "/login.xhtml";

  /** The second sign-in step, for accounts with two-factor authentication. */
  static final String CODE_PAGE = "/login-code.xhtml";

  /** Where a completed sign-in lands. */
  static final String HOME_PAGE = "/index.xhtml";

  @Inject Authentication authentication;
  @Inject ClientAddress clientAddress;
  @Inject Caller caller;
  @Inject ProviderSignIn provider;
  @Inject ProviderSignOut providerSignOut;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest()
        && credential instanceof UsernamePasswordCredential password) {
      return signIn(request, context, password);
    }
    if (context.isAuthenticationRequest() && credential instanceof SecondFactorCredential code) {
      return secondStep(request, context, code);
    }
    String path = TeamwardMechanisms.path(request);
    if (isStaticResource(path)) {
      return context.doNothing();
    }
    if (path.equals(ProviderSignIn.START) && provider.active()) {
      return provider.start(request, response, context);
    }
    if (path.equals(ProviderSignIn.CALLBACK) && provider.active()) {
      return providerAnswer(request, response, context);
    }
    if (path.equals(ProviderSignOut.SIGN_OUT) && provider.active()) {
      return context.redirect(providerSignOut.signOut(request));
    }
    if (path.equals(ProviderSignOut.BACK_CHANNEL_LOGOUT) && provider.active()) {
      return answered(response, providerSignOut.backChannelLogout(request));
    }
    HttpSession session = request.getSession(false);
    CallerKey key = session == null ? null : (CallerKey) session.getAttribute(SESSION_CALLER);
    if (key != null) {
      Grant grant = authentication.session(key, (String) session.getAttribute(SESSION_RECORD));
      if (grant.authenticated()) {
        return TeamwardMechanisms.signedIn(caller, context, key, grant);
      }
      // Ended (sign-out elsewhere, "My sessions", deactivation), timed out, or the account is gone:
      // the session ends here too.
      session.invalidate();
    }
    if (isPublicPage(path)) {
      return context.doNothing();
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential login) {
    String clientIp = clientAddress.of(request);
    Authentication.Outcome outcome =
        authentication.personalPassword(login.getCaller(), login.getPasswordAsString(), clientIp);
    if (outcome.isThrottled()) {
      request.setAttribute(RETRY_AFTER, outcome.retryAfter());
    }
    if (Authentication.PASSWORD_RETIRED.equals(outcome.refusal())) {
      request.setAttribute(PASSWORD_RETIRED, Boolean.TRUE);
    }
    if (!outcome.isAccepted()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (outcome.needsSecondFactor()) {
      HttpSession session = newSession(request, false);
      session.setAttribute(
          PendingSignIn.SESSION_ATTRIBUTE, new PendingSignIn(outcome.key(), Instant.now()));
      return context.redirect(request.getContextPath() + CODE_PAGE);
    }
    startSession(request, outcome.key(), clientIp, false);
    return TeamwardMechanisms.signedIn(caller, context, outcome.key(), outcome.grant());
  }

  /**
   * The identity provider's answer: refused with its reason on the sign-in page, or a sign-in that
   * continues like one with a password, through Teamward's code step where it applies.
   */
  private AuthenticationStatus providerAnswer(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    ProviderSignIns.Result result = provider.callback(request, response, context);
    if (result.refusal() != null) {
      return context.redirect(
          ProviderSignIn.refusalPage(request, ProviderSignIn.reason(result.refusal())));
    }
    Authentication.Outcome outcome = result.outcome();
    HttpSession fresh = newSession(request, true);
    if (outcome.needsSecondFactor()) {
      fresh.setAttribute(
          PendingSignIn.SESSION_ATTRIBUTE, new PendingSignIn(outcome.key(), Instant.now(), true));
      return context.redirect(request.getContextPath() + CODE_PAGE);
    }
    startSession(request, outcome.key(), clientAddress.of(request), true);
    return context.redirect(request.getContextPath() + HOME_PAGE);
  }

  /** A request the mechanism answered itself, with no page behind it. */
  private static AuthenticationStatus answered(HttpServletResponse response, int status) {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    try {
      response.flushBuffer();
    } catch (java.io.IOException e) {
      // the provider hung up; the sessions are ended anyway
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * The code after the password. The pending sign-in is dropped on success and when it expired; a
   * wrong code leaves it, so that a typing error does not mean typing the password again.
   */
  private AuthenticationStatus secondStep(
      HttpServletRequest request, HttpMessageContext context, SecondFactorCredential code) {
    HttpSession session = request.getSession(false);
    PendingSignIn pending =
        session == null
            ? null
            : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE);
    if (pending == null || pending.expired(Instant.now())) {
      if (session != null) {
        session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    String clientIp = clientAddress.of(request);
    Authentication.Outcome outcome =
        authentication.secondFactor(pending.key(), code.code(), clientIp);
    if (outcome.isThrottled()) {
      request.setAttribute(RETRY_AFTER, outcome.retryAfter());
    }
    if (!outcome.isAccepted()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
    startSession(request, outcome.key(), clientIp, pending.viaProvider());
    return TeamwardMechanisms.signedIn(caller, context, outcome.key(), outcome.grant());
  }

  /**
   * A new session id, so that a planted id is worth nothing (session fixation); a live session
   * signed in over ends its record with it. After the identity provider's answer the old session
   * goes entirely, with the state and tokens the platform's OpenID Connect mechanism kept in it.
   */
  private HttpSession newSession(HttpServletRequest request, boolean afterProvider) {
    HttpSession previous = request.getSession(false);
    if (previous != null && previous.getAttribute(SESSION_RECORD) != null) {
      authentication.endSession((String) previous.getAttribute(SESSION_RECORD));
      previous.removeAttribute(SESSION_RECORD);
      previous.removeAttribute(SESSION_CALLER);
    }
    if (afterProvider && previous != null) {
      previous.invalidate();
      return request.getSession(true);
    }
    request.getSession(true);
    request.changeSessionId();
    return request.getSession();
  }

  /**
   * Establishes the signed-in web session once sign-in is complete: a new session id, a database
   * record that every node checks, and the caller's key.
   */
  private void startSession(
      HttpServletRequest request, CallerKey key, String clientIp, boolean viaProvider) {
    HttpSession session = newSession(request, false);
    String record =
        authentication.openSession(key, clientIp, request.getHeader("User-Agent"), viaProvider);
    session.setAttribute(SESSION_CALLER, key);
    session.setAttribute(SESSION_RECORD, record);
    if (viaProvider) {
      session.setAttribute(ProviderSignIn.SIGNED_IN_VIA_PROVIDER, Boolean.TRUE);
    }
    // The database record decides; the container's copy may live a minute longer (last seen is
    // written once a minute), and is then dropped by the record check anyway.
    session.setMaxInactiveInterval(
        (int) Math.min(Integer.MAX_VALUE, authentication.sessionIdleTimeout().toSeconds() + 60));
  }

  /**
   * Pages and resources that anyone may fetch without signing in. With Teamward at the context
   * root, Payara registers its MicroProfile endpoints (health, OpenAPI) inside this application, so
   * they pass through here too.
   */
  static boolean isPublicPage(String path) {
    return path.equals(LOGIN_PAGE)
        || path.equals(CODE_PAGE)
        || path.equals("/health")
        || path.startsWith("/health/")
        || path.equals("/openapi")
        || path.startsWith("/openapi/")
        || path.equals("/error.xhtml")
        || isStaticResource(path);
  }

  /** Files that are the same for everyone, so no caller needs looking up to serve them. */
  static boolean isStaticResource(String path) {
    return path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/resources/")
        || path.startsWith("/api-explorer/")
        // the kiosk page: it signs in to the API itself, with an access authorisation
        || path.equals("/terminal")
        || path.startsWith("/terminal/")
        || path.startsWith("/webjars/swagger-ui/")
        || path.equals("/favicon.ico");
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      // Sign-out: the record goes first, so that no node (and no copied cookie) accepts the
      // session any more, even before the container's copy is destroyed.
      authentication.endSession((String) session.getAttribute(SESSION_RECORD));
      session.removeAttribute(SESSION_RECORD);
      session.removeAttribute(SESSION_CALLER);
      session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
    }
  }
}
