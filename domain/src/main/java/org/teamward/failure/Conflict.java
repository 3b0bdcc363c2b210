package org.teamward.failure;

/**
 * The request conflicts with the record's current state, for example approving an absence twice
 * (409). A conflict a client may want to react to by itself, such as a terminal's "already checked
 * in", names itself with a {@link #problemType()}.
 */
public class Conflict extends UseCaseFailure {

  private final String problemType;

  public Conflict(String message) {
    this("conflict", message);
  }

  public Conflict(String problemType, String message) {
    super(message);
    this.problemType = problemType;
  }

  /** The last segment of the API problem type, "conflict" unless the conflict is named. */
  public String problemType() {
    return problemType;
  }
}
