package org.teamward.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or JSON of the wrong shape (a string where a number belongs). */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException exception) {
    return malformed();
  }

  static Response malformed() {
    return Problem.response(
        Status.BAD_REQUEST,
        "malformed-body",
        "The request body is not valid JSON for this resource: check syntax, field types and "
            + "enum values.");
  }
}
