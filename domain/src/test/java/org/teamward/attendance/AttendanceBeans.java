package org.teamward.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.teamward.access.rights.TestCaller;
import org.teamward.persistence.TestDatabase;

/**
 * The attendance use cases wired as the container wires them: one database, one caller, one policy
 * and one clock for reading, clocking, breaks and corrections.
 */
final class AttendanceBeans {

  final PunchWindow window = new PunchWindow();
  final AttendanceRecords records = new AttendanceRecords();
  final IdempotencyKeys keys = new IdempotencyKeys();
  final Attendance attendance = new Attendance();
  final Clockings clockings;
  final Breaks breaks = new Breaks();
  final Corrections corrections = new Corrections();

  AttendanceBeans(TestDatabase db, TestCaller caller, Instant now) {
    this(db, caller, now, new Clockings());
  }

  /** With {@code clockings} of the test's own, e.g. one that runs each punch in a transaction. */
  AttendanceBeans(TestDatabase db, TestCaller caller, Instant now, Clockings clockings) {
    this.clockings = clockings;
    AttendancePolicy policy = new AttendancePolicy();
    window.clock = Clock.fixed(now, ZoneOffset.UTC);
    records.em = db.em();
    records.caller = caller;
    records.policy = policy;
    keys.em = db.em();
    keys.window = window;
    attendance.em = db.em();
    attendance.caller = caller;
    attendance.policy = policy;
    attendance.records = records;
    clockings.em = db.em();
    clockings.caller = caller;
    clockings.policy = policy;
    clockings.records = records;
    clockings.window = window;
    clockings.keys = keys;
    breaks.records = records;
    breaks.window = window;
    corrections.em = db.em();
    corrections.caller = caller;
    corrections.policy = policy;
    corrections.records = records;
    corrections.window = window;
  }

  /** Moves the server's clock, for every use case at once. */
  void now(Instant now) {
    window.clock = Clock.fixed(now, ZoneOffset.UTC);
  }
}
