package org.teamward.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.TIME_BOOK_OTHERS;
import static org.teamward.access.rights.Permission.TIME_BOOK_OWN;
import static org.teamward.access.rights.Permission.TIME_VIEW_ALL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestCaller;
import org.teamward.failure.Invalid;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;
import org.teamward.persistence.TestDatabase;
import org.teamward.project.ProjectPolicy;

/**
 * The booking list, the one read model of the web's table and the API's list: it holds exactly the
 * bookings the filter and the caller's scope let through, in pages and after cursors, each row as
 * its entity holds it and with the policy's decisions for the caller on that very booking.
 */
class TimeBookingRowsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final int BOOKINGS = 24;

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final TimeBookings bookings = new TimeBookings();
  private final TimeBookingPolicy policy = new TimeBookingPolicy();

  @BeforeEach
  void setUp() {
    bookings.em = db.em();
    bookings.caller = caller;
    bookings.policy = policy;
    bookings.projectPolicy = new ProjectPolicy();
    // Ann (1) and Bob (2) in Sales, Cid (3) in Ops, Dan (4) in no department; two projects; 24
    // bookings: booking x is employee 1 + x % 4's, on project 1 + x % 2, x % 4 days before DAY,
    // with a start time unless x is a multiple of 5 (a duration only).
    sql(
        "INSERT INTO employee (id, version, personnel_number, first_name, last_name, department,"
            + " time_zone, active) VALUES (1, 0, 'P1', 'Ann', 'A', 'Sales', 'UTC', true),"
            + " (2, 0, 'P2', 'Bob', 'B', 'Sales', 'UTC', true),"
            + " (3, 0, 'P3', 'Cid', 'C', 'Ops', 'UTC', true),"
            + " (4, 0, 'P4', 'Dan', 'D', NULL, 'UTC', true)");
    sql(
        "INSERT INTO project (id, version, code, name, status) VALUES"
            + " (1, 0, 'TW', 'Teamward', 'ACTIVE'), (2, 0, 'XY', 'Other', 'ACTIVE')");
    sql(
        "INSERT INTO time_booking (id, version, employee_id, project_id, booking_date, start_time,"
            + " end_time, duration_minutes, description, billable)"
            + " SELECT X, MOD(X, 3), 1 + MOD(X, 4), 1 + MOD(X, 2), DATEADD(DAY, -MOD(X, 4), DATE"
            + " '2026-03-02'), CASE WHEN MOD(X, 5) = 0 THEN NULL ELSE TIME '08:00:00' + MOD(X, 3)"
            + " * INTERVAL '1' HOUR END, CASE WHEN MOD(X, 5) = 0 THEN NULL ELSE TIME '09:00:00' +"
            + " MOD(X, 3) * INTERVAL '1' HOUR END, 60, 'Booking ' || X, MOD(X, 2) = 0"
            + " FROM SYSTEM_RANGE(1, "
            + BOOKINGS
            + ")");
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** A kind of caller and the employees whose bookings they see. */
  private record Who(String name, Grant grant, Set<Long> sees) {}

  /** A filter and which booking ids it lets through, as the data above says. */
  private record Narrowing(TimeBookingFilter filter, Predicate<Long> keeps) {}

  @Test
  void rowsHoldWhatTheFilterAndTheScopeLetThroughInEveryPageAndAfterEveryCursor() {
    List<Who> callers =
        List.of(
            new Who("own bookings only", TestCaller.person(1L, TIME_BOOK_OWN), Set.of(1L)),
            new Who("everyone", TestCaller.person(1L, TIME_VIEW_ALL), Set.of(1L, 2L, 3L, 4L)),
            new Who("own and Sales", inDepartments(3L, Set.of("Sales")), Set.of(1L, 2L, 3L)),
            new Who("a department of nobody", inDepartments(null, Set.of("Nobody")), Set.of()),
            new Who(
                "chosen employees",
                TestCaller.terminal(db, Set.of(3L, 4L), TIME_VIEW_ALL),
                Set.of(3L, 4L)),
            new Who("nobody chosen", TestCaller.terminal(db, Set.of(), TIME_VIEW_ALL), Set.of()));
    List<Narrowing> filters =
        List.of(
            new Narrowing(TimeBookingFilter.ALL, x -> true),
            new Narrowing(new TimeBookingFilter(2L, null, null, null), x -> employeeOf(x) == 2),
            new Narrowing(new TimeBookingFilter(null, 2L, null, null), x -> projectOf(x) == 2),
            new Narrowing(
                new TimeBookingFilter(null, null, DAY.minusDays(2), DAY.minusDays(1)),
                x -> x % 4 == 1 || x % 4 == 2),
            new Narrowing(
                new TimeBookingFilter(3L, 1L, DAY.minusDays(3), DAY),
                x -> employeeOf(x) == 3 && projectOf(x) == 1));
    int compared = 0;
    for (Who who : callers) {
      caller.actAs(who.grant());
      for (Narrowing narrowing : filters) {
        TimeBookingFilter filter = narrowing.filter();
        String what = who.name() + ", " + filter;
        List<Long> expected =
            LongStream.rangeClosed(1, BOOKINGS)
                .filter(x -> who.sees().contains(employeeOf(x)) && narrowing.keeps().test(x))
                .boxed()
                .toList();
        Page<TimeBookingRow> all = read(filter, new PageRequest(0, 50));
        assertThat(all.items()).as(what).extracting(TimeBookingRow::id).hasSameElementsAs(expected);
        assertThat(all.items())
            .as(what + ": newest day first")
            .isSortedAccordingTo(Comparator.comparing(TimeBookingRow::date).reversed());
        assertThat(all.total()).as(what).isEqualTo(expected.size());
        assertThat(all.totalExact()).as(what).isTrue();
        for (PageRequest page : List.of(new PageRequest(0, 5), new PageRequest(4, 5))) {
          assertThat(read(filter, page).items())
              .as(what + ", " + page)
              .isEqualTo(
                  all.items()
                      .subList(
                          Math.min(page.offset(), all.items().size()),
                          Math.min(page.offset() + page.limit(), all.items().size())));
        }
        assertThat(walk(filter)).as(what + ", by cursor").isEqualTo(expected);
        compared += expected.size();
      }
    }
    assertThat(compared).as("the cases compare rows, not only empty pages").isGreaterThan(50);
  }

  @Test
  void eachRowHoldsItsBookingAsTheEntityDoesWithThePolicysDecisionsOnThatBooking() {
    List<Grant> callers =
        List.of(
            TestCaller.person(1L, TIME_BOOK_OWN),
            TestCaller.person(1L, TIME_VIEW_ALL),
            TestCaller.person(1L, TIME_BOOK_OWN, TIME_VIEW_ALL),
            TestCaller.person(1L, TIME_BOOK_OWN, TIME_VIEW_ALL, TIME_BOOK_OTHERS),
            bookingForSales(3L),
            TestCaller.terminal(db, Set.of(3L, 4L), TIME_VIEW_ALL, TIME_BOOK_OTHERS));
    int compared = 0;
    for (Grant grant : callers) {
      caller.actAs(grant);
      for (TimeBookingRow row : read(TimeBookingFilter.ALL, new PageRequest(0, 50)).items()) {
        TimeBooking b = db.inTransaction(() -> db.em().find(TimeBooking.class, row.id()));
        String what = grant.permissions() + ", booking " + row.id();
        assertThat(row)
            .as(what)
            .isEqualTo(
                new TimeBookingRow(
                    b.getId(),
                    b.getVersion(),
                    b.getEmployee().getId(),
                    b.getEmployee().getFullName(),
                    b.getEmployee().getPersonnelNumber(),
                    b.getProject().getId(),
                    b.getProject().getCode(),
                    b.getProject().getName(),
                    b.getDate(),
                    b.getStart(),
                    b.getEnd(),
                    b.getDurationMinutes(),
                    b.getDescription(),
                    b.isBillable(),
                    policy.canEdit(grant, b).allowed(),
                    policy.canDelete(grant, b).allowed()));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(50);
  }

  @Test
  void ownBookingsOthersInSightAndOthersOutOfScopeAreDecidedByTheRights() {
    // Cid (3, Ops) sees everyone's bookings, books for himself and for Sales only.
    caller.actAs(bookingForSales(3L));
    assertThat(editableByEmployee())
        .containsExactlyInAnyOrderEntriesOf(Map.of(1L, true, 2L, true, 3L, true, 4L, false));

    // Seeing everyone's bookings without any right to book changes none, not even one's own.
    caller.actAs(TestCaller.person(3L, TIME_VIEW_ALL));
    assertThat(editableByEmployee())
        .containsExactlyInAnyOrderEntriesOf(Map.of(1L, false, 2L, false, 3L, false, 4L, false));

    // Own bookings only: the others' are not in the list at all.
    caller.actAs(TestCaller.person(3L, TIME_BOOK_OWN));
    assertThat(editableByEmployee()).containsExactlyInAnyOrderEntriesOf(Map.of(3L, true));

    // Booking for others reaches no one outside the scope: Sales' lead sees and books Sales only.
    caller.actAs(
        lead(
            null,
            EmployeeScope.departments(Set.of("Sales")),
            Map.of(),
            TIME_VIEW_ALL,
            TIME_BOOK_OTHERS));
    assertThat(editableByEmployee()).containsExactlyInAnyOrderEntriesOf(Map.of(1L, true, 2L, true));
  }

  @Test
  void theTotalIsExactUpToTheLookaheadPastThePage() {
    sql(
        "INSERT INTO time_booking (id, version, employee_id, project_id, booking_date,"
            + " duration_minutes, billable) SELECT 100 + X, 0, 1, 1, DATE '2026-01-01', 30, true"
            + " FROM SYSTEM_RANGE(1, "
            + (QueryFilter.TOTAL_LOOKAHEAD + 100)
            + ")");
    caller.actAs(TestCaller.person(1L, TIME_VIEW_ALL));
    Page<TimeBookingRow> first = read(TimeBookingFilter.ALL, new PageRequest(0, 50));
    assertThat(first.totalExact()).isFalse();
    assertThat(first.total()).isEqualTo(50 + QueryFilter.TOTAL_LOOKAHEAD);
    Page<TimeBookingRow> later = read(TimeBookingFilter.ALL, new PageRequest(200, 50));
    assertThat(later.totalExact()).isTrue();
    assertThat(later.total()).isEqualTo(BOOKINGS + QueryFilter.TOTAL_LOOKAHEAD + 100);
    Page<TimeBookingRow> last =
        read(new TimeBookingFilter(null, null, null, DAY.minusDays(30)), new PageRequest(1050, 50));
    assertThat(last.totalExact()).isTrue();
    assertThat(last.total()).isEqualTo(QueryFilter.TOTAL_LOOKAHEAD + 100);
    assertThat(last.items()).hasSize(50);
  }

  @Test
  void datesTheWrongWayRoundAreRefused() {
    caller.actAs(TestCaller.person(1L, TIME_VIEW_ALL));
    assertThatThrownBy(
            () ->
                bookings.rows(
                    new TimeBookingFilter(null, null, DAY, DAY.minusDays(1)), PageRequest.first(5)))
        .isInstanceOf(Invalid.class);
  }

  /** Whether each employee's bookings in the list may be changed; absent when not listed. */
  private Map<Long, Boolean> editableByEmployee() {
    Map<Long, Boolean> editable = new LinkedHashMap<>();
    for (TimeBookingRow row : read(TimeBookingFilter.ALL, new PageRequest(0, 50)).items()) {
      assertThat(row.mayDelete()).as("booking " + row.id()).isEqualTo(row.mayEdit());
      Boolean before = editable.put(row.employeeId(), row.mayEdit());
      assertThat(before).as("booking " + row.id()).isIn(null, row.mayEdit());
    }
    return editable;
  }

  private Page<TimeBookingRow> read(TimeBookingFilter filter, PageRequest page) {
    return db.inTransaction(() -> bookings.rows(filter, page));
  }

  /** Every id of the list walked with the cursor, page after page. */
  private List<Long> walk(TimeBookingFilter filter) {
    List<Long> ids = new ArrayList<>();
    Long after = 0L;
    while (after != null) {
      Page<TimeBookingRow> read = read(filter, new PageRequest(0, 4, after));
      read.items().forEach(r -> ids.add(r.id()));
      after = read.next();
    }
    return ids;
  }

  private static long employeeOf(long booking) {
    return 1 + booking % 4;
  }

  private static long projectOf(long booking) {
    return 1 + booking % 2;
  }

  private static Grant inDepartments(Long ownEmployeeId, Set<String> departments) {
    return lead(ownEmployeeId, EmployeeScope.departments(departments), Map.of(), TIME_VIEW_ALL);
  }

  /** Employee {@code own}, who sees everyone's bookings and books for themselves and Sales. */
  private static Grant bookingForSales(long own) {
    return lead(
        own,
        EmployeeScope.ALL,
        Map.of(TIME_BOOK_OTHERS, EmployeeScope.departments(Set.of("Sales"))),
        TIME_BOOK_OWN,
        TIME_VIEW_ALL,
        TIME_BOOK_OTHERS);
  }

  /** A team lead whose rights reach {@code scope}, or the narrower {@code scopes} per right. */
  private static Grant lead(
      Long ownEmployeeId,
      EmployeeScope scope,
      Map<Permission, EmployeeScope> scopes,
      Permission... permissions) {
    return new Grant(
        Grant.Kind.USER,
        9,
        "team lead",
        Set.of(permissions),
        ownEmployeeId,
        scope,
        Grant.Credential.WEB_SESSION,
        null,
        scopes);
  }

  private void sql(String statement) {
    db.inTransaction(() -> db.em().createNativeQuery(statement).executeUpdate());
  }
}
