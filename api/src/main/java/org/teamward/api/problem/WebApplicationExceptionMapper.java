package org.teamward.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

/**
 * Gives the JAX-RS runtime's own refusals (unknown path, wrong method or media type, an unparsable
 * query parameter) the same problem+json shape as everything else.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    if (exception.getResponse().getEntity() instanceof Problem) {
      return exception.getResponse(); // already in shape, e.g. the body limit's 413
    }
    if (exception instanceof ParamException param) {
      String name = param.getParameterName();
      return Problem.response(
          Status.BAD_REQUEST,
          "invalid-input",
          "The parameter '" + name + "' has an invalid value.",
          java.util.List.of(new Problem.FieldError(name, "invalid value")));
    }
    Status status = Status.fromStatusCode(exception.getResponse().getStatus());
    if (status == null || status.getFamily() == Response.Status.Family.SERVER_ERROR) {
      return UnexpectedFailureMapper.internalError(exception);
    }
    return Problem.response(status, slug(status), describe(status));
  }

  private static String slug(Status status) {
    return status.getReasonPhrase().toLowerCase().replace(' ', '-');
  }

  private static String describe(Status status) {
    return switch (status) {
      case NOT_FOUND -> "There is no such resource.";
      case METHOD_NOT_ALLOWED -> "This resource does not support that method.";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
      case NOT_ACCEPTABLE -> "This resource answers application/json only.";
      case BAD_REQUEST -> "The request could not be understood.";
      case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large.";
      default -> status.getReasonPhrase() + ".";
    };
  }
}
