package org.teamward.failure;

import java.time.Duration;

/**
 * Too many failed attempts from this client for this account (or from this address altogether): the
 * attempt was not even checked (429 with {@code Retry-After}). Unknown accounts are throttled
 * exactly like known ones, so this says nothing about whether an account exists.
 */
public class TooManyAttempts extends UseCaseFailure {

  /**
   * The one detail of every throttled answer. It names no time, so that two throttled answers are
   * equal to the byte; the wait is in the {@code Retry-After} header.
   */
  public static final String DETAIL =
      "Too many failed attempts. Try again once the time in the Retry-After header has passed.";

  private final Duration retryAfter;

  public TooManyAttempts(Duration retryAfter) {
    super(DETAIL);
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
