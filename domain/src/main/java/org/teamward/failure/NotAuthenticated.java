package org.teamward.failure;

/** The caller is not signed in (401). */
public class NotAuthenticated extends UseCaseFailure {
  public NotAuthenticated() {
    super("Sign-in is required.");
  }
}
