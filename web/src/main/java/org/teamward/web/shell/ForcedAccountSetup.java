package org.teamward.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.teamward.access.management.TwoFactor;
import org.teamward.access.management.Users;

/**
 * Keeps a person on the page of what they must set up before anything else: their own password when
 * it was generated (the first administrator, or an account created without one), then two factor
 * authentication when the administrator requires it for them.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ForcedAccountSetup extends HttpFilter {

  static final String PASSWORD_PAGE = "/account/password.xhtml";
  static final String TWO_FACTOR_PAGE = "/account/two-factor.xhtml";

  @Inject Users users;
  @Inject TwoFactor twoFactor;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && "GET".equals(request.getMethod())) {
      String required =
          users.mustChangePassword()
              ? PASSWORD_PAGE
              : twoFactor.mustEnrol() ? TWO_FACTOR_PAGE : null;
      if (required != null && !required.equals(request.getServletPath())) {
        response.sendRedirect(request.getContextPath() + required);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
