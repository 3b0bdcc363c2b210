package org.teamward.web.hardening;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authentication runs before any servlet filter, and what it answers itself (the redirect to the
 * sign-in page, a refused credential) would miss the security headers. This decorator sets them
 * first, leaving the mechanism itself untouched.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class HeadersOnAuthentication implements HttpAuthenticationMechanism {

  @Inject @Delegate @Any HttpAuthenticationMechanism mechanism;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    ResponseHeaders.apply(request, response);
    return mechanism.validateRequest(request, response, context);
  }
}
