package org.teamward.failure;

/** The record does not exist, or lies outside the caller's scope (404). */
public class NotFound extends UseCaseFailure {
  public NotFound(String message) {
    super(message);
  }
}
