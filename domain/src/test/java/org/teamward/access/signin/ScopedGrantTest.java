package org.teamward.access.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.teamward.access.rights.Permission.ABSENCE_MANAGE;
import static org.teamward.access.rights.Permission.ABSENCE_REQUEST;
import static org.teamward.access.rights.Permission.ABSENCE_VIEW;
import static org.teamward.access.rights.Permission.ATTENDANCE_VIEW_ALL;
import static org.teamward.access.rights.Permission.EMPLOYEE_VIEW;
import static org.teamward.access.rights.Permission.TIME_BOOK_OWN;
import static org.teamward.access.rights.Permission.TIME_VIEW_ALL;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamward.absence.AbsencePolicy;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestGrants;
import org.teamward.attendance.AttendancePolicy;
import org.teamward.employee.Employee;
import org.teamward.time.TimeBookingPolicy;

/**
 * A person's grant is the union of their groups per permission: a team lead in "Employees"
 * (everyone) and "Team leads" (own department) sees everyone's absences but decides only those of
 * the own department, and sees only the own department's bookings and attendance. An access
 * authorisation's grant holds exactly its options for its scope.
 */
class ScopedGrantTest {

  private static final Employee LEAD = TestGrants.employee(1, "Engineering");
  private static final Employee COLLEAGUE = TestGrants.employee(2, "Engineering");
  private static final Employee SALES = TestGrants.employee(3, "Sales");
  private static final Employee NOBODY_KNOWS = TestGrants.employee(4, null);

  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private final TimeBookingPolicy bookings = new TimeBookingPolicy();
  private final AbsencePolicy absences = new AbsencePolicy();
  private final AttendancePolicy attendance = new AttendancePolicy();

  private static Grant teamLead() {
    Grants.GroupRights everyone =
        group(UserGroup.Scope.ALL, TIME_BOOK_OWN, ABSENCE_REQUEST, ABSENCE_VIEW);
    Grants.GroupRights team =
        group(UserGroup.Scope.OWN_DEPARTMENT, TIME_VIEW_ALL, ABSENCE_MANAGE, ATTENDANCE_VIEW_ALL);
    return Grants.forUser(
        new Grants.Owner(10, true, "Lead", LEAD.getId(), LEAD.getDepartment()),
        List.of(everyone, team),
        Grant.Credential.WEB_SESSION,
        null);
  }

  private static Grants.GroupRights group(UserGroup.Scope scope, Permission... permissions) {
    return new Grants.GroupRights(scope, EnumSet.of(permissions[0], permissions), Set.of());
  }

  private static Employee employee(String who) {
    return switch (who) {
      case "own" -> LEAD;
      case "colleague" -> COLLEAGUE;
      case "sales" -> SALES;
      default -> NOBODY_KNOWS;
    };
  }

  @ParameterizedTest(name = "team lead: {1} of {0} -> {2}")
  @CsvSource({
    "own,       view booking,    ALLOWED",
    "colleague, view booking,    ALLOWED",
    "sales,     view booking,    HIDDEN",
    "nobody,    view booking,    HIDDEN",
    "colleague, view attendance, ALLOWED",
    "sales,     view attendance, HIDDEN",
    "colleague, view absence,    ALLOWED",
    "sales,     view absence,    ALLOWED",
    "colleague, decide absence,  ALLOWED",
    "sales,     decide absence,  FORBIDDEN",
    "own,       decide absence,  FORBIDDEN",
  })
  void aTeamLeadReachesTheOwnDepartment(String who, String action, Decision expected) {
    Grant grant = teamLead();
    Employee employee = employee(who.trim());
    Decision actual =
        switch (action) {
          case "view booking" -> bookings.canView(grant, employee);
          case "view attendance" -> attendance.canView(grant, employee);
          case "view absence" -> absences.canView(grant, employee);
          case "decide absence" -> absences.canDecide(grant, employee);
          default -> throw new IllegalArgumentException(action);
        };
    assertThat(actual).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aTeamLeadSeesOthersOnlyWhereAGroupReachesThem() {
    Grant grant = teamLead();
    assertThat(absences.seesOthers(grant)).isTrue();
    assertThat(absences.detailsVisible(grant, COLLEAGUE)).isFalse();
    assertThat(absences.detailsVisible(grant, LEAD)).as("one's own reasons").isTrue();
    assertThat(attendance.othersVisible(grant))
        .isEqualTo(EmployeeScope.departments(Set.of("Engineering")));
  }

  /**
   * A manager whose managing right reaches another department only still manages their own record,
   * as the permission says, and no colleague outside that department.
   */
  @ParameterizedTest(name = "manager for Sales: {0} -> {1}")
  @CsvSource({"own, ALLOWED", "sales, ALLOWED", "colleague, HIDDEN"})
  void managingRightsFollowTheirOwnScope(String who, Decision expected) {
    Grant grant =
        new Grant(
            Grant.Kind.USER,
            10,
            "manager",
            EnumSet.of(Permission.ATTENDANCE_MANAGE, Permission.EMPLOYEE_MANAGE),
            LEAD.getId(),
            EmployeeScope.departments(Set.of("Sales")),
            Grant.Credential.WEB_SESSION,
            null);
    assertThat(attendance.canCorrect(grant, employee(who))).isEqualTo(expected);
    assertThat(new org.teamward.employee.EmployeePolicy().canEdit(grant, employee(who)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "scope of {0}")
  @CsvSource({
    "TIME_VIEW_ALL, false, Engineering",
    "ABSENCE_VIEW,  true,  ''",
    "EMPLOYEE_VIEW, false, ''",
  })
  void eachPermissionKeepsItsOwnScope(Permission permission, boolean all, String department) {
    EmployeeScope scope = teamLead().scopeOf(permission);
    assertThat(scope.all()).isEqualTo(all);
    assertThat(scope.departments()).isEqualTo(department.isEmpty() ? Set.of() : Set.of(department));
    assertThat(teamLead().has(EMPLOYEE_VIEW)).isFalse();
  }

  @ParameterizedTest(name = "interface with {0}, {1} -> view booking of {2}: {3}")
  @CsvSource({
    "DEPARTMENTS, Sales,       sales,     ALLOWED",
    "DEPARTMENTS, Sales,       colleague, HIDDEN",
    "ALL,         '',          colleague, ALLOWED",
  })
  void anInterfaceActsOnlyWithinItsScope(
      AccessAuthorisation.ScopeKind kind, String department, String who, Decision expected) {
    Grant grant =
        Grants.forInterface(
            new Grants.InterfaceRights(
                20,
                "Payroll export",
                kind,
                false,
                true,
                null,
                EnumSet.of(TIME_VIEW_ALL, Permission.API_ACCESS_MANAGE),
                department.isEmpty() ? Set.of() : Set.of(department),
                Set.of()),
            TODAY);
    assertThat(grant.kind()).isEqualTo(Grant.Kind.INTERFACE);
    assertThat(grant.permissions())
        .as("an interface never holds administration rights, whatever was stored")
        .containsExactly(TIME_VIEW_ALL);
    assertThat(bookings.canView(grant, employee(who))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "active {0}, expires {1}, revoked {2} -> usable {3}")
  @CsvSource({
    "true,  '',         false, true",
    "false, '',         false, false",
    "true,  2026-01-01, false, true",
    "true,  2025-12-31, false, false",
    "true,  '',         true,  false",
  })
  void inactiveExpiredAndRevokedAuthorisationsGrantNothing(
      boolean active, String expiresOn, boolean revoked, boolean usable) {
    LocalDate expires = expiresOn.isEmpty() ? null : LocalDate.parse(expiresOn);
    Grant grant =
        Grants.forInterface(
            new Grants.InterfaceRights(
                20,
                "Export",
                AccessAuthorisation.ScopeKind.ALL,
                revoked,
                active,
                expires,
                EnumSet.of(TIME_VIEW_ALL),
                Set.of(),
                Set.of()),
            TODAY);
    assertThat(grant.authenticated()).isEqualTo(usable);
    AccessAuthorisation entity = new AccessAuthorisation();
    entity.setActive(active);
    entity.setExpiresOn(expires);
    if (revoked) {
      entity.revoke(java.time.Instant.EPOCH);
    }
    assertThat(entity.isUsable(TODAY))
        .as("the entity's reading of the same rule")
        .isEqualTo(usable);
  }

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
    "all,         all,         true",
    "all,         Sales,       true",
    "Sales,       all,         false",
    "Sales|Eng,   Sales,       true",
    "Sales,       Sales|Eng,   false",
  })
  void aScopeCoversOnlyWhatItReaches(String holder, String given, boolean expected) {
    assertThat(scope(holder).covers(scope(given), Set.of())).isEqualTo(expected);
  }

  private static EmployeeScope scope(String text) {
    return text.equals("all")
        ? EmployeeScope.ALL
        : EmployeeScope.departments(Set.of(text.split("\\|")));
  }
}
