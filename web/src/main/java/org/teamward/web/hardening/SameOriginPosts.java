package org.teamward.web.hardening;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a form post to a page from another site (403) before Faces sees it. Faces already ties a
 * postback to its unguessable server-side view state, and the session cookie is SameSite=Lax; this
 * adds the browser's own statement of where the post came from ({@code Sec-Fetch-Site}, and the
 * {@code Origin} that every current browser sends with a POST), so a cross-site post is refused
 * even where the other two would not catch it.
 *
 * <p>The origin a post must come from is the address the request was sent to ({@code Host}), or the
 * configured public address ({@code TEAMWARD_PUBLIC_URL}): a reverse proxy that sends its own
 * {@code Host} to the node would otherwise make every form post look foreign.
 */
public class SameOriginPosts extends HttpFilter {

  /** The authority of {@code TEAMWARD_PUBLIC_URL} (host and port), if set. */
  private transient Optional<String> publicAuthority = Optional.empty();

  @Override
  public void init() {
    publicAuthority =
        ConfigProvider.getConfig()
            .getOptionalValue("teamward.public-url", String.class)
            .map(String::strip)
            .filter(url -> !url.isEmpty())
            .map(url -> URI.create(url).getRawAuthority());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod())
        && !"HEAD".equals(request.getMethod())
        && isCrossSite(
            request.getHeader("Sec-Fetch-Site"),
            request.getHeader("Origin"),
            request.getHeader("Host"),
            publicAuthority)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isCrossSite(
      String fetchSite, String origin, String host, Optional<String> publicAuthority) {
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      return true;
    }
    if (origin == null) {
      return false; // not a browser, or one too old to say; the view state still guards
    }
    try {
      URI uri = URI.create(origin);
      String authority = uri.getRawAuthority();
      return authority == null
          || !((host != null && authority.equalsIgnoreCase(host))
              || publicAuthority.filter(authority::equalsIgnoreCase).isPresent());
    } catch (IllegalArgumentException e) {
      return true; // "null" from a sandboxed frame, or garbage
    }
  }
}
