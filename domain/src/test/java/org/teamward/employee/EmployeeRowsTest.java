package org.teamward.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.teamward.access.rights.Permission.EMPLOYEE_MANAGE;
import static org.teamward.access.rights.Permission.EMPLOYEE_VIEW;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.TestCaller;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.PagedReads;
import org.teamward.persistence.TestDatabase;

/**
 * The people list, read in SQL as rows for the web's table and the API: it holds exactly the people
 * each caller may open one by one and the filter lets through, by name, in pages and after cursors,
 * each row as its entity holds it and with the policy's decision to edit that very person.
 */
class EmployeeRowsTest {

  private static final int EMPLOYEES = 16;

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final Employees employees = new Employees();
  private final EmployeePolicy policy = new EmployeePolicy();

  @BeforeEach
  void setUp() {
    employees.em = db.em();
    employees.caller = caller;
    employees.policy = policy;
    // Employee x: in Sales, Ops or no department (x % 3), inactive for every fourth, named from
    // few first and last names so that the order needs all three keys; 2 to 16 report to 1 + x % 2.
    sql(
        "INSERT INTO employee (id, version, personnel_number, first_name, last_name, email,"
            + " department, time_zone, active) SELECT X, MOD(X, 3), 'P' || X,"
            + " CASE MOD(X, 3) WHEN 0 THEN 'Eve' WHEN 1 THEN 'Bob' ELSE 'Åsa' END,"
            + " CASE MOD(X, 4) WHEN 0 THEN 'Meyer' WHEN 1 THEN 'Adams' WHEN 2 THEN 'Zorn'"
            + " ELSE 'Adams' END, CASE WHEN MOD(X, 5) = 0 THEN NULL ELSE 'p' || X || '@example.com'"
            + " END, CASE MOD(X, 3) WHEN 0 THEN 'Sales' WHEN 1 THEN 'Ops' ELSE NULL END,"
            + " CASE WHEN MOD(X, 2) = 0 THEN 'UTC' ELSE 'Europe/Berlin' END, MOD(X, 4) <> 0"
            + " FROM SYSTEM_RANGE(1, "
            + EMPLOYEES
            + ")");
    sql("UPDATE employee SET line_manager_id = 1 + MOD(id, 2) WHERE id > 2");
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** A filter and which people it lets through. */
  private record Narrowing(EmployeeFilter filter, Predicate<Employee> keeps) {}

  @Test
  void eachCallersListHoldsThePeopleThePolicyLetsThemOpenAndTheFilterLetsThrough() {
    Map<String, Grant> callers =
        Map.of(
            "own record only", TestCaller.person(2L),
            "sees everyone", TestCaller.person(2L, EMPLOYEE_VIEW),
            "manages everyone, no record of their own", TestCaller.person(null, EMPLOYEE_MANAGE),
            "sees Sales", TestCaller.inDepartments(2L, Set.of("Sales"), EMPLOYEE_VIEW),
            "manages Ops and Sales",
                TestCaller.inDepartments(null, Set.of("Ops", "Sales"), EMPLOYEE_MANAGE),
            "a department of nobody",
                TestCaller.inDepartments(null, Set.of("Nobody"), EMPLOYEE_VIEW),
            "chosen employees", TestCaller.terminal(db, Set.of(3L, 4L, 7L), EMPLOYEE_VIEW),
            "nobody chosen", TestCaller.terminal(db, Set.of(), EMPLOYEE_VIEW));
    List<Narrowing> filters =
        List.of(
            new Narrowing(EmployeeFilter.ALL, e -> true),
            new Narrowing(text("EV"), e -> e.getFirstName().equals("Eve")),
            new Narrowing(text(" adam "), e -> e.getLastName().equals("Adams")),
            new Narrowing(text("p1"), e -> e.getPersonnelNumber().startsWith("P1")),
            new Narrowing(text("å"), e -> e.getFirstName().equals("Åsa")),
            new Narrowing(text("%"), e -> false),
            new Narrowing(new EmployeeFilter(null, "Sales", null), e -> in(e, "Sales")),
            new Narrowing(new EmployeeFilter(null, null, true), Employee::isActive),
            new Narrowing(new EmployeeFilter(null, null, false), e -> !e.isActive()),
            new Narrowing(
                new EmployeeFilter("e", "Ops", true),
                e -> in(e, "Ops") && e.isActive() && named(e, "e")));
    int compared = 0;
    for (Map.Entry<String, Grant> who : callers.entrySet()) {
      caller.actAs(who.getValue());
      for (Narrowing narrowing : filters) {
        String what = who.getKey() + ", " + narrowing.filter();
        List<Long> expected =
            everyone()
                .filter(e -> policy.canView(who.getValue(), e).allowed())
                .filter(narrowing.keeps())
                .sorted(BY_NAME)
                .map(Employee::getId)
                .toList();
        Page<EmployeeRow> all = read(narrowing.filter(), new PageRequest(0, 50));
        assertThat(all.items()).as(what).extracting(EmployeeRow::id).isEqualTo(expected);
        assertThat(all.total()).as(what).isEqualTo(expected.size());
        assertThat(all.totalExact()).as(what).isTrue();
        PagedReads.assertSlices(
            part -> read(narrowing.filter(), part),
            all.items(),
            what,
            new PageRequest(0, 3),
            new PageRequest(4, 3));
        assertThat(PagedReads.walk(part -> read(narrowing.filter(), part), 3, EmployeeRow::id))
            .as(what + ", by cursor: in id order")
            .isEqualTo(expected.stream().sorted().toList());
        compared += expected.size();
      }
    }
    assertThat(compared).as("the cases compare rows, not only empty pages").isGreaterThan(100);

    caller.actAs(TestCaller.person(2L));
    assertThat(read(EmployeeFilter.ALL, PageRequest.first(50)).items())
        .as("everyone sees their own record")
        .extracting(EmployeeRow::id)
        .containsExactly(2L);
    caller.actAs(TestCaller.inDepartments(2L, Set.of("Sales"), EMPLOYEE_VIEW));
    assertThat(read(EmployeeFilter.ALL, PageRequest.first(50)).items())
        .as("their own, in no department, and Sales")
        .extracting(EmployeeRow::id)
        .containsExactlyInAnyOrder(2L, 3L, 6L, 9L, 12L, 15L);
  }

  @Test
  void eachRowHoldsItsPersonAsTheEntityDoesWithThePolicysDecisionToEdit() {
    List<Grant> callers =
        List.of(
            TestCaller.person(2L),
            TestCaller.person(2L, EMPLOYEE_VIEW),
            TestCaller.person(2L, EMPLOYEE_VIEW, EMPLOYEE_MANAGE),
            TestCaller.narrowedTo(2L, Set.of("Sales"), EMPLOYEE_MANAGE, EMPLOYEE_VIEW),
            TestCaller.terminal(db, Set.of(3L, 4L), EMPLOYEE_MANAGE));
    int compared = 0;
    int editable = 0;
    for (Grant grant : callers) {
      caller.actAs(grant);
      for (EmployeeRow row : read(EmployeeFilter.ALL, PageRequest.first(50)).items()) {
        Employee e = db.inTransaction(() -> db.em().find(Employee.class, row.id()));
        assertThat(row)
            .as(grant.permissions() + ", employee " + row.id())
            .isEqualTo(EmployeeRow.of(e, policy.canEdit(grant, e).allowed()));
        compared++;
        editable += row.mayEdit() ? 1 : 0;
      }
    }
    assertThat(compared).isGreaterThan(40);
    assertThat(editable).as("the cases allow some rows, not none").isGreaterThan(10);

    caller.actAs(TestCaller.narrowedTo(2L, Set.of("Sales"), EMPLOYEE_MANAGE, EMPLOYEE_VIEW));
    assertThat(read(EmployeeFilter.ALL, PageRequest.first(50)).items())
        .as("a manager of Sales edits Sales and their own record, not others they only see")
        .allSatisfy(
            r -> assertThat(r.mayEdit()).isEqualTo("Sales".equals(r.department()) || r.id() == 2));
    caller.actAs(TestCaller.person(2L));
    assertThat(read(EmployeeFilter.ALL, PageRequest.first(50)).items())
        .as("seeing one's own record is not editing it")
        .singleElement()
        .satisfies(r -> assertThat(r.mayEdit()).isFalse());
  }

  @Test
  void aRowNamesItsLineManagerAndAPageCostsTheCountAndTheRows() {
    caller.actAs(TestCaller.person(null, EMPLOYEE_VIEW));
    List<EmployeeRow> rows = read(EmployeeFilter.ALL, PageRequest.first(50)).items();
    EmployeeRow cid = rows.stream().filter(r -> r.id() == 3).findFirst().orElseThrow();
    assertThat(cid.lineManagerId()).isEqualTo(2L);
    assertThat(cid.lineManagerName()).isEqualTo("Åsa Zorn");
    assertThat(cid.lineManagerPersonnelNumber()).isEqualTo("P2");
    assertThat(rows.stream().filter(r -> r.id() == 1).findFirst().orElseThrow().lineManagerId())
        .isNull();
    assertThat(db.statements(() -> read(EmployeeFilter.ALL, PageRequest.first(50))))
        .as("the count and the rows, the line managers joined")
        .isEqualTo(2);
  }

  private static final Comparator<Employee> BY_NAME =
      Comparator.comparing(Employee::getLastName)
          .thenComparing(Employee::getFirstName)
          .thenComparing(Employee::getId);

  private Stream<Employee> everyone() {
    return db
        .inTransaction(
            () -> db.em().createQuery("select e from Employee e", Employee.class).getResultList())
        .stream();
  }

  private static EmployeeFilter text(String text) {
    return new EmployeeFilter(text, null, null);
  }

  private static boolean in(Employee e, String department) {
    return department.equals(e.getDepartment());
  }

  private static boolean named(Employee e, String part) {
    return Stream.of(e.getFirstName(), e.getLastName(), e.getPersonnelNumber())
        .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(part));
  }

  private Page<EmployeeRow> read(EmployeeFilter filter, PageRequest page) {
    return db.inTransaction(() -> employees.list(filter, page));
  }

  private void sql(String statement) {
    db.inTransaction(() -> db.em().createNativeQuery(statement).executeUpdate());
  }
}
