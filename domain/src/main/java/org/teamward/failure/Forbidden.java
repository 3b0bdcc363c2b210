package org.teamward.failure;

/** Signed in, but the permission for this action is missing (403). */
public class Forbidden extends UseCaseFailure {
  public Forbidden(String message) {
    super(message);
  }

  /** The last segment of the API problem type; subclasses name special refusals. */
  public String problemType() {
    return "forbidden";
  }
}
