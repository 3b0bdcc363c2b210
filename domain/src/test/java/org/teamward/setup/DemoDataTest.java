package org.teamward.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.absence.Absence;
import org.teamward.absence.AbsenceStatus;
import org.teamward.absence.AbsenceType;
import org.teamward.access.accounts.StandardGroup;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.secrets.PasswordHashing;
import org.teamward.attendance.AttendanceRecord;
import org.teamward.persistence.TestDatabase;
import org.teamward.time.TimeBooking;

class DemoDataTest {

  /** A Wednesday, 11:30 in Berlin. */
  static final Instant NOW = Instant.parse("2026-03-04T10:30:00Z");

  static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

  TestDatabase db;
  CountingHashing hashing = new CountingHashing();
  String credentials;

  @BeforeEach
  void seed() {
    db = seededDatabase();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  TestDatabase seededDatabase() {
    TestDatabase database = new TestDatabase();
    Map<StandardGroup, UserGroup> groups =
        database.inTransaction(
            em -> {
              Map<StandardGroup, UserGroup> created = new EnumMap<>(StandardGroup.class);
              for (StandardGroup standard : StandardGroup.values()) {
                UserGroup group = new UserGroup();
                group.setName(standard.displayName());
                group.setPermissions(standard.permissions());
                em.persist(group);
                created.put(standard, group);
              }
              return created;
            });
    DemoData demo = new DemoData();
    demo.em = database.em();
    demo.hashing = hashing;
    demo.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    demo.firstStart =
        new FirstStart() {
          @Override
          Path writeOwnerOnly(String name, String content) {
            assertThat(name).isEqualTo(DemoData.CREDENTIALS_FILE);
            credentials = content;
            return Path.of(name);
          }
        };
    database.run(em -> demo.seed(groups));
    return database;
  }

  <T> List<T> all(Class<T> type) {
    return db.inTransaction(
        em -> em.createQuery("select x from " + type.getSimpleName() + " x", type).getResultList());
  }

  long count(String jpql) {
    return db.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
  }

  @Test
  void peopleAccountsAndGroups() {
    assertThat(count("select count(e) from Employee e")).isEqualTo(25);
    assertThat(count("select count(e) from Employee e where e.lineManager is null")).isEqualTo(3);
    assertThat(count("select count(distinct e.department) from Employee e")).isEqualTo(3);
    assertThat(count("select count(u) from UserAccount u where u.email like '%@demo.teamward.org'"))
        .isEqualTo(25);
    assertThat(count("select count(distinct u.passwordHash) from UserAccount u")).isEqualTo(1);
    assertThat(count("select count(u) from UserAccount u where u.mustChangePassword = true"))
        .isZero();
    assertThat(hashing.hashes).as("one slow hash for everyone").isEqualTo(1);
    assertThat(members("Employees")).isEqualTo(25);
    assertThat(members("Team leads")).isEqualTo(3);
    assertThat(members("HR")).isEqualTo(2);
    assertThat(members("Administrators")).isEqualTo(1);
    assertThat(
            count(
                "select count(u) from UserAccount u where u.email = 'lukas.schroeder@demo.teamward.org'"))
        .isEqualTo(1);
  }

  long members(String group) {
    return count(
        "select count(m) from UserGroup g join g.members m where g.name = '" + group + "'");
  }

  @Test
  void projects() {
    assertThat(count("select count(p) from Project p")).isEqualTo(10);
    assertThat(
            count(
                "select count(p) from Project p"
                    + " where p.status = org.teamward.project.ProjectStatus.ARCHIVED"))
        .isEqualTo(1);
    assertThat(count("select count(p) from Project p where p.budgetHours is not null"))
        .isGreaterThan(3);
  }

  @Test
  void timeBookingsOnPastWorkingDaysOnly() {
    List<TimeBooking> bookings = all(TimeBooking.class);

    assertThat(bookings).hasSizeGreaterThan(2000);
    assertThat(bookings)
        .allSatisfy(
            b -> {
              assertThat(b.getDate().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
              assertThat(b.getDate()).isBefore(TODAY).isAfterOrEqualTo(TODAY.minusMonths(3));
              assertThat(b.getDurationMinutes()).isBetween(30, 540);
              assertThat(b.getProject().getStatus().name()).isEqualTo("ACTIVE");
            });
    assertThat(
            count(
                "select count(b) from TimeBooking b, Absence a where a.employee = b.employee"
                    + " and a.status = org.teamward.absence.AbsenceStatus.APPROVED"
                    + " and b.date between a.from and a.to"))
        .as("no work on days away")
        .isZero();
  }

  @Test
  void attendanceInTheEmployeesTimeZoneAndHalfCheckedInNow() {
    List<AttendanceRecord> records = all(AttendanceRecord.class);
    List<AttendanceRecord> open = records.stream().filter(AttendanceRecord::isOpen).toList();

    assertThat(open).hasSizeBetween(7, 18);
    assertThat(open).allSatisfy(r -> assertThat(r.getCheckIn()).isBefore(NOW));
    assertThat(records.stream().filter(r -> !r.isOpen()))
        .allSatisfy(
            r -> {
              ZoneId zone = ZoneId.of(r.getEmployee().getTimeZone());
              LocalTime in = r.getCheckIn().atZone(zone).toLocalTime();
              assertThat(in).isBetween(LocalTime.of(7, 30), LocalTime.of(9, 30));
              assertThat(r.getBreaks()).hasSize(1);
              assertThat(r.worked(NOW).toMinutes()).isBetween(450L, 525L);
            });
    assertThat(count("select count(b) from TimeBooking b"))
        .isGreaterThan(
            count("select count(r) from AttendanceRecord r where r.checkOut is not null"));
  }

  @Test
  void absencesIncludeTodayAndEveryKind() {
    List<Absence> absences = all(Absence.class);

    assertThat(absences)
        .filteredOn(a -> a.getStatus() == AbsenceStatus.APPROVED)
        .filteredOn(a -> !a.getFrom().isAfter(TODAY) && !a.getTo().isBefore(TODAY))
        .extracting(Absence::getType)
        .contains(AbsenceType.ANNUAL_LEAVE, AbsenceType.SICKNESS);
    assertThat(absences).extracting(Absence::getStatus).contains(AbsenceStatus.REJECTED);
    assertThat(absences)
        .filteredOn(a -> a.getStatus() == AbsenceStatus.REQUESTED)
        .allSatisfy(a -> assertThat(a.getFrom()).isAfter(TODAY));
    assertThat(absences)
        .filteredOn(a -> a.getType() == AbsenceType.SICKNESS)
        .extracting(Absence::isMedicalCertificate)
        .contains(true);
    assertThat(absences).extracting(Absence::getType).contains(AbsenceType.CHILD_SICK);
    assertThat(absences)
        .filteredOn(a -> a.getStatus() != AbsenceStatus.REQUESTED)
        .allSatisfy(a -> assertThat(a.getApprover()).isNotNull());
  }

  @Test
  void credentialsNameEachRoleAndTheSharedPassword() {
    assertThat(credentials)
        .contains("katrin.vogel@demo.teamward.org")
        .contains("jonas.becker@demo.teamward.org")
        .contains("sabine.wolf@demo.teamward.org")
        .contains("thomas.keller@demo.teamward.org")
        .contains(hashing.lastPassword);
  }

  @Test
  void sameDaySameCompany() {
    String first = fingerprint();
    db.close();
    db = seededDatabase();
    assertThat(fingerprint()).isEqualTo(first);
  }

  String fingerprint() {
    return count("select sum(b.durationMinutes) from TimeBooking b")
        + "/"
        + count("select count(a) from Absence a")
        + "/"
        + count("select count(r) from AttendanceRecord r");
  }

  static class CountingHashing extends PasswordHashing {
    int hashes;
    String lastPassword;

    @Override
    public String hash(String password) {
      hashes++;
      lastPassword = password;
      return "fake:" + password;
    }
  }
}
