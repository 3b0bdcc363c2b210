package org.teamward.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on request bodies and parameters, one entry per field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.isEmpty()
            ? "Invalid input."
            : errors.get(0).field() + ": " + errors.get(0).message();
    return Problem.response(Status.BAD_REQUEST, "invalid-input", detail, errors);
  }

  /** The last named node of the path: the JSON field or parameter name. */
  private static String field(ConstraintViolation<?> violation) {
    String name = "body";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null && !node.getName().startsWith("arg")) {
        name = node.getName();
      }
    }
    return name;
  }
}
