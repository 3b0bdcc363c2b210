package org.teamward.access;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.teamward.audit.TestAudit;
import org.teamward.persistence.TestDatabase;

/** The throttle and the session store as the container wires them, on a test database. */
final class SignInParts {

  private SignInParts() {}

  static Throttling throttling(EntityManager em, Clock clock) {
    Throttling throttling = new Throttling();
    throttling.em = em;
    throttling.clock = clock;
    return throttling;
  }

  static WebSessionStore sessions(EntityManager em, Clock clock) {
    WebSessionStore sessions = new WebSessionStore();
    sessions.em = em;
    sessions.clock = clock;
    return sessions;
  }

  /**
   * Wires the seam's throttle, session store, last-use stamp and audit trail onto an authentication
   * under test.
   */
  static void wire(Authentication auth, Clock clock, TestDatabase db) {
    auth.clock = clock;
    auth.throttling = throttling(auth.em, clock);
    auth.sessions = sessions(auth.em, clock);
    auth.lastUse = new LastUse();
    auth.lastUse.em = auth.em;
    if (auth.trail == null) {
      auth.trail = TestAudit.trail(db, new TestCaller(), clock);
    }
  }
}
