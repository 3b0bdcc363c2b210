package org.teamward.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.teamward.access.Users;

/**
 * Sends a person whose password was generated (the first administrator, or an account created
 * without a password) to the password page until they have chosen their own.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ForcedPasswordChange extends HttpFilter {

  static final String PASSWORD_PAGE = "/account/password.xhtml";

  @Inject Users users;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    if (request.getUserPrincipal() != null
        && "GET".equals(request.getMethod())
        && !PASSWORD_PAGE.equals(path)
        && users.mustChangePassword()) {
      response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
