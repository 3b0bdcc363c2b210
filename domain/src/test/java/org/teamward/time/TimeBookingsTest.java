package org.teamward.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.TIME_BOOK_OTHERS;
import static org.teamward.access.rights.Permission.TIME_BOOK_OWN;
import static org.teamward.access.rights.Permission.TIME_VIEW_ALL;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.TestCaller;
import org.teamward.employee.Employee;
import org.teamward.failure.Conflict;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.Invalid.Violation;
import org.teamward.failure.NotFound;
import org.teamward.failure.Rule;
import org.teamward.failure.Stale;
import org.teamward.failure.Violations;
import org.teamward.paging.PageRequest;
import org.teamward.persistence.TestData;
import org.teamward.persistence.TestDatabase;
import org.teamward.project.Project;
import org.teamward.project.ProjectPolicy;
import org.teamward.project.ProjectStatus;

/** The use cases against the real schema: scope filtering, validation, conflicts. */
class TimeBookingsTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final TimeBookings bookings = new TimeBookings();
  private Employee ann;
  private Employee bob;
  private Project project;

  @BeforeEach
  void setUp() {
    bookings.em = db.em();
    bookings.caller = caller;
    bookings.policy = new TimeBookingPolicy();
    bookings.projectPolicy = new ProjectPolicy();
    ann = TestData.employee(db, "Ann");
    bob = TestData.employee(db, "Bob");
    project = TestData.project(db, "TW");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void listsOnlyOwnBookingsWithoutViewAll() {
    book(ann, 60);
    book(bob, 30);
    caller.actAs(TestCaller.person(ann.getId(), TIME_BOOK_OWN));
    assertThat(bookings.rows(TimeBookingFilter.ALL, PageRequest.first(10)).items())
        .extracting(TimeBookingRow::employeeId)
        .containsExactly(ann.getId());

    caller.actAs(TestCaller.person(ann.getId(), TIME_VIEW_ALL));
    assertThat(bookings.rows(TimeBookingFilter.ALL, PageRequest.first(10)).total()).isEqualTo(2);
  }

  @Test
  void anInterfaceSeesOnlyItsScopeEvenInAggregates() {
    book(ann, 60);
    book(bob, 30);
    caller.actAs(TestCaller.terminal(db, Set.of(bob.getId()), TIME_VIEW_ALL));
    assertThat(bookings.rows(TimeBookingFilter.ALL, PageRequest.first(10)).items())
        .extracting(TimeBookingRow::employeeId)
        .containsExactly(bob.getId());
    assertThat(bookings.hoursPerProject(MONDAY, MONDAY))
        .extracting(ProjectHours::minutes)
        .containsExactly(30L);
    long annBooking = book(ann, 15);
    caller.actAs(TestCaller.terminal(db, Set.of(bob.getId()), TIME_VIEW_ALL));
    assertThatThrownBy(() -> bookings.get(annBooking)).isInstanceOf(NotFound.class);
  }

  @Test
  void createsForTheCallerAndComputesTheDuration() {
    caller.actAs(TestCaller.person(ann.getId(), TIME_BOOK_OWN));
    TimeBooking booking =
        bookings.create(
            new TimeBookingDraft(
                null,
                project.getId(),
                MONDAY,
                LocalTime.of(9, 0),
                LocalTime.of(10, 15),
                null,
                "review",
                null));
    assertThat(booking.getEmployee().getId()).isEqualTo(ann.getId());
    assertThat(booking.getDurationMinutes()).isEqualTo(75);
    assertThat(booking.isBillable()).isTrue();
  }

  @Test
  void refusesBadInputFieldByField() {
    caller.actAs(TestCaller.person(ann.getId(), TIME_BOOK_OWN));
    assertThatThrownBy(
            () ->
                bookings.create(
                    new TimeBookingDraft(
                        null,
                        null,
                        MONDAY,
                        LocalTime.of(10, 0),
                        LocalTime.of(9, 0),
                        null,
                        null,
                        null)))
        .isInstanceOfSatisfying(
            Invalid.class,
            e ->
                assertThat(e.violations())
                    .extracting(Invalid.Violation::field)
                    .containsExactly("projectId", "end"));
    assertThatThrownBy(
            () ->
                bookings.create(
                    new TimeBookingDraft(
                        null, project.getId(), MONDAY, null, null, 1441, null, null)))
        .isInstanceOfSatisfying(
            Invalid.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("durationMinutes"));
  }

  /** The same rule for the web form and the API, since both call this use case. */
  @Test
  void aBookingLiesWithinTheYearsOfWorkingLife() {
    caller.actAs(TestCaller.person(ann.getId(), TIME_BOOK_OWN));
    for (LocalDate date :
        List.of(LocalDate.of(2226, 1, 1), LocalDate.of(999, 12, 31), LocalDate.of(1969, 12, 31))) {
      assertThatThrownBy(
              () ->
                  bookings.create(
                      new TimeBookingDraft(
                          null, project.getId(), date, null, null, 30, null, true)))
          .isInstanceOfSatisfying(
              Invalid.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(
                          new Violation(
                              "date",
                              Rule.DATE_WINDOW,
                              List.of(Violations.EARLIEST_DATE, Violations.LATEST_DATE),
                              "date must be between 1970-01-01 and 2200-12-31")));
    }
    for (LocalDate date : List.of(LocalDate.of(1970, 1, 1), LocalDate.of(2200, 12, 31))) {
      assertThat(
              db.inTransaction(
                  () ->
                      bookings.create(
                          new TimeBookingDraft(
                              null, project.getId(), date, null, null, 30, null, true))))
          .extracting(TimeBooking::getDate)
          .isEqualTo(date);
    }
  }

  @Test
  void archivedProjectsTakeNoBookings() {
    db.inTransaction(
        () -> db.em().find(Project.class, project.getId()).setStatus(ProjectStatus.ARCHIVED));
    caller.actAs(TestCaller.person(ann.getId(), TIME_BOOK_OWN));
    assertThatThrownBy(() -> bookings.create(draft(null, 30))).isInstanceOf(Conflict.class);
  }

  @Test
  void aBookingPickerFindsActiveProjectsByCodeOrNameInAnyCaseAndAtMostTheLimit() {
    Project apollo = TestData.project(db, "AP-1");
    db.inTransaction(() -> db.em().find(Project.class, apollo.getId()).setName("Apollo Launch"));
    Project archived = TestData.project(db, "AP-2");
    db.inTransaction(
        () -> db.em().find(Project.class, archived.getId()).setStatus(ProjectStatus.ARCHIVED));
    for (int i = 0; i < 5; i++) {
      TestData.project(db, "MANY-" + i);
    }
    caller.actAs(TestCaller.person(ann.getId(), TIME_BOOK_OWN));

    assertThat(bookings.bookableProjects("apollo", 20))
        .extracting(Project::getId)
        .containsExactly(apollo.getId());
    assertThat(bookings.bookableProjects("ap-", 20))
        .as("archived ones take no bookings")
        .extracting(Project::getId)
        .containsExactly(apollo.getId());
    assertThat(bookings.bookableProjects("many", 3))
        .extracting(Project::getCode)
        .containsExactly("MANY-0", "MANY-1", "MANY-2");
    assertThat(bookings.bookableProjects("100%_", 20)).as("wildcards are text").isEmpty();
    assertThat(bookings.bookableProjects(null, 100)).hasSize(7);
  }

  @Test
  void bookingForOthersNeedsTheRight() {
    caller.actAs(TestCaller.person(ann.getId(), TIME_BOOK_OWN));
    // hidden, so refused like a missing one: the body names no employee this caller knows
    assertThatThrownBy(() -> bookings.create(draft(bob.getId(), 30)))
        .isInstanceOfSatisfying(
            Invalid.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("employeeId", "No such employee.")));
    caller.actAs(TestCaller.person(ann.getId(), TIME_BOOK_OWN, TIME_VIEW_ALL));
    assertThatThrownBy(() -> bookings.create(draft(bob.getId(), 30))).isInstanceOf(Forbidden.class);
    caller.actAs(TestCaller.person(ann.getId(), TIME_BOOK_OTHERS));
    assertThat(db.inTransaction(() -> bookings.create(draft(bob.getId(), 30))).getId()).isNotNull();
  }

  @Test
  void deletingAnothersBookingNeedsTheRightAndIsHiddenFromWhoCannotSeeIt() {
    long id = book(ann, 60);
    caller.actAs(TestCaller.person(bob.getId(), TIME_BOOK_OWN));
    assertThatThrownBy(() -> bookings.delete(id, null)).isInstanceOf(NotFound.class);
    caller.actAs(TestCaller.person(bob.getId(), TIME_BOOK_OWN, TIME_VIEW_ALL));
    assertThatThrownBy(() -> bookings.delete(id, null)).isInstanceOf(Forbidden.class);
    caller.actAs(TestCaller.person(ann.getId(), TIME_BOOK_OWN));
    db.inTransaction(() -> bookings.delete(id, null));
    assertThat(db.em().find(TimeBooking.class, id)).isNull();
  }

  @Test
  void staleUpdatesAreRefused() {
    long id = book(ann, 60);
    long version = db.em().find(TimeBooking.class, id).getVersion();
    caller.actAs(TestCaller.person(ann.getId(), TIME_BOOK_OWN));
    assertThatThrownBy(() -> bookings.update(id, version + 1, draft(null, 45)))
        .isInstanceOf(Stale.class);
    db.inTransaction(() -> bookings.update(id, version, draft(null, 45)));
    assertThat(db.em().find(TimeBooking.class, id).getDurationMinutes()).isEqualTo(45);
  }

  private TimeBookingDraft draft(Long employeeId, int minutes) {
    return new TimeBookingDraft(
        employeeId, project.getId(), MONDAY, null, null, minutes, null, true);
  }

  private long book(Employee employee, int minutes) {
    caller.actAs(TestCaller.person(employee.getId(), TIME_BOOK_OWN));
    return db.inTransaction(() -> bookings.create(draft(null, minutes))).getId();
  }
}
