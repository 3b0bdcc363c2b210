package org.teamward.failure;

/** The record changed since the caller read it; nothing was written (412). */
public class Stale extends UseCaseFailure {
  public Stale(String message) {
    super(message);
  }
}
