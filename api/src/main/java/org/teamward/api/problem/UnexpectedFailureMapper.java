package org.teamward.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.teamward.failure.UseCaseFailure;

/**
 * The last line: anything unforeseen. Known causes hidden inside wrappers (a body that failed to
 * parse, a concurrent write lost at commit) still get their proper 4xx; the rest answers a generic
 * 500 with an incident id that is also in the log. No stack trace reaches the client.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof UseCaseFailure failure) {
        return new UseCaseFailureMapper().toResponse(failure);
      }
      if (cause instanceof JsonbException) {
        return MalformedBodyMapper.malformed();
      }
      if (cause instanceof OptimisticLockException) {
        return Problem.response(
            Status.CONFLICT,
            "conflict",
            "Someone else changed this record at the same time; nothing was written. Reload "
                + "and try again.");
      }
      if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException) {
        return Problem.response(
            Status.CONFLICT,
            "conflict",
            "Another request was changing the same data and did not finish in time; nothing was"
                + " written. Try again.");
      }
      if (cause instanceof ProcessingException && cause.getCause() == null) {
        return MalformedBodyMapper.malformed();
      }
    }
    return internalError(exception);
  }

  static Response internalError(Throwable exception) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
    return Problem.response(
        Status.INTERNAL_SERVER_ERROR,
        "internal-error",
        "Something went wrong on our side. Incident " + incident + " has been logged.");
  }
}
