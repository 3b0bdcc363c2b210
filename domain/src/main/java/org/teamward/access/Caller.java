package org.teamward.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * The caller of the current request. The authentication mechanism leaves the {@link Grant} that
 * {@link Authentication} computed in a request attribute, so it is loaded once per request and
 * never again here; only a request that passed no mechanism falls back to loading it from the
 * principal.
 */
@RequestScoped
public class Caller {

  /** The request attribute holding the request's {@link Grant}. */
  public static final String GRANT_ATTRIBUTE = "org.teamward.grant";

  @Inject SecurityContext securityContext;
  @Inject Grants grants;
  @Inject HttpServletRequest request;

  private Grant grant;

  public Grant grant() {
    if (grant == null) {
      grant = fromRequest() instanceof Grant set ? set : fromPrincipal();
    }
    return grant;
  }

  /** The grant the mechanism left, or null outside a servlet request (a start-up task). */
  private Object fromRequest() {
    try {
      return request.getAttribute(GRANT_ATTRIBUTE);
    } catch (IllegalStateException noServletRequest) {
      return null;
    }
  }

  private Grant fromPrincipal() {
    Principal principal = securityContext.getCallerPrincipal();
    CallerKey key = principal == null ? null : CallerKey.parse(principal.getName());
    return key == null ? Grant.ANONYMOUS : grants.load(key);
  }
}
