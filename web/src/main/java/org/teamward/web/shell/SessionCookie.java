package org.teamward.web.shell;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Hardens the session cookie: HttpOnly, SameSite=Lax, and Secure when Teamward is served over HTTPS
 * ({@code TEAMWARD_COOKIE_SECURE=true}, on by default behind a TLS-terminating proxy).
 */
@WebListener
public class SessionCookie implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    cookie.setSecure(
        ConfigProvider.getConfig(SessionCookie.class.getClassLoader())
            .getOptionalValue("teamward.cookie.secure", Boolean.class)
            .orElse(false));
  }
}
