package org.teamward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every node of a cluster purges at the same moments, whenever it started. */
class AuditPurgeTest {

  @Test
  void theTicksAreTheMultiplesOfTheIntervalSinceTheEpoch() {
    Duration hour = Duration.ofHours(1);
    assertThat(AuditPurge.nextTick(Instant.parse("2026-12-07T15:37:12.345Z"), hour))
        .isEqualTo(Instant.parse("2026-12-07T16:00:00Z"));
    assertThat(AuditPurge.nextTick(Instant.parse("2026-12-07T16:00:00Z"), hour))
        .as("strictly after now")
        .isEqualTo(Instant.parse("2026-12-07T17:00:00Z"));
    assertThat(AuditPurge.nextTick(Instant.parse("2026-12-07T15:37:13.9Z"), Duration.ofSeconds(3)))
        .isEqualTo(Instant.parse("2026-12-07T15:37:15Z"));
  }

  /** A turn that fires a little late still names its tick, the same on every node. */
  @Test
  void aTurnIsNamedByItsTick() {
    Duration three = Duration.ofSeconds(3);
    assertThat(AuditPurge.lastTick(Instant.parse("2026-12-07T15:37:15.080Z"), three))
        .isEqualTo(Instant.parse("2026-12-07T15:37:15Z"));
    assertThat(AuditPurge.lastTick(Instant.parse("2026-12-07T15:37:15Z"), three))
        .isEqualTo(Instant.parse("2026-12-07T15:37:15Z"));
  }
}
