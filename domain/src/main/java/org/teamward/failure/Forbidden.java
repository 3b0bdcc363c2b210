package org.teamward.failure;

/** Signed in, but the permission for this action is missing (403). */
public class Forbidden extends UseCaseFailure {
  public Forbidden(String message) {
    super(message);
  }
}
