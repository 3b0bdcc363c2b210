package org.teamward.access.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.PROJECT_VIEW;
import static org.teamward.access.rights.Permission.TIME_BOOK_OWN;
import static org.teamward.access.rights.Permission.USER_MANAGE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserFilter;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.accounts.UserPolicy;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestCaller;
import org.teamward.failure.Forbidden;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.persistence.TestDatabase;

/**
 * The account list read as rows: what each row holds (its employee and groups too), the text and
 * status filters, the order and pages, and the policy's decision each row carries.
 */
class UserRowsTest {

  private final TestDatabase db = new TestDatabase();
  private final TestCaller caller = new TestCaller();
  private final Users users = new Users();

  @BeforeEach
  void setUp() {
    users.em = db.em();
    users.caller = caller;
    users.policy = new UserPolicy();
    sql(
        "INSERT INTO employee (id, version, personnel_number, first_name, last_name, department,"
            + " time_zone, active) VALUES (1, 0, 'P1', 'Ann', 'A', 'Sales', 'UTC', true),"
            + " (2, 0, 'P2', 'Bob', 'B', 'Sales', 'UTC', true)");
    // Admins hold every right the test needs, Staff one, Empty none.
    sql(
        "INSERT INTO user_group (id, version, name, description) VALUES"
            + " (1, 0, 'Admins', NULL), (2, 0, 'Staff', NULL), (3, 0, 'Empty', NULL)");
    sql(
        "INSERT INTO user_group_permission (group_id, permission) VALUES (1, 'USER_MANAGE'),"
            + " (1, 'PROJECT_VIEW'), (1, 'TIME_BOOK_OWN'), (2, 'TIME_BOOK_OWN')");
    // Twelve accounts whose e-mail order is the reverse of their ids; one of them has a '%' in
    // its name, the first two are employees, every fourth is inactive.
    sql(
        "INSERT INTO user_account (id, version, email, display_name, must_change_password, active,"
            + " employee_id, totp_enabled, created_at, sso_mode)"
            + " SELECT X, MOD(X, 3), 'm' || (100 - X) || '@example.com',"
            + " CASE WHEN X = 12 THEN 'Per%cent' ELSE 'Person ' || X END, false, MOD(X, 4) <> 0,"
            + " CASE WHEN X <= 2 THEN X END, MOD(X, 2) = 0,"
            + " DATEADD(HOUR, X, TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00'),"
            + " CASE MOD(X, 3) WHEN 0 THEN 'DISABLED' WHEN 1 THEN 'ALLOWED' ELSE 'ENFORCED' END"
            + " FROM SYSTEM_RANGE(1, 12)");
    sql(
        "INSERT INTO user_group_member (user_id, group_id)"
            + " SELECT X, 2 FROM SYSTEM_RANGE(1, 12) WHERE MOD(X, 2) = 1"
            + " UNION SELECT X, 3 FROM SYSTEM_RANGE(1, 12) WHERE MOD(X, 3) = 0"
            + " UNION SELECT X, 1 FROM SYSTEM_RANGE(1, 12) WHERE X IN (1, 6)");
    caller.actAs(TestCaller.person(null, USER_MANAGE));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aRowHoldsWhatItsAccountHolds() {
    List<UserRow> rows = all();
    assertThat(rows).hasSize(12);
    for (UserRow row : rows) {
      UserAccount user = db.em().find(UserAccount.class, row.id());
      assertThat(row)
          .as("account " + row.id())
          .isEqualTo(
              new UserRow(
                  user.getId(),
                  user.getVersion(),
                  user.getEmail(),
                  user.getDisplayName(),
                  user.getEmployee() == null ? null : user.getEmployee().getId(),
                  user.getEmployee() == null ? null : user.getEmployee().getFullName(),
                  user.isActive(),
                  user.isTotpEnabled(),
                  user.getSsoMode(),
                  user.getCreatedAt(),
                  user.getGroups().stream().map(UserGroup::getId).sorted().toList(),
                  user.getGroups().stream().map(UserGroup::getName).sorted().toList(),
                  row.mayEdit()));
    }
    UserRow six = rows.stream().filter(r -> r.id() == 6).findFirst().orElseThrow();
    assertThat(six.groups()).containsExactly(1L, 3L);
    assertThat(six.groupNames()).as("by name").containsExactly("Admins", "Empty");
    assertThat(rows.stream().filter(r -> r.id() == 1).findFirst().orElseThrow().employeeName())
        .isEqualTo("Ann A");
  }

  @Test
  void eachRowCarriesThePolicysDecisionForTheCaller() {
    UserPolicy policy = new UserPolicy();
    Map<String, Grant> callers =
        Map.of(
            "holds every right", TestCaller.person(null, Permission.values()),
            "manages accounts and books time", TestCaller.person(null, USER_MANAGE, TIME_BOOK_OWN),
            "manages accounts only", TestCaller.person(null, USER_MANAGE),
            "manages accounts and sees projects",
                TestCaller.person(null, USER_MANAGE, PROJECT_VIEW, TIME_BOOK_OWN));
    for (Map.Entry<String, Grant> who : callers.entrySet()) {
      caller.actAs(who.getValue());
      for (UserRow row : all()) {
        UserAccount user = db.em().find(UserAccount.class, row.id());
        assertThat(row.mayEdit())
            .as(who.getKey() + ", account " + row.id())
            .isEqualTo(policy.canEdit(who.getValue(), user).allowed());
      }
    }
    caller.actAs(TestCaller.person(null, USER_MANAGE, TIME_BOOK_OWN));
    assertThat(all())
        .as("all but the two administrators, whose rights the caller lacks")
        .allSatisfy(r -> assertThat(r.mayEdit()).isEqualTo(r.id() != 1 && r.id() != 6));
    caller.actAs(TestCaller.person(null, USER_MANAGE));
    assertThat(all())
        .as("only accounts without rights: in no group, or in groups without any")
        .filteredOn(UserRow::mayEdit)
        .extracting(UserRow::id)
        .containsExactlyInAnyOrder(2L, 4L, 8L, 10L, 12L);

    caller.actAs(TestCaller.person(null, TIME_BOOK_OWN));
    assertThatThrownBy(this::all).isInstanceOf(Forbidden.class);
  }

  @Test
  void theFiltersMatchEmailOrNameAndTheStatus() {
    assertThat(ids(new UserFilter("M95@EXAMPLE", null))).as("case-insensitive").containsExactly(5L);
    assertThat(ids(new UserFilter(" person 1", null)))
        .as("part of the name, trimmed")
        .containsExactly(11L, 10L, 1L);
    assertThat(ids(new UserFilter("%", null))).as("a wildcard is a character").containsExactly(12L);
    assertThat(ids(new UserFilter(null, false))).containsExactly(12L, 8L, 4L);
    assertThat(ids(new UserFilter("person", true))).hasSize(9).doesNotContain(4L, 8L, 12L);
    assertThat(ids(new UserFilter("  ", null))).as("a blank text matches all").hasSize(12);
  }

  @Test
  void pagesFollowTheEmailAndTheCursorWalksEveryAccountOnce() {
    List<Long> byEmail = all().stream().map(UserRow::id).toList();
    assertThat(byEmail).isSortedAccordingTo(Comparator.reverseOrder()).hasSize(12);

    Page<UserRow> second = list(new UserFilter(null, null), new PageRequest(5, 5));
    assertThat(second.items()).extracting(UserRow::id).containsExactly(7L, 6L, 5L, 4L, 3L);
    assertThat(second.total()).isEqualTo(12);
    assertThat(second.totalExact()).isTrue();
    assertThat(list(new UserFilter(null, null), new PageRequest(15, 5)).items()).isEmpty();

    List<Long> walked = new ArrayList<>();
    Long after = 0L;
    while (after != null) {
      Page<UserRow> page = list(new UserFilter(null, null), new PageRequest(0, 5, after));
      page.items().forEach(r -> walked.add(r.id()));
      after = page.next();
    }
    assertThat(walked).as("in id order").isSorted().containsExactlyInAnyOrderElementsOf(byEmail);
  }

  @Test
  void aPageCostsTheSameFewStatementsHoweverManyGroupsItsAccountsHold() {
    assertThat(db.statements(this::all)).as("the count, the rows and their groups").isEqualTo(3);
  }

  private List<Long> ids(UserFilter filter) {
    return list(filter, PageRequest.first(50)).items().stream().map(UserRow::id).toList();
  }

  private List<UserRow> all() {
    return list(new UserFilter(null, null), PageRequest.first(50)).items();
  }

  private Page<UserRow> list(UserFilter filter, PageRequest page) {
    return db.inTransaction(() -> users.list(filter, page));
  }

  private void sql(String statement) {
    db.inTransaction(() -> db.em().createNativeQuery(statement).executeUpdate());
  }
}
