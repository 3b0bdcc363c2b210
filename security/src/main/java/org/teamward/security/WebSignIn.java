package org.teamward.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the web sign-in left for the pages to show, read from the current request and its session:
 * the pages ask here instead of knowing the attribute names {@link WebAuthenticationMechanism}
 * keeps its state under. Nothing here creates a session; without one, there is nothing to tell.
 */
@RequestScoped
public class WebSignIn {

  @Inject HttpServletRequest request;

  /** The id of this session's database record, while signed in. */
  public Optional<String> sessionRecord() {
    return Optional.ofNullable(
        (String) sessionAttribute(WebAuthenticationMechanism.SESSION_RECORD));
  }

  /** Whether the signed-in session came through the identity provider. */
  public boolean viaProvider() {
    return sessionAttribute(ProviderSignIn.SIGNED_IN_VIA_PROVIDER) != null;
  }

  /** Whether the session waits for the second sign-in step (the code page shows only then). */
  public boolean awaitsSecondFactor() {
    return sessionAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn pending
        && !pending.expired(Instant.now());
  }

  /** How long to wait, when this request's sign-in attempt was throttled. */
  public Optional<Duration> retryAfter() {
    return request.getAttribute(WebAuthenticationMechanism.RETRY_AFTER) instanceof Duration wait
        ? Optional.of(wait)
        : Optional.empty();
  }

  /**
   * Whether this request's password was right but is retired: the account signs in with the
   * identity provider only.
   */
  public boolean passwordRetired() {
    return request.getAttribute(WebAuthenticationMechanism.PASSWORD_RETIRED) != null;
  }

  private Object sessionAttribute(String name) {
    HttpSession session = request.getSession(false);
    return session == null ? null : session.getAttribute(name);
  }
}
