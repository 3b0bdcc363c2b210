package org.teamward.api.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * problem+json also for what goes wrong before or around JAX-RS: a request Jersey refuses with a
 * bare {@code sendError} (an unparsable header, for example) would otherwise get the server's HTML
 * error page. A {@code Content-Type} that is not a media type at all is refused here with 415,
 * because Jersey would fail on it while matching the resource.
 */
@WebFilter(
    filterName = "ApiContainerErrors",
    urlPatterns = {"/api", "/api/*"})
public class ContainerErrors extends HttpFilter {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String contentType = request.getContentType();
    if (contentType != null && !parses(contentType)) {
      write(response, Status.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json.");
      return;
    }
    chain.doFilter(request, new ProblemErrors(response));
  }

  private static boolean parses(String contentType) {
    try {
      MediaType.valueOf(contentType);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static void write(HttpServletResponse response, Status status, String detail) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status.getStatusCode());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    Problem problem =
        new Problem(
            Problem.TYPE_BASE + status.getReasonPhrase().toLowerCase().replace(' ', '-'),
            status.getReasonPhrase(),
            status.getStatusCode(),
            detail,
            null);
    byte[] body = JSON.toJson(problem).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /** Turns {@code sendError} into a problem, whatever message the caller meant to show. */
  static final class ProblemErrors extends HttpServletResponseWrapper {

    ProblemErrors(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int code) throws IOException {
      sendError(code, null);
    }

    @Override
    public void sendError(int code, String message) throws IOException {
      Status status = Status.fromStatusCode(code);
      if (status == null) {
        status = code >= 500 ? Status.INTERNAL_SERVER_ERROR : Status.BAD_REQUEST; // unnamed codes
      }
      // The container's message may name an exception; the client gets a fixed sentence.
      write(
          (HttpServletResponse) getResponse(),
          status,
          code >= 500
              ? "Something went wrong on our side."
              : "The request could not be processed: " + status.getReasonPhrase() + ".");
    }
  }
}
