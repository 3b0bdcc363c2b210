package org.teamward.access.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.credentials.DevicePassword;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestClock;
import org.teamward.access.secrets.PlainHashing;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.employee.Employee;
import org.teamward.persistence.TestData;
import org.teamward.persistence.TestDatabase;

/**
 * A device password and its owner's grant are read in one query on every API request, as a web
 * session's account is, and that grant is the one the entities give: every group, scope, permission
 * and department of the owner.
 */
class CredentialGrantTest {

  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

  TestDatabase db = new TestDatabase();
  SecretTokens tokens = new SecretTokens("a-test-pepper-of-at-least-32-characters");
  Authentication auth = new Authentication();
  TestClock clock = new TestClock(NOW);
  long userId;
  long deviceId;
  String token = tokens.newToken(SecretTokens.Type.DEVICE_PASSWORD);

  @BeforeEach
  void setUp() {
    auth.em = db.em();
    auth.hashing = new PlainHashing();
    SignInParts.wire(auth, tokens, clock, db);
    Employee lead = TestData.employee(db, "Lead");
    db.run(
        em -> {
          em.find(Employee.class, lead.getId()).setDepartment("Engineering");
          UserAccount user = new UserAccount();
          user.setEmail("lead@example.org");
          user.setDisplayName("Lead");
          user.setEmployee(em.find(Employee.class, lead.getId()));
          user.getGroups()
              .add(
                  group(
                      em,
                      UserGroup.Scope.ALL,
                      Set.of(),
                      Permission.SYNCHRONISATION,
                      Permission.TIME_BOOK_OWN));
          user.getGroups()
              .add(
                  group(
                      em,
                      UserGroup.Scope.OWN_DEPARTMENT,
                      Set.of(),
                      Permission.TIME_VIEW_ALL,
                      Permission.ABSENCE_MANAGE));
          user.getGroups()
              .add(
                  group(
                      em,
                      UserGroup.Scope.DEPARTMENTS,
                      Set.of("Sales", "Support"),
                      Permission.TIME_VIEW_ALL,
                      Permission.ATTENDANCE_VIEW_ALL));
          user.getGroups().add(group(em, UserGroup.Scope.ALL, Set.of()));
          em.persist(user);
          DevicePassword device = new DevicePassword();
          device.setUser(user);
          device.setName("Phone");
          device.setDeviceType("iOS");
          device.setTokenDigest(tokens.digest(token));
          em.persist(device);
          em.flush();
          userId = user.getId();
          deviceId = device.getId();
        });
  }

  private static UserGroup group(
      jakarta.persistence.EntityManager em,
      UserGroup.Scope scope,
      Set<String> departments,
      Permission... permissions) {
    UserGroup group = new UserGroup();
    group.setName(scope + " " + departments + " " + Set.of(permissions));
    group.setScope(scope);
    group.setDepartments(departments);
    group.setPermissions(
        permissions.length == 0 ? EnumSet.noneOf(Permission.class) : Set.of(permissions));
    em.persist(group);
    return group;
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private Authentication.Outcome authenticate() {
    return db.inTransaction(em -> auth.apiSecret(null, token, "192.0.2.1"));
  }

  @Test
  void aDevicePasswordGrantsItsOwnersRights() {
    Authentication.Outcome outcome = authenticate();

    assertThat(outcome.isAccepted()).isTrue();
    assertThat(outcome.grant().credential()).isEqualTo(Grant.Credential.DEVICE_PASSWORD);
    assertThat(outcome.grant().credentialId()).isEqualTo(deviceId);
    assertThat(outcome.grant())
        .as("the same rights as the owner's web session")
        .usingRecursiveComparison()
        .ignoringFields("credential", "credentialId")
        .isEqualTo(db.<Grant>inTransaction(em -> Grants.forSession(em, userId)));
    assertThat(outcome.grant().permissions())
        .containsExactlyInAnyOrder(
            Permission.SYNCHRONISATION,
            Permission.TIME_BOOK_OWN,
            Permission.TIME_VIEW_ALL,
            Permission.ABSENCE_MANAGE,
            Permission.ATTENDANCE_VIEW_ALL);
    assertThat(outcome.grant().scopeOf(Permission.TIME_VIEW_ALL))
        .isEqualTo(EmployeeScope.departments(Set.of("Engineering", "Sales", "Support")));
  }

  @Test
  void aRequestReadsTheCredentialAndTheGrantInOneQuery() {
    assertThat(db.statements(() -> authenticate()))
        .as("the read and the first last-use write")
        .isEqualTo(2);
    assertThat(db.statements(() -> authenticate())).as("within the minute: the read").isEqualTo(1);
    clock.advance(java.time.Duration.ofSeconds(61));
    assertThat(db.statements(() -> authenticate())).as("a minute later").isEqualTo(2);
  }

  @Test
  void aWebSessionsGrantIsOneQueryToo() {
    Grant[] read = new Grant[1];
    int statements =
        db.statements(() -> read[0] = db.inTransaction(em -> Grants.forSession(em, userId)));
    assertThat(read[0].credential()).isEqualTo(Grant.Credential.WEB_SESSION);
    assertThat(read[0].permissions()).contains(Permission.TIME_VIEW_ALL, Permission.ABSENCE_MANAGE);
    assertThat(read[0].scopeOf(Permission.TIME_VIEW_ALL))
        .isEqualTo(EmployeeScope.departments(Set.of("Engineering", "Sales", "Support")));
    assertThat(statements).isEqualTo(1);
    assertThat(db.<Grant>inTransaction(em -> Grants.forSession(em, userId + 1000)))
        .isEqualTo(Grant.ANONYMOUS);
    db.run(em -> em.find(UserAccount.class, userId).setActive(false));
    assertThat(db.<Grant>inTransaction(em -> Grants.forSession(em, userId)))
        .isEqualTo(Grant.ANONYMOUS);
  }

  @Test
  void anInactiveOwnerOrARevokedDeviceIsRefused() {
    db.run(em -> em.find(UserAccount.class, userId).setActive(false));
    assertThat(authenticate().refusal()).isEqualTo(Authentication.REFUSED);
    db.run(
        em -> {
          em.find(UserAccount.class, userId).setActive(true);
          em.find(DevicePassword.class, deviceId).revoke(NOW);
        });
    assertThat(authenticate().refusal()).isEqualTo(Authentication.REFUSED);
  }

  private String interfaceToken(
      AccessAuthorisation.ScopeKind kind, Set<String> networks, LocalDate expiresOn) {
    String secret = tokens.newToken(SecretTokens.Type.ACCESS_AUTHORISATION);
    Employee first = TestData.employee(db, "First of " + secret.substring(6, 14));
    Employee second = TestData.employee(db, "Second of " + secret.substring(6, 14));
    db.run(
        em -> {
          AccessAuthorisation a = new AccessAuthorisation();
          a.setName("Terminal " + kind);
          a.setScopeKind(kind);
          a.setPermissions(
              EnumSet.of(Permission.ATTENDANCE_CHECK_IN_OUT, Permission.TIME_VIEW_ALL));
          a.setDepartments(Set.of("Sales", "Support"));
          a.setEmployees(
              Set.of(
                  em.find(Employee.class, first.getId()), em.find(Employee.class, second.getId())));
          a.setAllowedNetworks(networks);
          a.setExpiresOn(expiresOn);
          a.setTokenDigest(tokens.digest(secret));
          em.persist(a);
        });
    return secret;
  }

  private Authentication.Outcome authenticateInterface(String secret, String ip) {
    return db.inTransaction(em -> auth.apiSecret(null, secret, ip));
  }

  @ParameterizedTest
  @EnumSource(AccessAuthorisation.ScopeKind.class)
  void anInterfacesGrantIsItsOptionsForItsScopeInOneQuery(AccessAuthorisation.ScopeKind kind) {
    String secret = interfaceToken(kind, Set.of("192.0.2.0/24", "2001:db8::/32"), null);
    authenticateInterface(secret, "192.0.2.1"); // moves the last use

    Authentication.Outcome[] outcome = new Authentication.Outcome[1];
    int statements = db.statements(() -> outcome[0] = authenticateInterface(secret, "192.0.2.1"));

    assertThat(statements).isEqualTo(1);
    assertThat(outcome[0].isAccepted()).isTrue();
    EmployeeScope stored =
        db.inTransaction(em -> em.find(AccessAuthorisation.class, outcome[0].key().id()).scope());
    assertThat(outcome[0].grant().scope()).isEqualTo(stored);
    assertThat(stored)
        .isEqualTo(
            switch (kind) {
              case ALL -> EmployeeScope.ALL;
              case DEPARTMENTS -> EmployeeScope.departments(Set.of("Sales", "Support"));
              case EMPLOYEES -> stored; // two chosen employees, checked below
            });
    assertThat(stored.employeeIds())
        .hasSize(kind == AccessAuthorisation.ScopeKind.EMPLOYEES ? 2 : 0);
    assertThat(outcome[0].grant().permissions())
        .containsExactlyInAnyOrder(Permission.ATTENDANCE_CHECK_IN_OUT, Permission.TIME_VIEW_ALL);
  }

  @Test
  void anInterfaceIsRefusedFromOutsideItsNetworksAndOnceExpired() {
    String secret = interfaceToken(AccessAuthorisation.ScopeKind.ALL, Set.of("192.0.2.0/24"), null);
    assertThat(authenticateInterface(secret, "198.51.100.1").fromForbiddenAddress()).isTrue();
    assertThat(authenticateInterface(secret, "192.0.2.200").isAccepted()).isTrue();

    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    String lastDay = interfaceToken(AccessAuthorisation.ScopeKind.ALL, Set.of(), today);
    assertThat(authenticateInterface(lastDay, null).isAccepted()).as("its last day").isTrue();
    String expired =
        interfaceToken(AccessAuthorisation.ScopeKind.ALL, Set.of(), today.minusDays(1));
    assertThat(authenticateInterface(expired, null).refusal()).isEqualTo(Authentication.REFUSED);
  }
}
