package org.teamward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A trace attempt that lost to a concurrent writer of the same rows wrote nothing, so the trail
 * tries again, and gives up quietly after {@link AuditTrail#TRACE_ATTEMPTS}: the use case has
 * committed, and its answer must not fail for a trace. That an attempt does lose, and that the next
 * one then adds only the missing rows, the integration suite's race shows on both databases.
 */
class TraceAttemptsTest {

  /** A writer whose first {@code losses} attempts lose to another writer. */
  private static final class Contended extends AuditWriter {
    private final int losses;
    int attempts;

    Contended(int losses) {
      this.losses = losses;
    }

    @Override
    public boolean trace(
        Area area, AccessTrace.Access access, Actor actor, Set<Long> employeeIds, Instant at) {
      attempts++;
      return attempts > losses;
    }
  }

  private static int attemptsWith(int losses) {
    Contended writer = new Contended(losses);
    AuditTrail trail = new AuditTrail();
    trail.writer = writer;
    trail.writeTrace(
        Area.ABSENCE, AccessTrace.Access.READ, Actor.SYSTEM, Set.of(1L, 2L), Instant.EPOCH);
    return writer.attempts;
  }

  @Test
  void aWrittenTraceIsWrittenOnce() {
    assertThat(attemptsWith(0)).isEqualTo(1);
  }

  @Test
  void aLostAttemptIsTriedAgainUntilOneIsWritten() {
    assertThat(attemptsWith(2)).isEqualTo(3);
  }

  @Test
  void aTraceLostEveryTimeIsGivenUpAfterTheLastAttempt() {
    assertThat(attemptsWith(Integer.MAX_VALUE)).isEqualTo(AuditTrail.TRACE_ATTEMPTS);
  }
}
