package org.teamward.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.teamward.failure.Conflict;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotAuthenticated;
import org.teamward.failure.NotFound;
import org.teamward.failure.Stale;
import org.teamward.failure.TooManyAttempts;
import org.teamward.failure.UseCaseFailure;

/** Translates the domain's refusals into statuses; the web UI translates the same classes. */
@Provider
public class UseCaseFailureMapper implements ExceptionMapper<UseCaseFailure> {

  @Override
  public Response toResponse(UseCaseFailure failure) {
    return problem(failure);
  }

  /** The problem answer of a refusal, also for one item of a batch that answers per item. */
  public static Response problem(UseCaseFailure failure) {
    String detail = failure.getMessage();
    if (failure instanceof Invalid invalid) {
      return Problem.response(
          Status.BAD_REQUEST,
          "invalid-input",
          detail,
          invalid.violations().stream()
              .map(v -> new Problem.FieldError(v.field(), v.message()))
              .toList());
    }
    if (failure instanceof TooManyAttempts throttled) {
      return Response.fromResponse(
              Problem.response(Status.TOO_MANY_REQUESTS, "too-many-attempts", detail))
          .header("Retry-After", Long.toString(TooManyAttempts.seconds(throttled.retryAfter())))
          .build();
    }
    if (failure instanceof NotAuthenticated) {
      return Problem.response(Status.UNAUTHORIZED, "unauthenticated", detail);
    }
    if (failure instanceof Forbidden forbidden) {
      return Problem.response(Status.FORBIDDEN, forbidden.problemType(), detail);
    }
    if (failure instanceof NotFound) {
      return Problem.response(Status.NOT_FOUND, "not-found", detail);
    }
    if (failure instanceof Stale) {
      return Problem.response(Status.PRECONDITION_FAILED, "stale", detail);
    }
    if (failure instanceof Conflict conflict) {
      return Problem.response(Status.CONFLICT, conflict.problemType(), detail);
    }
    return Problem.response(Status.BAD_REQUEST, "bad-request", detail);
  }
}
