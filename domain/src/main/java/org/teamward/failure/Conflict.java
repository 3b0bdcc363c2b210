package org.teamward.failure;

/**
 * The request conflicts with the record's current state, for example approving an absence twice
 * (409).
 */
public class Conflict extends UseCaseFailure {
  public Conflict(String message) {
    super(message);
  }
}
