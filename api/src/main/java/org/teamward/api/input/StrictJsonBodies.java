package org.teamward.api.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads every JSON request body in full (bounded by {@link BodyLimit}, which wrapped the stream)
 * and checks it with {@link StrictJson} before JSON-B binds it, so binding sees only input that
 * means exactly one thing.
 */
@Provider
@Priority(1)
public class StrictJsonBodies implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type != null && isJson(type)) {
      InputStream in = context.getInputStream();
      byte[] body = in.readAllBytes();
      if (body.length > 0) {
        StrictJson.check(body, context.getGenericType());
      }
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    String subtype = type.getSubtype().toLowerCase();
    return subtype.equals("json") || subtype.endsWith("+json");
  }
}
