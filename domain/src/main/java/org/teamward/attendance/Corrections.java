package org.teamward.attendance;

import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.ATTENDANCE_MANAGE;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.audit.AuditedAs;
import org.teamward.failure.Conflict;
import org.teamward.failure.Rule;
import org.teamward.failure.Violations;

/**
 * Managers' corrections of attendance records: new times and category, or the record deleted. Both
 * check the version the manager saw, so that a correction never overwrites a punch it did not know
 * of.
 */
@UseCases
@AuditedAs("Attendance")
public class Corrections {

  /** How far a manager's correction may lie ahead of the server's clock. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AttendancePolicy policy;
  @Inject AttendanceRecords records;
  @Inject PunchWindow window;

  @Requires(value = ATTENDANCE_MANAGE, effect = WRITE)
  public AttendanceRecord correct(long id, Long expectedVersion, AttendanceCorrection correction) {
    AttendanceRecord record =
        records.find(id, r -> policy.canCorrect(caller.grant(), r), "correct attendance");
    record.checkVersion(expectedVersion);
    Instant now = window.now().plus(CLOCK_SKEW);
    Violations.of(correction)
        .check(
            correction.checkIn() == null || !correction.checkIn().isAfter(now),
            "checkIn",
            Rule.NOT_IN_FUTURE,
            "checkIn must not be in the future")
        .check(
            correction.checkOut() == null || !correction.checkOut().isAfter(now),
            "checkOut",
            Rule.NOT_IN_FUTURE,
            "checkOut must not be in the future")
        .check(
            correction.checkIn() == null
                || correction.checkOut() == null
                || correction.checkOut().isAfter(correction.checkIn()),
            "checkOut",
            Rule.AFTER_CHECK_IN,
            "checkOut must be after checkIn")
        .throwIfAny();
    if (correction.checkOut() == null && record.getCheckOut() != null && anotherOpen(record)) {
      throw new Conflict("The employee already has an open attendance.");
    }
    record.setCheckIn(correction.checkIn());
    record.setCheckOut(correction.checkOut());
    if (correction.category() != null) {
      record.setCategory(correction.category());
    }
    return record;
  }

  @Requires(value = ATTENDANCE_MANAGE, effect = WRITE)
  public void delete(long id, Long expectedVersion) {
    AttendanceRecord record =
        records.find(id, r -> policy.canDelete(caller.grant(), r), "delete attendance");
    record.checkVersion(expectedVersion);
    em.remove(record);
  }

  /** Whether the record's employee has an open record besides this one, which reopening forbids. */
  private boolean anotherOpen(AttendanceRecord record) {
    return em.createQuery(
                "select count(r) from AttendanceRecord r where r.employee = :e"
                    + " and r.checkOut is null and r <> :r",
                Long.class)
            .setParameter("e", record.getEmployee())
            .setParameter("r", record)
            .getSingleResult()
        > 0;
  }
}
