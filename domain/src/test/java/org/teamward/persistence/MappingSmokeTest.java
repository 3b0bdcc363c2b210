package org.teamward.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.teamward.absence.Absence;
import org.teamward.absence.AbsenceStatus;
import org.teamward.absence.AbsenceType;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.credentials.DevicePassword;
import org.teamward.access.rights.Permission;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.attendance.AttendanceRecord;
import org.teamward.employee.Employee;
import org.teamward.project.Project;
import org.teamward.time.TimeBooking;

/** Proves that every entity maps onto the Flyway schema: persist, read back, query. */
class MappingSmokeTest {

  private final TestDatabase db = new TestDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void everyEntityRoundTrips() {
    Instant nine = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(3, ChronoUnit.HOURS);
    long[] ids =
        db.inTransaction(
            () -> {
              Employee boss = employee("P-1", "Ada", "Boss");
              Employee ann = employee("P-2", "Ann", "Worker");
              ann.setLineManager(boss);
              Project project = new Project();
              project.setCode("TW");
              project.setName("Teamward");
              project.setBudgetHours(new BigDecimal("12.50"));
              TimeBooking booking = new TimeBooking();
              booking.setEmployee(ann);
              booking.setProject(project);
              booking.setDate(LocalDate.of(2026, 3, 2));
              booking.setStart(LocalTime.of(9, 0));
              booking.setEnd(LocalTime.of(10, 30));
              booking.setDurationMinutes(90);
              AttendanceRecord record = new AttendanceRecord();
              record.setEmployee(ann);
              record.setCheckIn(nine);
              record.setCategory(AttendanceCategory.HOME_OFFICE);
              record.startBreak(nine.plus(1, ChronoUnit.HOURS));
              record.endBreak(nine.plus(90, ChronoUnit.MINUTES));
              Absence absence = new Absence();
              absence.setEmployee(ann);
              absence.setType(AbsenceType.SICKNESS);
              absence.setFrom(LocalDate.of(2026, 3, 5));
              absence.setTo(LocalDate.of(2026, 3, 6));
              absence.setNote("flu");
              UserGroup group = new UserGroup();
              group.setName("Staff");
              group.setPermissions(EnumSet.of(Permission.TIME_BOOK_OWN, Permission.USER_MANAGE));
              UserAccount user = new UserAccount();
              user.setEmail("ann@example.com");
              user.setDisplayName("Ann Worker");
              user.setEmployee(ann);
              user.getGroups().add(group);
              DevicePassword device = new DevicePassword();
              device.setUser(user);
              device.setName("Phone");
              device.setDeviceType("ios");
              device.setTokenDigest("0".repeat(64));
              for (Object entity :
                  new Object[] {
                    boss, ann, project, booking, record, absence, group, user, device
                  }) {
                db.em().persist(entity);
              }
              absence.decide(AbsenceStatus.APPROVED, user, nine);
              return new long[] {
                ann.getId(), booking.getId(), record.getId(), absence.getId(), user.getId()
              };
            });

    var em = db.em();
    Employee ann = em.find(Employee.class, ids[0]);
    assertThat(ann.getLineManager().getFullName()).isEqualTo("Ada Boss");
    assertThat(em.find(TimeBooking.class, ids[1]).getEnd()).isEqualTo(LocalTime.of(10, 30));
    AttendanceRecord record = em.find(AttendanceRecord.class, ids[2]);
    assertThat(record.getCheckIn()).isEqualTo(nine);
    assertThat(record.getBreaks()).hasSize(1);
    assertThat(record.isOnBreak()).isFalse();
    Absence absence = em.find(Absence.class, ids[3]);
    assertThat(absence.getType()).isEqualTo(AbsenceType.SICKNESS);
    assertThat(absence.getApprover().getId()).isEqualTo(ids[4]);
    UserAccount user = em.find(UserAccount.class, ids[4]);
    assertThat(user.groupPermissions())
        .containsExactlyInAnyOrder(Permission.TIME_BOOK_OWN, Permission.USER_MANAGE);

    // Field names that are JPQL keywords (from, to, start, end) must still work in queries, and
    // Instant parameters must pass through the converter.
    assertThat(
            em.createQuery(
                    "select count(r) from AttendanceRecord r where r.checkIn >= :t", Long.class)
                .setParameter("t", nine)
                .getSingleResult())
        .isEqualTo(1L);
    assertThat(
            em.createQuery(
                    "select count(a) from Absence a where a.from <= :d and a.to >= :d", Long.class)
                .setParameter("d", LocalDate.of(2026, 3, 5))
                .getSingleResult())
        .isEqualTo(1L);
    assertThat(
            em.createQuery(
                    "select b.end from TimeBooking b where b.date = :d order by b.start",
                    LocalTime.class)
                .setParameter("d", LocalDate.of(2026, 3, 2))
                .getResultList())
        .containsExactly(LocalTime.of(10, 30));
    assertThat(
            em.createQuery(
                    "select distinct u from UserAccount u join u.groups g join g.permissions p"
                        + " where u.active = true and p in :rights",
                    UserAccount.class)
                .setParameter("rights", EnumSet.of(Permission.USER_MANAGE))
                .getResultList())
        .hasSize(1);
  }

  private static Employee employee(String number, String first, String last) {
    Employee e = new Employee();
    e.setPersonnelNumber(number);
    e.setFirstName(first);
    e.setLastName(last);
    return e;
  }
}
