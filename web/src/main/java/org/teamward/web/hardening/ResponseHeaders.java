package org.teamward.web.hardening;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.teamward.security.ClientAddress;

/**
 * The security headers of every response, pages, resources and API alike (mapped first in web.xml,
 * so it also wraps error pages):
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: same-origin};
 *   <li>a Content-Security-Policy. The API and the OpenAPI document get {@code default-src 'none'}.
 *       Pages get {@link #PAGE_POLICY}: scripts only from Teamward itself, and on a Faces page also
 *       the inline scripts carrying that response's nonce. PrimeFaces' CSP mode (web.xml) renders
 *       the nonce on every script it writes, turns inline event handlers into such scripts, and
 *       evaluates AJAX updates through them, so neither {@code 'unsafe-inline'} nor {@code
 *       'unsafe-eval'} is needed for scripts. It announces the nonce in a header of its own, which
 *       {@link Anonymous} folds into this policy, so that a response carries one policy. Styles
 *       keep {@code 'unsafe-inline'}: components set inline {@code style} attributes, which no
 *       nonce covers. Everything else is same-origin only, plugins are off, forms post only to us,
 *       and no one may frame a page;
 *   <li>{@code Strict-Transport-Security} when the request came over HTTPS ({@link
 *       ClientAddress#isHttps});
 *   <li>{@code Cache-Control: no-store} on everything but static resources, so no private data is
 *       kept by a browser or a shared cache;
 *   <li>no {@code Server} and no {@code X-Powered-By}: whatever tries to set them is ignored.
 * </ul>
 */
public class ResponseHeaders extends HttpFilter {

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  static final String PAGE_POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
          + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";

  static final String CSP = "Content-Security-Policy";

  private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");

  /**
   * The page policy with the nonces of PrimeFaces' own policy header added to its scripts; null
   * when that header names none, so that anything else that sets a policy is ignored.
   */
  static String withNonces(String primeFacesPolicy) {
    StringBuilder policy = new StringBuilder(PAGE_POLICY);
    Matcher nonce = NONCE.matcher(primeFacesPolicy == null ? "" : primeFacesPolicy);
    boolean found = false;
    while (nonce.find()) {
      policy.append(' ').append(nonce.group());
      found = true;
    }
    return found ? policy.toString() : null;
  }

  static final String HSTS = "max-age=31536000";

  private static volatile ClientAddress https;

  /** The same proxy trust as client addresses; read once, as filters outlive no configuration. */
  private static ClientAddress https() {
    if (https == null) {
      https =
          ClientAddress.trusting(
              ConfigProvider.getConfig(ResponseHeaders.class.getClassLoader())
                  .getOptionalValue("teamward.trusted-proxies", String.class)
                  .orElse(""));
    }
    return https;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, new Anonymous(response));
  }

  /**
   * Sets the headers. Idempotent, because the authentication mechanism's own answers (a redirect to
   * the sign-in page), sent before any filter runs, get them too: see {@link
   * HeadersOnAuthentication}.
   */
  static void apply(HttpServletRequest request, HttpServletResponse response) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader(CSP, isApi(path) ? API_POLICY : PAGE_POLICY);
    if (https().isHttps(request)) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    if (!isStatic(path)) {
      response.setHeader("Cache-Control", "no-store");
    }
    // Set, empty, before the container adds its own: Grizzly adds a Server header only if none.
    response.setHeader("Server", "");
    response.setHeader("X-Powered-By", null);
  }

  static boolean isApi(String path) {
    return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/openapi");
  }

  /** Scripts, styles and images, which hold no private data and are worth caching. */
  static boolean isStatic(String path) {
    return path.contains("/jakarta.faces.resource/")
        || path.startsWith("/resources/")
        || path.startsWith("/webjars/");
  }

  /**
   * Drops the headers that announce the server and its version, and folds PrimeFaces' policy
   * header, which carries the response's nonce, into the one policy of this response.
   */
  static final class Anonymous extends HttpServletResponseWrapper {

    Anonymous(HttpServletResponse response) {
      super(response);
    }

    private static boolean announces(String name) {
      return "Server".equalsIgnoreCase(name) || "X-Powered-By".equalsIgnoreCase(name);
    }

    @Override
    public void setHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        policy(value);
      } else if (!announces(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        policy(value);
      } else if (!announces(name)) {
        super.addHeader(name, value);
      }
    }

    private void policy(String value) {
      String folded = withNonces(value);
      if (folded != null) {
        super.setHeader(CSP, folded);
      }
    }
  }
}
