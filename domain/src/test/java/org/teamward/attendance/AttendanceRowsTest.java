package org.teamward.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.rights.Permission.ATTENDANCE_MANAGE;
import static org.teamward.access.rights.Permission.ATTENDANCE_VIEW_ALL;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.teamward.persistence.TestDatabase;

/**
 * The attendance list read as rows: whose records it holds for every kind of caller, its filters
 * and pages, what each row holds (its breaks too), and the policy's decisions each row carries.
 */
class AttendanceRowsTest {

  /** The latest check-in; record X checks in 5 X hours before it. */
  private static final Instant LATEST = Instant.parse("2026-03-02T08:00:00Z");

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private Attendance attendance;

  @BeforeEach
  void setUp() {
    attendance = new AttendanceBeans(db, caller, LATEST).attendance;
    // Ann and Bob in Sales, Cid in Ops, Dan in no department; 24 records of theirs in turn, three
    // still open, some delivered offline, two with breaks.
    sql(
        "INSERT INTO employee (id, version, personnel_number, first_name, last_name, department,"
            + " time_zone, active) VALUES (1, 0, 'P1', 'Ann', 'A', 'Sales', 'UTC', true),"
            + " (2, 0, 'P2', 'Bob', 'B', 'Sales', 'UTC', true),"
            + " (3, 0, 'P3', 'Cid', 'C', 'Ops', 'UTC', true),"
            + " (4, 0, 'P4', 'Dan', 'D', NULL, 'UTC', true)");
    sql(
        "INSERT INTO attendance_record (id, version, employee_id, check_in, check_out, category,"
            + " source, check_in_offline, check_out_offline)"
            + " SELECT X, MOD(X, 3), 1 + MOD(X, 4),"
            + " DATEADD(HOUR, -5 * X, TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00'),"
            + " CASE WHEN MOD(X, 7) = 0 THEN NULL ELSE DATEADD(HOUR, 4 - 5 * X,"
            + " TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00') END,"
            + " CASE MOD(X, 3) WHEN 0 THEN 'OFFICE' WHEN 1 THEN 'HOME_OFFICE' ELSE"
            + " 'EXTERNAL_WORK' END, CASE MOD(X, 3) WHEN 0 THEN 'WEB' WHEN 1 THEN 'API' ELSE"
            + " 'TERMINAL' END, MOD(X, 5) = 0, MOD(X, 6) = 0 FROM SYSTEM_RANGE(1, 24)");
    sql(
        "INSERT INTO attendance_break (record_id, break_start, break_end) VALUES"
            + " (2, TIMESTAMP WITH TIME ZONE '2026-03-01 23:00:00+00',"
            + " TIMESTAMP WITH TIME ZONE '2026-03-01 23:30:00+00'),"
            + " (7, TIMESTAMP WITH TIME ZONE '2026-03-01 06:00:00+00', NULL),"
            + " (2, TIMESTAMP WITH TIME ZONE '2026-03-01 22:00:00+00',"
            + " TIMESTAMP WITH TIME ZONE '2026-03-01 22:15:00+00')");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void eachCallerSeesTheRecordsInTheirScopeAndNoOthers() {
    assertThat(employees(TestCaller.person(1L, ATTENDANCE_CHECK_IN_OUT)))
        .as("own records only")
        .containsOnly(1L);
    assertThat(employees(TestCaller.person(1L, ATTENDANCE_VIEW_ALL)))
        .as("everyone")
        .containsOnly(1L, 2L, 3L, 4L);
    assertThat(employees(inSales(3L, ATTENDANCE_VIEW_ALL)))
        .as("own, and others in Sales; Dan in no department is out of scope")
        .containsOnly(1L, 2L, 3L);
    assertThat(employees(inSales(null, ATTENDANCE_MANAGE))).containsOnly(1L, 2L);
    assertThat(employees(TestCaller.terminal(db, Set.of(3L, 4L), ATTENDANCE_VIEW_ALL)))
        .as("an interface with chosen employees")
        .containsOnly(3L, 4L);
    assertThat(employees(TestCaller.terminal(db, Set.of(), ATTENDANCE_VIEW_ALL)))
        .as("an interface with nobody chosen")
        .isEmpty();
    assertThat(employees(TestCaller.terminal(db, Set.of(3L), ATTENDANCE_CHECK_IN_OUT)))
        .as("a terminal clocks, but reads no attendance lists")
        .isEmpty();
  }

  @Test
  void eachRowCarriesThePolicysDecisionsForTheCaller() {
    AttendancePolicy policy = new AttendancePolicy();
    Map<String, Grant> callers =
        Map.of(
            "checks in and out only", TestCaller.person(1L, ATTENDANCE_CHECK_IN_OUT),
            "sees all", TestCaller.person(1L, ATTENDANCE_VIEW_ALL),
            "manages all", TestCaller.person(1L, ATTENDANCE_MANAGE),
            "sees all, manages Sales", managesSalesSeesAll(3L),
            "an interface that manages chosen",
                TestCaller.terminal(db, Set.of(2L, 4L), ATTENDANCE_MANAGE));
    int allowed = 0;
    for (Map.Entry<String, Grant> who : callers.entrySet()) {
      caller.actAs(who.getValue());
      for (AttendanceRow row : all()) {
        AttendanceRecord record = db.em().find(AttendanceRecord.class, row.id());
        assertThat(row.mayCorrect())
            .as(who.getKey() + ", record " + row.id())
            .isEqualTo(policy.canCorrect(who.getValue(), record).allowed());
        assertThat(row.mayDelete())
            .as(who.getKey() + ", record " + row.id())
            .isEqualTo(policy.canDelete(who.getValue(), record).allowed());
        allowed += row.mayCorrect() ? 1 : 0;
      }
    }
    assertThat(allowed).as("the cases allow some rows, not none").isGreaterThan(20);

    caller.actAs(managesSalesSeesAll(3L));
    assertThat(all())
        .as("a manager of Sales changes Sales' records and their own, not Dan's they only see")
        .allSatisfy(r -> assertThat(r.mayCorrect()).isEqualTo(r.employeeId() != 4));
  }

  @Test
  void aRowHoldsWhatItsRecordHolds() {
    caller.actAs(TestCaller.person(1L, ATTENDANCE_MANAGE));
    List<AttendanceRow> rows = all();
    assertThat(rows).hasSize(24);
    for (AttendanceRow row : rows) {
      AttendanceRow entity =
          AttendanceRow.of(
              db.em().find(AttendanceRecord.class, row.id()), row.mayCorrect(), row.mayDelete());
      assertThat(values(row)).as("record " + row.id()).isEqualTo(values(entity));
      assertThat(row.open()).isEqualTo(row.id() % 7 == 0);
    }
    AttendanceRow twoBreaks = rows.stream().filter(r -> r.id() == 2).findFirst().orElseThrow();
    assertThat(twoBreaks.breaks())
        .extracting(AttendanceBreak::getStart)
        .as("in order of their start")
        .containsExactly(
            Instant.parse("2026-03-01T22:00:00Z"), Instant.parse("2026-03-01T23:00:00Z"));
    assertThat(twoBreaks.worked(LATEST)).isEqualTo(java.time.Duration.ofMinutes(4 * 60 - 45));
    AttendanceRow onBreak = rows.stream().filter(r -> r.id() == 7).findFirst().orElseThrow();
    assertThat(onBreak.onBreak()).isTrue();
    assertThat(onBreak.open()).isTrue();
    assertThat(onBreak.likelyForgotten(LATEST)).as("open for 35 hours").isTrue();
  }

  @Test
  void theFiltersNarrowByEmployeeAndCheckInTime() {
    caller.actAs(TestCaller.person(1L, ATTENDANCE_VIEW_ALL));
    assertThat(list(new AttendanceFilter(2L, null, null), PageRequest.first(50)).items())
        .extracting(AttendanceRow::employeeId)
        .hasSize(6)
        .containsOnly(2L);
    Instant from = LATEST.minus(20, ChronoUnit.HOURS);
    Instant to = LATEST.minus(5, ChronoUnit.HOURS);
    assertThat(list(new AttendanceFilter(null, from, to), PageRequest.first(50)).items())
        .as("from inclusive, to exclusive")
        .extracting(AttendanceRow::id)
        .containsExactly(2L, 3L, 4L);
    assertThat(list(new AttendanceFilter(4L, from, to), PageRequest.first(50)).items())
        .extracting(AttendanceRow::id)
        .containsExactly(3L);
    assertThatThrownBy(() -> attendance.list(new AttendanceFilter(null, to, from), first()))
        .isInstanceOf(Invalid.class);
  }

  @Test
  void pagesFollowTheLatestCheckInFirstAndTheCursorWalksEveryRecordOnce() {
    caller.actAs(TestCaller.person(1L, ATTENDANCE_VIEW_ALL));
    List<Long> latestFirst = all().stream().map(AttendanceRow::id).toList();
    assertThat(latestFirst).isSortedAccordingTo(Comparator.naturalOrder()).hasSize(24);

    Page<AttendanceRow> second = list(AttendanceFilter.ALL, new PageRequest(5, 5));
    assertThat(second.items()).extracting(AttendanceRow::id).containsExactly(6L, 7L, 8L, 9L, 10L);
    assertThat(second.total()).isEqualTo(24);
    assertThat(second.totalExact()).isTrue();
    assertThat(list(AttendanceFilter.ALL, new PageRequest(25, 5)).items()).isEmpty();

    List<Long> walked = new ArrayList<>();
    Long after = 0L;
    while (after != null) {
      Page<AttendanceRow> page = list(AttendanceFilter.ALL, new PageRequest(0, 5, after));
      page.items().forEach(r -> walked.add(r.id()));
      after = page.next();
    }
    assertThat(walked).containsExactlyElementsOf(latestFirst);
  }

  @Test
  void aPageCostsTheSameFewStatementsHoweverManyRowsAndBreaksItHolds() {
    caller.actAs(TestCaller.person(1L, ATTENDANCE_VIEW_ALL));
    assertThat(db.statements(() -> list(AttendanceFilter.ALL, PageRequest.first(50))))
        .as("the count, the rows and their breaks")
        .isEqualTo(3);
  }

  private List<Long> employees(Grant grant) {
    caller.actAs(grant);
    return all().stream().map(AttendanceRow::employeeId).toList();
  }

  private List<AttendanceRow> all() {
    return list(AttendanceFilter.ALL, PageRequest.first(50)).items();
  }

  private Page<AttendanceRow> list(AttendanceFilter filter, PageRequest page) {
    return db.inTransaction(() -> attendance.list(filter, page));
  }

  private static PageRequest first() {
    return PageRequest.first(50);
  }

  /** A row's values, its breaks as their times: a break has no value equality. */
  private static List<Object> values(AttendanceRow r) {
    List<Object> values = new ArrayList<>();
    for (var component : AttendanceRow.class.getRecordComponents()) {
      try {
        values.add(component.getAccessor().invoke(r));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    values.set(10, r.breaks().stream().map(b -> b.getStart() + "–" + b.getEnd()).toList());
    return values;
  }

  private static Grant inSales(Long ownEmployeeId, Permission permission) {
    return new Grant(
        Grant.Kind.USER,
        9,
        "team lead",
        Set.of(permission),
        ownEmployeeId,
        EmployeeScope.departments(Set.of("Sales")),
        Grant.Credential.WEB_SESSION,
        null);
  }

  /** Sees everyone's attendance, and manages Sales' only. */
  private static Grant managesSalesSeesAll(Long ownEmployeeId) {
    return new Grant(
        Grant.Kind.USER,
        9,
        "sales manager",
        Set.of(ATTENDANCE_VIEW_ALL, ATTENDANCE_MANAGE),
        ownEmployeeId,
        EmployeeScope.ALL,
        Grant.Credential.WEB_SESSION,
        null,
        Map.of(ATTENDANCE_MANAGE, EmployeeScope.departments(Set.of("Sales"))));
  }

  private void sql(String statement) {
    db.inTransaction(() -> db.em().createNativeQuery(statement).executeUpdate());
  }
}
