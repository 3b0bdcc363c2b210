package org.teamward.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A break within an attendance; an open break has no end yet. */
@Embeddable
public class AttendanceBreak {

  @Column(name = "break_start")
  private Instant start;

  @Column(name = "break_end")
  private Instant end;

  protected AttendanceBreak() {}

  public AttendanceBreak(Instant start, Instant end) {
    this.start = start;
    this.end = end;
  }

  public Instant getStart() {
    return start;
  }

  public Instant getEnd() {
    return end;
  }

  void end(Instant at) {
    this.end = at;
  }
}
