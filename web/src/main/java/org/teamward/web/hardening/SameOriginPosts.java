package org.teamward.web.hardening;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Refuses a form post to a page from another site (403) before Faces sees it. Faces already ties a
 * postback to its unguessable server-side view state, and the session cookie is SameSite=Lax; this
 * adds the browser's own statement of where the post came from ({@code Sec-Fetch-Site}, and the
 * {@code Origin} that every current browser sends with a POST), so a cross-site post is refused
 * even where the other two would not catch it.
 */
public class SameOriginPosts extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod())
        && !"HEAD".equals(request.getMethod())
        && isCrossSite(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isCrossSite(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false; // not a browser, or one too old to say; the view state still guards
    }
    String host = request.getHeader("Host");
    try {
      URI uri = URI.create(origin);
      String authority = uri.getRawAuthority();
      return authority == null || host == null || !authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return true; // "null" from a sandboxed frame, or garbage
    }
  }
}
