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

  /**
   * The request attribute holding the client's address as the security module resolved it (the
   * socket's peer, or the forwarded address from a trusted proxy); the domain never reads headers.
   */
  public static final String CLIENT_IP_ATTRIBUTE = "org.teamward.client-ip";

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

  /** The client's address, for the audit log; null outside a request. */
  public String clientIp() {
    return attribute(CLIENT_IP_ATTRIBUTE) instanceof String ip ? ip : null;
  }

  /** Whether a servlet request is running, rather than a scheduled or start-up task. */
  public boolean inRequest() {
    try {
      request.getAttributeNames();
      return true;
    } catch (IllegalStateException noServletRequest) {
      return false;
    }
  }

  /** The grant the mechanism left, or null outside a servlet request (a start-up task). */
  private Object fromRequest() {
    return attribute(GRANT_ATTRIBUTE);
  }

  private Object attribute(String name) {
    try {
      return request.getAttribute(name);
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
