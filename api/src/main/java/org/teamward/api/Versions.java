package org.teamward.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.teamward.failure.Invalid;

/**
 * Optimistic locking over HTTP: every single-record answer carries the record's version as its
 * {@code ETag}; an update may send it back in {@code If-Match}, and a stale one is refused with 412
 * instead of overwriting someone else's change.
 */
public final class Versions {

  private Versions() {}

  public static Response ok(Object body, long version) {
    return okBuilder(body, version).build();
  }

  public static Response.ResponseBuilder okBuilder(Object body, long version) {
    return Response.ok(body).tag(new EntityTag(Long.toString(version)));
  }

  public static Response.ResponseBuilder created(Object body, long version) {
    return Response.status(Response.Status.CREATED)
        .entity(body)
        .tag(new EntityTag(Long.toString(version)));
  }

  /** The version an {@code If-Match} header names; null when absent or {@code *}. */
  public static Long ifMatch(String header) {
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return null;
    }
    String tag = header.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new Invalid("If-Match", "If-Match must be an ETag received from this API.");
    }
  }
}
