package org.teamward.security;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Qualifier;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.CallerKey;
import org.teamward.access.rights.Grant;
import org.teamward.access.signin.Authentication;

/**
 * Chooses the authentication mechanism of a request by its path (Jakarta Security 4's handler):
 * {@link ApiAuthenticationMechanism} for {@code /api}, {@link WebAuthenticationMechanism} for the
 * rest. Each only extracts its credentials and hands them to {@link Authentication}, the one seam
 * that verifies every kind of credential; the {@link Grant} it yields is handed to the request's
 * {@link Caller}, so that the domain never computes it a second time.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class TeamwardMechanisms implements HttpAuthenticationMechanismHandler {

  /** The mechanism for {@code /api}. */
  @Qualifier
  @Retention(RUNTIME)
  @Target({TYPE, FIELD})
  public @interface Api {}

  /** The mechanism for the web interface. */
  @Qualifier
  @Retention(RUNTIME)
  @Target({TYPE, FIELD})
  public @interface Web {}

  @Inject @Api HttpAuthenticationMechanism api;
  @Inject @Web HttpAuthenticationMechanism web;
  @Inject ClientAddress clientAddress;
  @Inject Caller caller;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    // Resolved here, where the trusted proxies are known, for the audit log in the domain.
    caller.arrivedFrom(clientAddress.of(request));
    return of(request).validateRequest(request, response, context);
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return of(request).secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    of(request).cleanSubject(request, response, context);
  }

  private HttpAuthenticationMechanism of(HttpServletRequest request) {
    String path = path(request);
    return path.equals("/api") || path.startsWith("/api/") ? api : web;
  }

  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** Tells the container who calls, and the request's {@link Caller} the grant it is judged by. */
  static AuthenticationStatus signedIn(
      Caller caller, HttpMessageContext context, CallerKey key, Grant grant) {
    caller.identify(grant);
    return context.notifyContainerAboutLogin(new CallerPrincipal(key.toPrincipalName()), Set.of());
  }
}
