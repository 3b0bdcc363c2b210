package org.teamward.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.teamward.access.rights.Permission.ABSENCE_MANAGE;
import static org.teamward.access.rights.Permission.ABSENCE_REQUEST;
import static org.teamward.access.rights.Permission.ABSENCE_VIEW;
import static org.teamward.access.rights.Permission.ABSENCE_VIEW_DETAILS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestCaller;
import org.teamward.failure.NotFound;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.persistence.TestDatabase;

/**
 * The absence lists, read in SQL as rows, hold exactly the absences the caller may open one by one,
 * each exactly as the caller gets it alone: the same privacy (others' rejected and cancelled
 * requests only for their managers, the reason only with ABSENCE_VIEW_DETAILS or for oneself) and
 * the same actions, for every kind of caller and filter.
 */
class AbsenceRowsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final int ABSENCES = 48;

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final Absences absences = new Absences();

  @BeforeEach
  void setUp() {
    absences.em = db.em();
    absences.caller = caller;
    absences.policy = new AbsencePolicy();
    // noon in UTC is already tomorrow on Kiritimati, where Cid lives
    absences.clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    // Ann (1) and Bob (2) in Sales, Cid (3) in Ops, Dan (4) in no department, with a zone that
    // does not exist. Absence x is employee 1 + x % 4's, in the status (x / 4) % 4 names, two
    // days long, starting 4 days ago, tomorrow or in 6 days (x % 3), a sickness for even x.
    sql(
        "INSERT INTO employee (id, version, personnel_number, first_name, last_name, department,"
            + " time_zone, active) VALUES (1, 0, 'P1', 'Ann', 'A', 'Sales', 'UTC', true),"
            + " (2, 0, 'P2', 'Bob', 'B', 'Sales', 'Europe/Berlin', true),"
            + " (3, 0, 'P3', 'Cid', 'C', 'Ops', 'Pacific/Kiritimati', true),"
            + " (4, 0, 'P4', 'Dan', 'D', NULL, 'Nowhere/Else', true)");
    sql(
        "INSERT INTO absence (id, version, employee_id, absence_type, start_date, end_date,"
            + " start_half_day, end_half_day, status, note, medical_certificate, decided_at,"
            + " created_at) SELECT X, MOD(X, 3), 1 + MOD(X, 4),"
            + " CASE WHEN MOD(X, 2) = 0 THEN 'SICKNESS' ELSE 'ANNUAL_LEAVE' END,"
            + " DATEADD(DAY, MOD(X, 3) * 5 - 4, DATE '2026-03-02'),"
            + " DATEADD(DAY, MOD(X, 3) * 5 - 3, DATE '2026-03-02'), MOD(X, 5) = 0, false,"
            + " CASE MOD(X / 4, 4) WHEN 0 THEN 'REQUESTED' WHEN 1 THEN 'APPROVED'"
            + " WHEN 2 THEN 'REJECTED' ELSE 'CANCELLED' END, 'Note ' || X, MOD(X, 2) = 0,"
            + " CASE WHEN MOD(X / 4, 4) = 0 THEN NULL"
            + " ELSE TIMESTAMP WITH TIME ZONE '2026-02-01 10:00:00+01:00' END,"
            + " TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00:00'"
            + " FROM SYSTEM_RANGE(1, "
            + ABSENCES
            + ")");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theListsHoldWhatEachCallerMayOpenExactlyAsTheyOpenIt() {
    Map<String, Grant> callers = new LinkedHashMap<>();
    callers.put("own, requesting", TestCaller.person(1L, ABSENCE_REQUEST));
    callers.put("own, no rights", TestCaller.person(1L));
    callers.put("sees who is away", TestCaller.person(1L, ABSENCE_VIEW));
    callers.put("sees why", TestCaller.person(1L, ABSENCE_REQUEST, ABSENCE_VIEW_DETAILS));
    callers.put("manages everyone", TestCaller.person(1L, ABSENCE_REQUEST, ABSENCE_MANAGE));
    callers.put("no employee, manages", TestCaller.person(null, ABSENCE_MANAGE));
    callers.put(
        "sees everyone, manages Sales",
        person(
            3L,
            EmployeeScope.ALL,
            Map.of(ABSENCE_MANAGE, EmployeeScope.departments(Set.of("Sales"))),
            ABSENCE_REQUEST,
            ABSENCE_VIEW,
            ABSENCE_MANAGE));
    callers.put(
        "Sales lead",
        person(
            3L,
            EmployeeScope.departments(Set.of("Sales")),
            Map.of(),
            ABSENCE_REQUEST,
            ABSENCE_MANAGE,
            ABSENCE_VIEW_DETAILS));
    callers.put(
        "terminal seeing why",
        TestCaller.terminal(db, Set.of(2L, 4L), ABSENCE_VIEW, ABSENCE_VIEW_DETAILS));
    callers.put("terminal managing", TestCaller.terminal(db, Set.of(3L), ABSENCE_MANAGE));
    callers.put("terminal, nobody chosen", TestCaller.terminal(db, Set.of(), ABSENCE_VIEW));
    Map<String, AbsenceFilter> filters = new LinkedHashMap<>();
    filters.put("all", AbsenceFilter.ALL);
    filters.put("Bob", new AbsenceFilter(2L, null, null, null));
    filters.put("rejected", new AbsenceFilter(null, null, null, AbsenceStatus.REJECTED));
    filters.put("this week", new AbsenceFilter(null, TODAY, TODAY.plusDays(4), null));
    int compared = 0;
    int withheld = 0;
    for (Map.Entry<String, Grant> who : callers.entrySet()) {
      caller.actAs(who.getValue());
      Map<Long, AbsenceView> opened = openable();
      for (Map.Entry<String, AbsenceFilter> narrowing : filters.entrySet()) {
        AbsenceFilter filter = narrowing.getValue();
        Predicate<AbsenceView> keeps =
            a ->
                (filter.employeeId() == null || a.employeeId() == filter.employeeId())
                    && (filter.status() == null || a.status() == filter.status())
                    && (filter.from() == null || !a.to().isBefore(filter.from()))
                    && (filter.to() == null || !a.from().isAfter(filter.to()));
        String what = who.getKey() + ", " + narrowing.getKey();
        List<AbsenceView> listed = read(filter, new PageRequest(0, 100)).items();
        assertThat(listed)
            .as(what)
            .containsExactlyInAnyOrderElementsOf(opened.values().stream().filter(keeps).toList());
        assertThat(walk(filter))
            .as(what + ", by cursor")
            .containsExactlyInAnyOrderElementsOf(listed);
        compared += listed.size();
        withheld += (int) listed.stream().filter(a -> !a.detailsVisible()).count();
      }
      List<AbsenceView> away =
          db.inTransaction(
              () ->
                  absences
                      .absentBetween(TODAY, TODAY.plusDays(4), new PageRequest(0, 100))
                      .items());
      assertThat(away)
          .as(who.getKey() + ", who is away")
          .containsExactlyInAnyOrderElementsOf(
              opened.values().stream()
                  .filter(a -> AbsencePolicy.isShownToAll(a.status()))
                  .filter(a -> !a.to().isBefore(TODAY) && !a.from().isAfter(TODAY.plusDays(4)))
                  .toList());
    }
    assertThat(compared).as("the cases compare rows, not only empty pages").isGreaterThan(200);
    assertThat(withheld).as("some rows withhold the reason").isGreaterThan(20);
  }

  @Test
  void othersRejectedAndCancelledRequestsOnlyForTheirManagers() {
    caller.actAs(
        person(
            3L,
            EmployeeScope.ALL,
            Map.of(ABSENCE_MANAGE, EmployeeScope.departments(Set.of("Sales"))),
            ABSENCE_VIEW,
            ABSENCE_MANAGE));
    for (AbsenceView a : read(AbsenceFilter.ALL, new PageRequest(0, 100)).items()) {
      assertThat(AbsencePolicy.isShownToAll(a.status()) || a.employeeId() <= 3)
          .as("absence " + a.id() + " of employee " + a.employeeId() + ", " + a.status())
          .isTrue();
      assertThat(a.detailsVisible()).as("absence " + a.id()).isEqualTo(a.employeeId() == 3);
      assertThat(a.type() == null && a.note() == null && a.medicalCertificate() == null)
          .as("absence " + a.id())
          .isEqualTo(!a.detailsVisible());
    }
  }

  /** Every absence the caller may open alone, as they get it. */
  private Map<Long, AbsenceView> openable() {
    Map<Long, AbsenceView> opened = new LinkedHashMap<>();
    for (long id = 1; id <= ABSENCES; id++) {
      long absence = id;
      try {
        opened.put(id, db.inTransaction(() -> absences.get(absence)));
      } catch (NotFound hidden) {
        // not the caller's to see
      }
    }
    return opened;
  }

  private Page<AbsenceView> read(AbsenceFilter filter, PageRequest page) {
    return db.inTransaction(() -> absences.list(filter, page));
  }

  /** The list walked with the cursor, page after page. */
  private List<AbsenceView> walk(AbsenceFilter filter) {
    List<AbsenceView> all = new ArrayList<>();
    Long after = 0L;
    while (after != null) {
      Page<AbsenceView> page = read(filter, new PageRequest(0, 5, after));
      all.addAll(page.items());
      after = page.next();
    }
    return all;
  }

  private static Grant person(
      Long own,
      EmployeeScope scope,
      Map<Permission, EmployeeScope> scopes,
      Permission... permissions) {
    return new Grant(
        Grant.Kind.USER,
        9,
        "team lead",
        Set.of(permissions),
        own,
        scope,
        Grant.Credential.WEB_SESSION,
        null,
        scopes);
  }

  private void sql(String statement) {
    db.inTransaction(() -> db.em().createNativeQuery(statement).executeUpdate());
  }
}
