package org.teamward.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.rights.Permission.ATTENDANCE_MANAGE;
import static org.teamward.access.rights.Permission.ATTENDANCE_VIEW_ALL;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.TestCaller;
import org.teamward.audit.AccessTrace;
import org.teamward.audit.Area;
import org.teamward.audit.AuditEvent;
import org.teamward.audit.Container;
import org.teamward.audit.TestAudit;
import org.teamward.employee.Employee;
import org.teamward.paging.PageRequest;
import org.teamward.persistence.TestData;
import org.teamward.persistence.TestDatabase;

/**
 * "Who saw my records": reading or changing another employee's attendance leaves one trace per
 * reader and hour however often it is read; reading one's own leaves none.
 */
class AttendanceTracesTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final Container container = new Container(db, caller);
  private Attendance attendance;
  private Clockings clockings;
  private Employee ann;
  private Employee bob;

  @BeforeEach
  void setUp() {
    AttendanceBeans beans = new AttendanceBeans(db, caller, NOW);
    attendance = beans.attendance;
    clockings = beans.clockings;
    ann = TestData.employee(db, "Ann");
    bob = TestData.employee(db, "Bob");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aManagerReadingAndChangingAnnsAttendanceIsTracedOncePerHourButAnnHerselfIsNot() {
    caller.actAs(TestCaller.person(ann.getId(), ATTENDANCE_CHECK_IN_OUT));
    container.call(clockings, "checkIn", null, null, NOW.minus(1, ChronoUnit.HOURS), null);
    container.call(attendance, "list", AttendanceFilter.ALL, PageRequest.first(50));
    assertThat(TestAudit.traces(db)).as("Ann's own records").isEmpty();

    caller.actAs(
        TestCaller.person(
            bob.getId(), ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE));
    container.call(clockings, "checkIn", bob.getId(), null, NOW.minus(1, ChronoUnit.HOURS), null);
    container.call(clockings, "checkOut", ann.getId(), null);
    for (int i = 0; i < 3; i++) {
      container.call(attendance, "list", AttendanceFilter.ALL, PageRequest.first(50));
    }

    assertThat(TestAudit.traces(db))
        .extracting(
            AccessTrace::getEmployeeId,
            AccessTrace::getArea,
            AccessTrace::getAccess,
            AccessTrace::getActorId)
        .containsExactlyInAnyOrder(
            tuple(ann.getId(), Area.ATTENDANCE, AccessTrace.Access.WRITE, bob.getId()),
            tuple(ann.getId(), Area.ATTENDANCE, AccessTrace.Access.READ, bob.getId()));
    assertThat(TestAudit.events(db))
        .as("the writes are events; the reads only traces")
        .extracting(AuditEvent::getAction)
        .containsExactly("Attendance.checkIn", "Attendance.checkIn", "Attendance.checkOut");
  }
}
