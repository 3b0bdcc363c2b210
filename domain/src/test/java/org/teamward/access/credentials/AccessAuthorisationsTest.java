package org.teamward.access.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.ABSENCE_VIEW_DETAILS;
import static org.teamward.access.rights.Permission.API_ACCESS_MANAGE;
import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.rights.Permission.TIME_VIEW_ALL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestCaller;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.employee.Employee;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.persistence.TestDatabase;

/**
 * Access authorisations and the credential inventory against the real schema: what an administrator
 * may give, what the preview says, and what the inventory lists and revokes.
 */
class AccessAuthorisationsTest {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  TestDatabase db;
  TestCaller caller = new TestCaller();
  AccessAuthorisations authorisations = new AccessAuthorisations();
  CredentialInventory inventory = new CredentialInventory();
  Employee logistician;
  Employee seller;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    SecretTokens tokens = new SecretTokens("a-test-pepper-of-at-least-32-characters");
    authorisations.em = db.em();
    authorisations.caller = caller;
    authorisations.tokens = tokens;
    authorisations.clock = Clock.fixed(T0, ZoneOffset.UTC);
    inventory.em = db.em();
    inventory.caller = caller;
    inventory.clock = Clock.fixed(T0, ZoneOffset.UTC);
    logistician = employee("L-1", "Logistics");
    seller = employee("S-1", "Sales");
    caller.actAs(admin(EmployeeScope.ALL));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private Employee employee(String number, String department) {
    return db.inTransaction(
        () -> {
          Employee e = new Employee();
          e.setPersonnelNumber(number);
          e.setFirstName("Test");
          e.setLastName(number);
          e.setDepartment(department);
          db.em().persist(e);
          return e;
        });
  }

  private static Grant admin(EmployeeScope timeScope) {
    return new Grant(
        Grant.Kind.USER,
        1,
        "admin",
        EnumSet.of(API_ACCESS_MANAGE, TIME_VIEW_ALL, ATTENDANCE_CHECK_IN_OUT, ABSENCE_VIEW_DETAILS),
        null,
        EmployeeScope.ALL,
        Grant.Credential.WEB_SESSION,
        null,
        Map.of(TIME_VIEW_ALL, timeScope));
  }

  private static AccessAuthorisationDraft draft(
      Set<Permission> options,
      AccessAuthorisation.ScopeKind kind,
      Set<String> departments,
      Set<Long> employees,
      List<String> networks) {
    return new AccessAuthorisationDraft(
        "Terminal", null, options, null, kind, departments, employees, networks, true, null);
  }

  @Test
  void createsWithCanonicalNetworksAndAPasswordShownOnce() {
    CreatedAccessAuthorisation created =
        db.inTransaction(
            () ->
                authorisations.create(
                    draft(
                        Set.of(ATTENDANCE_CHECK_IN_OUT),
                        AccessAuthorisation.ScopeKind.DEPARTMENTS,
                        Set.of("Logistics"),
                        Set.of(),
                        List.of("10.20.3.4/16", "::1"))));
    assertThat(created.password()).startsWith("tw_aa_").hasSize(SecretTokens.LENGTH);
    assertThat(created.toString()).doesNotContain(created.password());
    AccessAuthorisation stored = authorisations.get(created.authorisation().getId());
    assertThat(stored.getAllowedNetworks()).containsExactlyInAnyOrder("10.20.0.0/16", "::1/128");
    assertThat(stored.getTokenDigest()).isNotEqualTo(created.password()).hasSize(64);
    assertThat(stored.scope()).isEqualTo(EmployeeScope.departments(Set.of("Logistics")));
  }

  @Test
  void refusesBadInputFieldByField() {
    assertThatThrownBy(
            () ->
                authorisations.create(
                    draft(
                        Set.of(TIME_VIEW_ALL),
                        AccessAuthorisation.ScopeKind.ALL,
                        Set.of(),
                        Set.of(),
                        List.of("10.0.0.0/8", "not-a-network"))))
        .isInstanceOfSatisfying(
            Invalid.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("allowedNetworks");
              assertThat(e.violations().get(0).message()).contains("not-a-network");
            });
    assertThatThrownBy(
            () ->
                authorisations.create(
                    draft(
                        Set.of(TIME_VIEW_ALL),
                        AccessAuthorisation.ScopeKind.EMPLOYEES,
                        Set.of(),
                        Set.of(-5L),
                        List.of())))
        .isInstanceOf(Invalid.class);
    assertThatThrownBy(
            () ->
                authorisations.create(
                    draft(
                        Set.of(API_ACCESS_MANAGE),
                        AccessAuthorisation.ScopeKind.ALL,
                        Set.of(),
                        Set.of(),
                        List.of())))
        .isInstanceOf(Invalid.class);
  }

  @Test
  void refusesWhatCouldNeverWork() {
    AccessAuthorisationDraft typo =
        draft(
            Set.of(ATTENDANCE_CHECK_IN_OUT),
            AccessAuthorisation.ScopeKind.DEPARTMENTS,
            Set.of("Logistics", "Logistic"),
            Set.of(),
            List.of());
    assertThatThrownBy(() -> db.inTransaction(() -> authorisations.create(typo)))
        .isInstanceOfSatisfying(
            Invalid.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Invalid.Violation(
                            "employeeScope", "no employee is in the department Logistic")));
    AccessAuthorisationDraft expired =
        withExpiry(T0.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1));
    assertThatThrownBy(() -> db.inTransaction(() -> authorisations.create(expired)))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("expiresOn"));
    assertThat(inventory.list(new CredentialInventory.Filter(null, null, null))).isEmpty();

    // the last day may be today; kept as it was, it may lie in the past by now
    LocalDate today = T0.atZone(ZoneOffset.UTC).toLocalDate();
    long id =
        db.inTransaction(() -> authorisations.create(withExpiry(today))).authorisation().getId();
    authorisations.clock = Clock.fixed(T0.plus(Duration.ofDays(3)), ZoneOffset.UTC);
    AccessAuthorisation renamed =
        db.inTransaction(() -> authorisations.update(id, null, withExpiry(today)));
    assertThat(renamed.getExpiresOn()).isEqualTo(today);
  }

  private static AccessAuthorisationDraft withExpiry(LocalDate lastDay) {
    return new AccessAuthorisationDraft(
        "Terminal",
        null,
        Set.of(ATTENDANCE_CHECK_IN_OUT),
        null,
        AccessAuthorisation.ScopeKind.DEPARTMENTS,
        Set.of("Sales"),
        Set.of(),
        List.of(),
        true,
        lastDay);
  }

  @Test
  void givesOnlyWhatTheAdministratorHoldsForAsManyEmployees() {
    caller.actAs(admin(EmployeeScope.departments(Set.of("Logistics"))));
    assertThatThrownBy(
            () ->
                authorisations.create(
                    draft(
                        Set.of(TIME_VIEW_ALL),
                        AccessAuthorisation.ScopeKind.ALL,
                        Set.of(),
                        Set.of(),
                        List.of())))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () ->
                authorisations.create(
                    draft(
                        Set.of(TIME_VIEW_ALL),
                        AccessAuthorisation.ScopeKind.EMPLOYEES,
                        Set.of(),
                        Set.of(seller.getId()),
                        List.of())))
        .as("a chosen employee outside the administrator's departments")
        .isInstanceOf(Forbidden.class);
    CreatedAccessAuthorisation inside =
        db.inTransaction(
            () ->
                authorisations.create(
                    draft(
                        Set.of(TIME_VIEW_ALL),
                        AccessAuthorisation.ScopeKind.EMPLOYEES,
                        Set.of(),
                        Set.of(logistician.getId()),
                        List.of())));
    assertThat(inside.authorisation().scope().employeeIds()).containsExactly(logistician.getId());
  }

  @Test
  void takingAnOptionAwayNeedsItToo() {
    long id =
        db.inTransaction(
                () ->
                    authorisations.create(
                        draft(
                            Set.of(TIME_VIEW_ALL, ATTENDANCE_CHECK_IN_OUT),
                            AccessAuthorisation.ScopeKind.ALL,
                            Set.of(),
                            Set.of(),
                            List.of())))
            .authorisation()
            .getId();
    caller.actAs(
        new Grant(
            Grant.Kind.USER,
            2,
            "lesser admin",
            EnumSet.of(API_ACCESS_MANAGE, TIME_VIEW_ALL),
            null,
            EmployeeScope.ALL,
            Grant.Credential.WEB_SESSION,
            null));
    assertThatThrownBy(
            () ->
                authorisations.update(
                    id,
                    null,
                    draft(
                        Set.of(TIME_VIEW_ALL),
                        AccessAuthorisation.ScopeKind.ALL,
                        Set.of(),
                        Set.of(),
                        List.of())))
        .isInstanceOf(Forbidden.class);
    AccessAuthorisation renamed =
        db.inTransaction(
            () ->
                authorisations.update(
                    id,
                    null,
                    new AccessAuthorisationDraft(
                        "Renamed",
                        null,
                        Set.of(TIME_VIEW_ALL, ATTENDANCE_CHECK_IN_OUT),
                        null,
                        AccessAuthorisation.ScopeKind.ALL,
                        Set.of(),
                        Set.of(),
                        List.of(),
                        true,
                        null)));
    assertThat(renamed.getName())
        .as("settings other than the options need no option")
        .isEqualTo("Renamed");
  }

  @Test
  void thePreviewCountsTheReachAndWarnsWhenBroad() {
    employee("L-2", "Logistics");
    AccessAuthorisations.Preview department =
        authorisations.preview(
            draft(
                Set.of(ATTENDANCE_CHECK_IN_OUT),
                AccessAuthorisation.ScopeKind.DEPARTMENTS,
                Set.of("Logistics"),
                Set.of(),
                List.of("10.0.0.0/8")));
    assertThat(department.employees()).isEqualTo(2);
    assertThat(department.departments()).containsExactly("Logistics");
    assertThat(department.warnings()).isEmpty();
    AccessAuthorisations.Preview broad =
        authorisations.preview(
            draft(
                Set.of(ABSENCE_VIEW_DETAILS),
                AccessAuthorisation.ScopeKind.ALL,
                Set.of(),
                Set.of(),
                List.of()));
    assertThat(broad.employees()).isEqualTo(3);
    assertThat(broad.warnings())
        .containsExactly(
            AccessAuthorisations.Warning.DETAILED_FOR_ALL,
            AccessAuthorisations.Warning.NO_IP_RESTRICTION);
    AccessAuthorisations.Preview chosen =
        authorisations.preview(
            draft(
                Set.of(ABSENCE_VIEW_DETAILS),
                AccessAuthorisation.ScopeKind.EMPLOYEES,
                Set.of(),
                Set.of(seller.getId()),
                List.of("::1")));
    assertThat(chosen.employees()).isEqualTo(1);
    assertThat(chosen.warnings()).isEmpty();
    assertThat(
            authorisations
                .preview(
                    draft(
                        Set.of(TIME_VIEW_ALL),
                        AccessAuthorisation.ScopeKind.DEPARTMENTS,
                        Set.of(),
                        Set.of(),
                        List.of("::1")))
                .employees())
        .as("no department chosen yet reaches nobody, next to a boolean filter")
        .isZero();
  }

  @Test
  void revokedAuthorisationsAreGoneAndANewPasswordReplacesTheOld() {
    CreatedAccessAuthorisation created =
        db.inTransaction(
            () ->
                authorisations.create(
                    draft(
                        Set.of(TIME_VIEW_ALL),
                        AccessAuthorisation.ScopeKind.ALL,
                        Set.of(),
                        Set.of(),
                        List.of())));
    long id = created.authorisation().getId();
    CreatedAccessAuthorisation renewed =
        db.inTransaction(() -> authorisations.regeneratePassword(id));
    assertThat(renewed.password()).isNotEqualTo(created.password());
    assertThat(authorisations.get(id).getTokenDigest())
        .isEqualTo(authorisations.tokens.digest(renewed.password()));
    db.run(em -> authorisations.revoke(id, null));
    assertThatThrownBy(() -> authorisations.get(id)).isInstanceOf(NotFound.class);
    assertThat(authorisations.list(org.teamward.paging.PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void theInventoryListsFiltersAndRevokesEveryCredential() {
    long owner =
        db.inTransaction(
            em -> {
              UserAccount aaron = new UserAccount();
              aaron.setEmail("aaron@example.org");
              aaron.setDisplayName("Aaron");
              em.persist(aaron);
              DevicePassword zulu = new DevicePassword();
              zulu.setUser(aaron);
              zulu.setName("Zulu tablet");
              zulu.setDeviceType("App");
              zulu.setTokenDigest("zulu-digest");
              em.persist(zulu);
              UserAccount user = new UserAccount();
              user.setEmail("jana@example.org");
              user.setDisplayName("Jana");
              em.persist(user);
              for (String name : List.of("phone", "laptop")) {
                DevicePassword device = new DevicePassword();
                device.setUser(user);
                device.setName(name);
                device.setDeviceType("App");
                device.setTokenDigest(name + "-digest");
                em.persist(device);
              }
              em.flush();
              return user.getId();
            });
    long terminal =
        db.inTransaction(
                () ->
                    authorisations.create(
                        draft(
                            Set.of(TIME_VIEW_ALL),
                            AccessAuthorisation.ScopeKind.ALL,
                            Set.of(),
                            Set.of(),
                            List.of())))
            .authorisation()
            .getId();

    assertThat(inventory.list(CredentialInventory.Filter.NONE))
        .as("by kind, then by name whatever the case, across owners")
        .extracting(CredentialInventory.Entry::name)
        .containsExactly("laptop", "phone", "Zulu tablet", "Terminal");
    assertThat(
            inventory.list(
                new CredentialInventory.Filter(
                    null, CredentialInventory.Kind.ACCESS_AUTHORISATION, null)))
        .extracting(CredentialInventory.Entry::id)
        .containsExactly(terminal);
    assertThat(inventory.list(new CredentialInventory.Filter(owner, null, null)))
        .extracting(CredentialInventory.Entry::ownerName)
        .containsOnly("Jana")
        .hasSize(2);
    assertThat(inventory.list(new CredentialInventory.Filter(null, null, 30)))
        .as("never used counts as unused")
        .hasSize(4);
    assertThat(inventory.list(new CredentialInventory.Filter(null, null, 0))).hasSize(4);
    assertThat(
            inventory.list(
                new CredentialInventory.Filter(null, null, CredentialInventory.MAX_UNUSED_DAYS)))
        .hasSize(4);
    for (int bad : new int[] {-1, CredentialInventory.MAX_UNUSED_DAYS + 1}) {
      assertThatThrownBy(() -> inventory.list(new CredentialInventory.Filter(null, null, bad)))
          .isInstanceOf(Invalid.class);
    }

    db.run(em -> inventory.revoke(CredentialInventory.Kind.ACCESS_AUTHORISATION, terminal));
    assertThat(db.em().find(AccessAuthorisation.class, terminal).isRevoked()).isTrue();
    assertThat(db.<Integer>inTransaction(() -> inventory.revokeAllOf(owner))).isEqualTo(2);
    long zulu = inventory.list(CredentialInventory.Filter.NONE).get(0).id();
    db.run(em -> inventory.revoke(CredentialInventory.Kind.DEVICE_PASSWORD, zulu));
    assertThat(db.em().find(DevicePassword.class, zulu).isRevoked()).isTrue();
    db.run(em -> inventory.revoke(CredentialInventory.Kind.DEVICE_PASSWORD, zulu));
    assertThat(inventory.list(CredentialInventory.Filter.NONE)).isEmpty();
    assertThatThrownBy(() -> inventory.revoke(CredentialInventory.Kind.DEVICE_PASSWORD, -1))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> inventory.revokeAllOf(-1)).isInstanceOf(NotFound.class);
  }
}
