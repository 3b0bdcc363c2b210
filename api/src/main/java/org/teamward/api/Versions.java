package org.teamward.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.teamward.api.problem.Problem;
import org.teamward.failure.Invalid;

/**
 * Optimistic locking over HTTP: every single-record answer and every write carries the record's
 * version as its strong {@code ETag}. A write to a versioned record must send it back in {@code
 * If-Match}: without it the answer is 428, and a stale one is refused with 412 instead of
 * overwriting someone else's change.
 */
public final class Versions {

  /** The problem type of a write without {@code If-Match}. */
  public static final String PRECONDITION_REQUIRED = "precondition-required";

  static final String REQUIRED =
      "Send If-Match with the ETag of the record as you last read it, so that you do not"
          + " overwrite a change you have not seen.";

  static final String STRONG =
      "If-Match must be a strong ETag received from this API for this record, such as \"3\".";

  private Versions() {}

  public static Response ok(Object body, long version) {
    return okBuilder(body, version).build();
  }

  public static Response.ResponseBuilder okBuilder(Object body, long version) {
    return Response.ok(body).tag(tag(version));
  }

  public static Response.ResponseBuilder created(Object body, long version) {
    return Response.status(Response.Status.CREATED).entity(body).tag(tag(version));
  }

  public static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version an {@code If-Match} header names. Checked before the record is looked up, so that a
   * record the caller cannot see and one that does not exist get the same answer.
   *
   * @throws WebApplicationException 428 when the header is absent or blank
   * @throws Invalid naming {@code If-Match} for {@code *}, a weak tag, a list or anything that is
   *     not a version this API sent
   */
  public static long ifMatch(String header) {
    if (header == null || header.isBlank()) {
      throw new WebApplicationException(
          Problem.response(Response.Status.PRECONDITION_REQUIRED, PRECONDITION_REQUIRED, REQUIRED));
    }
    String tag = header.trim();
    if (tag.equals("*")) {
      throw new Invalid(
          "If-Match",
          "If-Match: * is not accepted: this record has a version, so send its strong ETag, such"
              + " as \"3\".");
    }
    if (tag.startsWith("W/")) {
      throw new Invalid(
          "If-Match",
          "If-Match must be a strong ETag: a weak tag (W/\"…\") cannot protect a write.");
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    if (tag.isEmpty() || !tag.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Invalid("If-Match", STRONG);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new Invalid("If-Match", STRONG);
    }
  }
}
