package org.teamward.api.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.teamward.api.problem.Problem;

/**
 * Refuses a request body larger than {@code teamward.api.max-body-bytes} (default 1 MiB) with 413,
 * before routing, authentication of the resource or parsing: a declared {@code Content-Length} is
 * refused at once, and a chunked body is cut off as soon as it passes the limit. No API body comes
 * near the limit; it is configurable for deployments with larger legitimate imports. A body on a
 * GET or DELETE, which no resource reads, is refused with 400 rather than ignored.
 */
@Provider
@PreMatching
@Priority(1)
public class BodyLimit implements ContainerRequestFilter {

  public static final long DEFAULT_MAX_BYTES = 1024 * 1024;

  public static final String SETTING = "teamward.api.max-body-bytes";

  /** Methods whose requests carry no body in this API. */
  static final java.util.Set<String> BODILESS = java.util.Set.of("GET", "HEAD", "DELETE");

  // Read once, programmatically: a JAX-RS provider is not necessarily a CDI bean.
  private final long maxBytes =
      ConfigProvider.getConfig(BodyLimit.class.getClassLoader())
          .getOptionalValue(SETTING, Long.class)
          .orElse(DEFAULT_MAX_BYTES);

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.hasEntity() && BODILESS.contains(request.getMethod())) {
      // a body the resource would silently ignore, which a client must not take for accepted
      throw new WebApplicationException(
          Problem.response(
              Status.BAD_REQUEST,
              "bad-request",
              "A " + request.getMethod() + " request takes no body; send it without one."));
    }
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        length = Long.MAX_VALUE;
      }
      if (length > maxBytes) {
        throw tooLarge(maxBytes);
      }
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Bounded(request.getEntityStream(), maxBytes));
    }
  }

  static WebApplicationException tooLarge(long maxBytes) {
    return new WebApplicationException(
        Problem.response(
            Status.REQUEST_ENTITY_TOO_LARGE,
            "body-too-large",
            "The request body may have at most " + maxBytes + " bytes."));
  }

  /** Counts what is read and fails the read that passes the limit. */
  static final class Bounded extends InputStream {

    private final InputStream in;
    private final long max;
    private long count;

    Bounded(InputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > max) {
        throw tooLarge(max);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
