package org.teamward.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.teamward.failure.TooManyAttempts;

/**
 * Writes an RFC 9457 problem+json answer straight onto the servlet response, for refusals that
 * happen before JAX-RS sees the request (a bad API credential, a throttled client). Same shape as
 * the API's mappers.
 */
public final class ProblemResponse {

  /** The base of every problem {@code type}; the API's mappers use the same. */
  public static final String TYPE_BASE = "https://teamward.org/problems/";

  /** The challenges of a 401: both credential forms the API accepts. */
  public static final String CHALLENGE_BASIC = "Basic realm=\"Teamward\", charset=\"UTF-8\"";

  public static final String CHALLENGE_BEARER = "Bearer realm=\"Teamward\"";

  /** Not among the servlet API's constants. */
  static final int TOO_MANY_REQUESTS = 429;

  private ProblemResponse() {}

  static void unauthorized(HttpServletResponse response, String detail) throws IOException {
    response.addHeader("WWW-Authenticate", CHALLENGE_BASIC);
    response.addHeader("WWW-Authenticate", CHALLENGE_BEARER);
    write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", "Unauthorized", detail);
  }

  /** A valid access authorisation from an address outside its allow-list. */
  static void ipNotAllowed(HttpServletResponse response, String detail) throws IOException {
    write(response, HttpServletResponse.SC_FORBIDDEN, "ip-not-allowed", "Forbidden", detail);
  }

  /**
   * Too many failed attempts from this client: the credential was not even checked. The same answer
   * whether the account (or secret) exists or not.
   */
  static void tooManyAttempts(HttpServletResponse response, Duration retryAfter)
      throws IOException {
    long seconds = TooManyAttempts.seconds(retryAfter);
    response.setHeader("Retry-After", Long.toString(seconds));
    write(
        response,
        TOO_MANY_REQUESTS,
        "too-many-attempts",
        "Too Many Requests",
        TooManyAttempts.DETAIL);
  }

  private static void write(
      HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    String body =
        Json.createObjectBuilder()
            .add("type", TYPE_BASE + type)
            .add("title", title)
            .add("status", status)
            .add("detail", detail)
            .build()
            .toString();
    response.getWriter().write(body);
    response.flushBuffer();
  }
}
