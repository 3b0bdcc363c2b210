package org.teamward.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.teamward.access.rights.Caller;
import org.teamward.access.signin.Authentication;

/**
 * {@code /api/*}: stateless Basic or Bearer credentials (device passwords and access
 * authorisations) on every request. No session and no cookie ever count here. Without a header the
 * request proceeds anonymously, and the use case decides whether that is enough.
 */
@ApplicationScoped
@TeamwardMechanisms.Api
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject Authentication authentication;
  @Inject ClientAddress clientAddress;
  @Inject Caller caller;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return validate(request, response, context);
    } catch (IOException e) {
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus validate(
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
    return TeamwardMechanisms.signedIn(caller, context, outcome.key(), outcome.grant());
  }
}
