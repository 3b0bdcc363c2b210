package org.teamward.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.teamward.access.rights.CallerKey;

/**
 * Kept in the session between the two sign-in steps: whose password was right, and when. It grants
 * nothing by itself, and it expires, so that a password typed on a shared computer does not leave a
 * half-open door behind.
 */
record PendingSignIn(CallerKey key, Instant since, boolean viaProvider) implements Serializable {

  PendingSignIn(CallerKey key, Instant since) {
    this(key, since, false);
  }

  static final String SESSION_ATTRIBUTE = "teamward.pendingSignIn";
  static final Duration VALIDITY = Duration.ofMinutes(5);

  boolean expired(Instant now) {
    return since.plus(VALIDITY).isBefore(now);
  }
}
