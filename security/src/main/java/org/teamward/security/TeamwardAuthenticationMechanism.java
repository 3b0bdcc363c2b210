package org.teamward.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import org.teamward.access.Authentication;
import org.teamward.access.Caller;
import org.teamward.access.CallerKey;
import org.teamward.access.Grant;

/**
 * The application's one authentication mechanism (Jakarta Security 3 allows one). It only extracts
 * the credential and hands it to {@link Authentication}, the one seam that verifies every kind of
 * credential; the {@link Grant} it yields is left in a request attribute, so that {@link Caller}
 * never loads it a second time. It dispatches by path:
 *
 * <ul>
 *   <li>{@code /api/*}: stateless Basic or Bearer credentials on every request. No session and no
 *       cookie ever count here. Without a header the request proceeds anonymously, and the use case
 *       decides whether that is enough.
 *   <li>everything else: the web sign-in. The form calls {@code SecurityContext.authenticate} with
 *       a {@link UsernamePasswordCredential}; on success the session id is changed and only the
 *       caller's key and the id of the session's database record are kept in the session. With
 *       two-factor authentication on, the password only leads to the code page ({@link
 *       PendingSignIn}), and the {@link SecondFactorCredential} completes the sign-in the same way.
 *       Each page request checks the record (ended, idle or too old) and re-reads the account, so a
 *       deactivated user or an ended session is signed out at once on every cluster node. Static
 *       resources (scripts, styles, images) are served without looking anyone up.
 * </ul>
 */
@ApplicationScoped
public class TeamwardAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Session attribute holding the signed-in {@link CallerKey}. */
  public static final String SESSION_CALLER = "teamward.caller";

  /**
   * Session attribute holding the id of the session's database record ({@link
   * Authentication#openSession}): without a live record, the caller's key counts for nothing.
   */
  public static final String SESSION_RECORD = "teamward.session";

  /**
   * Request attribute set when a sign-in was throttled: the {@link java.time.Duration} to wait, for
   * the sign-in page to show.
   */
  public static final String RETRY_AFTER = "teamward.retryAfter";

  public static final String LOGIN_PAGE = "/login.xhtml";

  /** The second sign-in step, for accounts with two-factor authentication. */
  public static final String CODE_PAGE = "/login-code.xhtml";

  @Inject Authentication authentication;
  @Inject ClientAddress clientAddress;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Resolved here, where the trusted proxies are known, for the audit log in the domain.
    request.setAttribute(Caller.CLIENT_IP_ATTRIBUTE, clientAddress.of(request));
    try {
      return isApi(request)
          ? validateApi(request, response, context)
          : validateWeb(request, context);
    } catch (IOException e) {
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = path(request);
    return path.equals("/api") || path.startsWith("/api/");
  }

  private AuthenticationStatus validateApi(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws IOException {
    String header = request.getHeader("Authorization");
    if (header == null) {
      return context.doNothing();
    }
    ApiCredential credential;
    try {
      credential = ApiCredential.parse(header);
    } catch (ApiCredential.Malformed e) {
      ProblemResponse.unauthorized(response, e.getMessage());
      return AuthenticationStatus.SEND_FAILURE;
    }
    Authentication.Outcome outcome =
        authentication.apiSecret(credential.id(), credential.secret(), clientAddress.of(request));
    if (outcome.isThrottled()) {
      ProblemResponse.tooManyAttempts(response, outcome.retryAfter());
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (outcome.fromForbiddenAddress()) {
      ProblemResponse.ipNotAllowed(response, outcome.refusal());
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (!outcome.isAccepted()) {
      ProblemResponse.unauthorized(response, outcome.refusal());
      return AuthenticationStatus.SEND_FAILURE;
    }
    return signedIn(request, context, outcome.key(), outcome.grant());
  }

  private AuthenticationStatus validateWeb(HttpServletRequest request, HttpMessageContext context)
      throws IOException {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest()
        && credential instanceof UsernamePasswordCredential password) {
      return signIn(request, context, password);
    }
    if (context.isAuthenticationRequest() && credential instanceof SecondFactorCredential code) {
      return secondStep(request, context, code);
    }
    String path = path(request);
    if (isStaticResource(path)) {
      return context.doNothing();
    }
    HttpSession session = request.getSession(false);
    CallerKey key = session == null ? null : (CallerKey) session.getAttribute(SESSION_CALLER);
    if (key != null) {
      Grant grant = authentication.session(key, (String) session.getAttribute(SESSION_RECORD));
      if (grant.authenticated()) {
        return signedIn(request, context, key, grant);
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
    if (!outcome.isAccepted()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (outcome.needsSecondFactor()) {
      HttpSession session = newSession(request);
      session.setAttribute(
          PendingSignIn.SESSION_ATTRIBUTE, new PendingSignIn(outcome.key(), Instant.now()));
      return context.redirect(request.getContextPath() + CODE_PAGE);
    }
    startSession(request, outcome.key(), clientIp);
    return signedIn(request, context, outcome.key(), outcome.grant());
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
    startSession(request, outcome.key(), clientIp);
    return signedIn(request, context, outcome.key(), outcome.grant());
  }

  /** Whether the session waits for the second sign-in step (the code page shows only then). */
  public static boolean awaitsSecondFactor(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null
        && session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn pending
        && !pending.expired(Instant.now());
  }

  /**
   * A new session id, so that a planted id is worth nothing (session fixation); a live session
   * signed in over ends its record with it.
   */
  private HttpSession newSession(HttpServletRequest request) {
    HttpSession previous = request.getSession(false);
    if (previous != null && previous.getAttribute(SESSION_RECORD) != null) {
      authentication.endSession((String) previous.getAttribute(SESSION_RECORD));
      previous.removeAttribute(SESSION_RECORD);
      previous.removeAttribute(SESSION_CALLER);
    }
    request.getSession(true);
    request.changeSessionId();
    return request.getSession();
  }

  /**
   * Establishes the signed-in web session once sign-in is complete: a new session id, a database
   * record that every node checks, and the caller's key.
   */
  private void startSession(HttpServletRequest request, CallerKey key, String clientIp) {
    HttpSession session = newSession(request);
    String record = authentication.openSession(key, clientIp, request.getHeader("User-Agent"));
    session.setAttribute(SESSION_CALLER, key);
    session.setAttribute(SESSION_RECORD, record);
    // The database record decides; the container's copy may live a minute longer (last seen is
    // written once a minute), and is then dropped by the record check anyway.
    session.setMaxInactiveInterval(
        (int) Math.min(Integer.MAX_VALUE, authentication.sessionIdleTimeout().toSeconds() + 60));
  }

  /** Tells the container who calls, and leaves the grant for {@link Caller}. */
  private static AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, CallerKey key, Grant grant) {
    request.setAttribute(Caller.GRANT_ATTRIBUTE, grant);
    return context.notifyContainerAboutLogin(new CallerPrincipal(key.toPrincipalName()), Set.of());
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
