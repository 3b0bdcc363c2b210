package org.teamward.api.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamward.security.ProblemResponse;

/** The one error shape of the API (RFC 9457). */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
@JsonbNillable(false)
public record Problem(
    String type,
    String title,
    @Schema(type = SchemaType.INTEGER, format = "int32", required = true) int status,
    String detail,
    List<FieldError> errors) {

  public static final String TYPE_BASE = ProblemResponse.TYPE_BASE;

  /**
   * Also what an operation without an answer body produces: a client generated from the API
   * description accepts only this type there (it is all such an operation's answers can carry), and
   * would otherwise get 406 for a delete.
   */
  public static final String MEDIA = "application/problem+json";

  public static final MediaType MEDIA_TYPE = MediaType.valueOf(MEDIA);

  /** One rejected field of the input. */
  @Schema(name = "ProblemFieldError")
  public record FieldError(String field, String message) {}

  public static Response response(Response.Status status, String type, String detail) {
    return response(status, type, detail, null);
  }

  public static Response response(
      Response.Status status, String type, String detail, List<FieldError> errors) {
    Problem problem =
        new Problem(
            TYPE_BASE + type,
            status.getReasonPhrase(),
            status.getStatusCode(),
            detail,
            errors == null || errors.isEmpty() ? null : errors);
    Response.ResponseBuilder builder =
        Response.status(status)
            .type(MEDIA_TYPE)
            .entity(problem)
            .header("Cache-Control", "no-store");
    if (status == Response.Status.UNAUTHORIZED) {
      builder
          .header("WWW-Authenticate", ProblemResponse.CHALLENGE_BASIC)
          .header("WWW-Authenticate", ProblemResponse.CHALLENGE_BEARER);
    }
    return builder.build();
  }
}
