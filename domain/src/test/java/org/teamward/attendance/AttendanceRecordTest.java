package org.teamward.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttendanceRecordTest {

  private static final Instant CHECK_IN = Instant.parse("2026-03-02T07:00:00Z");

  @Test
  void anOpenRecordLooksForgottenOnlyAfterTwelveHours() {
    AttendanceRecord record = new AttendanceRecord();
    record.setCheckIn(CHECK_IN);

    assertThat(record.isLikelyForgotten(CHECK_IN.plus(Duration.ofHours(12)))).isFalse();
    assertThat(record.isLikelyForgotten(CHECK_IN.plus(Duration.ofHours(12)).plusSeconds(1)))
        .isTrue();

    record.setCheckOut(CHECK_IN.plus(Duration.ofHours(8)));
    assertThat(record.isLikelyForgotten(CHECK_IN.plus(Duration.ofHours(20)))).isFalse();
  }
}
