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
 *       caller's key is kept in the session. Each page request re-reads the account, so a
 *       deactivated user is signed out at once on every cluster node. Static resources (scripts,
 *       styles, images) are served without looking anyone up.
 * </ul>
 */
@ApplicationScoped
public class TeamwardAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Session attribute holding the signed-in {@link CallerKey}. */
  public static final String SESSION_CALLER = "teamward.caller";

  public static final String LOGIN_PAGE = "/login.xhtml";

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
    String path = path(request);
    if (isStaticResource(path)) {
      return context.doNothing();
    }
    HttpSession session = request.getSession(false);
    CallerKey key = session == null ? null : (CallerKey) session.getAttribute(SESSION_CALLER);
    if (key != null) {
      Grant grant = authentication.session(key);
      if (grant.authenticated()) {
        return signedIn(request, context, key, grant);
      }
      // Deactivated or deleted since signing in: the session ends here.
      session.invalidate();
    }
    if (isPublicPage(path)) {
      return context.doNothing();
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential login) {
    Authentication.Outcome outcome =
        authentication.personalPassword(login.getCaller(), login.getPasswordAsString());
    if (!outcome.isAccepted()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session id at sign-in, so that a planted id is worth nothing (session fixation).
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(SESSION_CALLER, outcome.key());
    return signedIn(request, context, outcome.key(), outcome.grant());
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
      session.removeAttribute(SESSION_CALLER);
    }
  }
}
