package org.teamward.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.TIME_BOOK_OWN;
import static org.teamward.access.rights.Permission.TIME_VIEW_ALL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.TestCaller;
import org.teamward.failure.Invalid;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;
import org.teamward.persistence.TestDatabase;
import org.teamward.project.ProjectPolicy;

/**
 * The booking list read as rows holds exactly what the entity list holds, in the same order, for
 * every kind of caller, filter and page: the two render one scope rule, in SQL and in JPQL.
 */
class TimeBookingRowsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final TimeBookings bookings = new TimeBookings();

  @BeforeEach
  void setUp() {
    bookings.em = db.em();
    bookings.caller = caller;
    bookings.policy = new TimeBookingPolicy();
    bookings.projectPolicy = new ProjectPolicy();
    // Ann and Bob in Sales, Cid in Ops, Dan in no department; two projects; 24 bookings over
    // four days, some with a start time and some with a duration only.
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
            + " FROM SYSTEM_RANGE(1, 24)");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void rowsHoldWhatTheEntityListHoldsForEveryCallerFilterAndPage() {
    Map<String, Grant> callers = new LinkedHashMap<>();
    callers.put("own bookings only", TestCaller.person(1L, TIME_BOOK_OWN));
    callers.put("everyone", TestCaller.person(1L, TIME_VIEW_ALL));
    callers.put("own and Sales", inDepartments(3L, Set.of("Sales")));
    callers.put("a department of nobody", inDepartments(null, Set.of("Nobody")));
    callers.put("chosen employees", TestCaller.terminal(db, Set.of(3L, 4L), TIME_VIEW_ALL));
    callers.put("nobody chosen", TestCaller.terminal(db, Set.of(), TIME_VIEW_ALL));
    List<TimeBookingFilter> filters =
        List.of(
            TimeBookingFilter.ALL,
            new TimeBookingFilter(2L, null, null, null),
            new TimeBookingFilter(null, 2L, null, null),
            new TimeBookingFilter(null, null, DAY.minusDays(2), DAY.minusDays(1)),
            new TimeBookingFilter(3L, 1L, DAY.minusDays(3), DAY));
    List<PageRequest> pages =
        List.of(new PageRequest(0, 5), new PageRequest(4, 5), new PageRequest(0, 50));
    int compared = 0;
    for (Map.Entry<String, Grant> who : callers.entrySet()) {
      caller.actAs(who.getValue());
      for (TimeBookingFilter filter : filters) {
        for (PageRequest page : pages) {
          String what = who.getKey() + ", " + filter + ", " + page;
          Page<TimeBookingRow> rows = db.inTransaction(() -> bookings.rows(filter, page));
          Page<TimeBookingRow> entities =
              db.inTransaction(() -> bookings.list(filter, page).map(TimeBookingRow::of));
          assertThat(rows).as(what).isEqualTo(entities);
          compared += rows.items().size();
        }
        assertThat(walk(filter, true))
            .as(who.getKey() + ", " + filter)
            .isEqualTo(walk(filter, false));
      }
    }
    assertThat(compared).as("the cases compare rows, not only empty pages").isGreaterThan(200);
  }

  @Test
  void theTotalIsExactUpToTheLookaheadPastThePageAsForEntities() {
    sql(
        "INSERT INTO time_booking (id, version, employee_id, project_id, booking_date,"
            + " duration_minutes, billable) SELECT 100 + X, 0, 1, 1, DATE '2026-01-01', 30, true"
            + " FROM SYSTEM_RANGE(1, "
            + (QueryFilter.TOTAL_LOOKAHEAD + 100)
            + ")");
    caller.actAs(TestCaller.person(1L, TIME_VIEW_ALL));
    for (PageRequest page : List.of(new PageRequest(0, 50), new PageRequest(100, 50))) {
      Page<TimeBookingRow> rows =
          db.inTransaction(() -> bookings.rows(TimeBookingFilter.ALL, page));
      Page<TimeBookingRow> entities =
          db.inTransaction(
              () -> bookings.list(TimeBookingFilter.ALL, page).map(TimeBookingRow::of));
      assertThat(rows).isEqualTo(entities);
    }
    Page<TimeBookingRow> first = bookings.rows(TimeBookingFilter.ALL, new PageRequest(0, 50));
    assertThat(first.totalExact()).isFalse();
    assertThat(first.total()).isEqualTo(50 + QueryFilter.TOTAL_LOOKAHEAD);
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

  /** Every id of the list walked with the cursor, page after page, as rows or as entities. */
  private List<Long> walk(TimeBookingFilter filter, boolean asRows) {
    List<Long> ids = new ArrayList<>();
    Long after = 0L;
    while (after != null) {
      PageRequest page = new PageRequest(0, 4, after);
      Page<TimeBookingRow> read =
          db.inTransaction(
              () ->
                  asRows
                      ? bookings.rows(filter, page)
                      : bookings.list(filter, page).map(TimeBookingRow::of));
      read.items().forEach(r -> ids.add(r.id()));
      after = read.next();
    }
    return ids;
  }

  private static Grant inDepartments(Long ownEmployeeId, Set<String> departments) {
    return new Grant(
        Grant.Kind.USER,
        9,
        "team lead",
        Set.of(TIME_VIEW_ALL),
        ownEmployeeId,
        EmployeeScope.departments(departments),
        Grant.Credential.WEB_SESSION,
        null);
  }

  private void sql(String statement) {
    db.inTransaction(() -> db.em().createNativeQuery(statement).executeUpdate());
  }
}
