package org.teamward.failure;

import java.time.Duration;

/**
 * Too many failed attempts from this client for this account (or from this address altogether): the
 * attempt was not even checked (429 with {@code Retry-After}). Unknown accounts are throttled
 * exactly like known ones, so this says nothing about whether an account exists.
 */
public class TooManyAttempts extends UseCaseFailure {

  private final Duration retryAfter;

  public TooManyAttempts(Duration retryAfter) {
    super("Too many failed attempts. Try again in " + seconds(retryAfter) + " seconds.");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** Whole seconds for a {@code Retry-After} header: rounded up, never below one. */
  public static long seconds(Duration wait) {
    return Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
  }
}
