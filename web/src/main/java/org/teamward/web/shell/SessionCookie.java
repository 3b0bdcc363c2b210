package org.teamward.web.shell;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Hardens the session cookie: HttpOnly, SameSite=Lax, and Secure when Teamward is served over
 * HTTPS: as {@code TEAMWARD_COOKIE_SECURE} says, or else when the public address ({@code
 * TEAMWARD_PUBLIC_URL}) is https, as it is behind a proxy that ends TLS (the node itself then sees
 * plain HTTP, so the request cannot tell).
 */
@WebListener
public class SessionCookie implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    Config config = ConfigProvider.getConfig(SessionCookie.class.getClassLoader());
    cookie.setSecure(
        secure(
            config.getOptionalValue("teamward.cookie.secure", Boolean.class),
            config.getOptionalValue("teamward.public-url", String.class)));
  }

  static boolean secure(Optional<Boolean> setting, Optional<String> publicUrl) {
    return setting.orElseGet(
        () ->
            publicUrl
                .map(url -> url.strip().toLowerCase(Locale.ROOT).startsWith("https://"))
                .orElse(false));
  }
}
