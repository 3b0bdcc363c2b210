package org.teamward.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The caller of the current request. The {@link Grant} is computed once per request, lazily, from
 * the principal that the authentication mechanism established.
 */
@RequestScoped
public class Caller {

  @Inject SecurityContext securityContext;
  @Inject Grants grants;

  private Grant grant;

  public Grant grant() {
    if (grant == null) {
      Principal principal = securityContext.getCallerPrincipal();
      CallerKey key = principal == null ? null : CallerKey.parse(principal.getName());
      grant = key == null ? Grant.ANONYMOUS : grants.load(key);
    }
    return grant;
  }
}
