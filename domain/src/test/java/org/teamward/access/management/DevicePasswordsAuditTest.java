package org.teamward.access.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.AccountParts;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.credentials.CreatedDevicePassword;
import org.teamward.access.credentials.CredentialPolicy;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestCaller;
import org.teamward.access.secrets.PlainHashing;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.access.signin.Authentication;
import org.teamward.access.signin.SignInParts;
import org.teamward.audit.AuditEvent;
import org.teamward.audit.Container;
import org.teamward.audit.Outcome;
import org.teamward.audit.TestAudit;
import org.teamward.failure.NotAuthenticated;
import org.teamward.persistence.TestDatabase;

/**
 * Every credential action of a device password leaves one event naming the device password, and
 * neither its token nor the personal password appears anywhere in the audit tables.
 */
class DevicePasswordsAuditTest {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final String PASSWORD = "correct horse battery";

  TestDatabase db = new TestDatabase();
  TestCaller caller = new TestCaller().from("198.51.100.7");
  Container container = new Container(db, caller);
  DevicePasswords service = new DevicePasswords();
  Authentication auth;
  long jana;

  @BeforeEach
  void setUp() {
    PlainHashing hashing = new PlainHashing();
    service.em = db.em();
    service.tokens = new SecretTokens("a-test-pepper-of-at-least-32-characters");
    auth =
        SignInParts.authentication(
            db,
            Clock.fixed(T0, ZoneOffset.UTC),
            hashing,
            service.tokens,
            TestAudit.trail(db, caller));
    service.authentication = auth;
    service.settings = AccountParts.settings(db.em());
    service.credentials = new CredentialPolicy();
    service.maxPerUser = 50;
    service.clock = Clock.fixed(T0, ZoneOffset.UTC);
    service.caller = caller;
    jana =
        db.inTransaction(
            em -> {
              UserGroup group = new UserGroup();
              group.setName("Sync");
              group.setPermissions(EnumSet.of(Permission.SYNCHRONISATION));
              em.persist(group);
              UserAccount user = new UserAccount();
              user.setEmail("jana@example.org");
              user.setDisplayName("Jana");
              user.setPasswordHash(hashing.hash(PASSWORD), false);
              user.getGroups().add(group);
              em.persist(user);
              em.flush();
              return user.getId();
            });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void createRegenerateRenameAndRevokeLeaveOneEventEachAndNoToken() {
    caller.actAs(DevicePasswordsTest.grant(jana, Grant.Credential.WEB_SESSION, null));

    CreatedDevicePassword created = container.call(service, "create", "Phone", "iOS");
    long id = created.device().getId();
    CreatedDevicePassword regenerated = container.call(service, "regenerate", id);
    container.call(service, "rename", id, "Old phone");
    container.call(service, "revoke", id);

    assertThat(TestAudit.events(db))
        .extracting(AuditEvent::getAction, AuditEvent::getTargetType, AuditEvent::getTargetId)
        .containsExactly(
            tuple("DevicePasswords.create", "DevicePassword", id),
            tuple("DevicePasswords.regenerate", "DevicePassword", id),
            tuple("DevicePasswords.rename", "DevicePassword", id),
            tuple("DevicePasswords.revoke", "DevicePassword", id));
    assertNowhereInTheAuditTables(created.token(), regenerated.token());
  }

  @Test
  void thePersonalPasswordOfPostApiDeviceIsAttributedToItsAccountAndNeverStored() {
    CreatedDevicePassword created =
        container.call(
            service,
            "createWithPassword",
            new DeviceSignIn("jana@example.org", PASSWORD, "CLI", "Linux"),
            "198.51.100.7");

    assertThat(TestAudit.events(db))
        .extracting(
            AuditEvent::getAction,
            AuditEvent::getOutcome,
            AuditEvent::getActorId,
            AuditEvent::getCredential,
            AuditEvent::getClientIp)
        .containsExactly(
            tuple(
                "Authentication.personalPassword",
                Outcome.SUCCESS,
                jana,
                "PERSONAL_PASSWORD",
                "198.51.100.7"),
            tuple(
                "DevicePasswords.createWithPassword",
                Outcome.SUCCESS,
                jana,
                "PERSONAL_PASSWORD",
                "198.51.100.7"));
    assertNowhereInTheAuditTables(PASSWORD, created.token());
  }

  @Test
  void aWrongPasswordIsAFailedSignInAndARefusalNamingTheAddressAttempted() {
    assertThatThrownBy(
            () ->
                container.call(
                    service,
                    "createWithPassword",
                    new DeviceSignIn("jana@example.org", "wrong " + PASSWORD, "CLI", "x"),
                    "198.51.100.7"))
        .isInstanceOf(NotAuthenticated.class);

    assertThat(TestAudit.events(db))
        .extracting(
            AuditEvent::getAction,
            AuditEvent::getOutcome,
            AuditEvent::getActorName,
            AuditEvent::getDetail)
        .containsExactly(
            tuple(
                "Authentication.personalPassword",
                Outcome.FAILED,
                "jana@example.org",
                "wrong password"),
            tuple(
                "DevicePasswords.createWithPassword",
                Outcome.REFUSED,
                "jana@example.org",
                "NotAuthenticated"));
    assertNowhereInTheAuditTables(PASSWORD);
  }

  @Test
  void aFailedApiCredentialIsRecordedByTheIdSentButNotItsSecret() {
    String forged = "tw_dp_" + "A".repeat(40);

    assertThat(db.inTransaction(em -> auth.apiSecret(1234L, forged, "198.51.100.7")).isAccepted())
        .isFalse();

    assertThat(TestAudit.events(db))
        .extracting(
            AuditEvent::getAction,
            AuditEvent::getOutcome,
            AuditEvent::getCredential,
            AuditEvent::getTargetId)
        .containsExactly(
            tuple("Authentication.apiSecret", Outcome.FAILED, "DEVICE_PASSWORD", 1234L));
    assertNowhereInTheAuditTables(forged);
  }

  /** Every column of every row of both audit tables, as text. */
  private void assertNowhereInTheAuditTables(String... secrets) {
    EntityManager em = db.otherEntityManager();
    try {
      List<String> cells =
          Stream.of("audit_event", "access_trace")
              .flatMap(
                  table ->
                      ((List<?>) em.createNativeQuery("select * from " + table).getResultList())
                          .stream())
              .flatMap(row -> row instanceof Object[] r ? Arrays.stream(r) : Stream.of(row))
              .map(String::valueOf)
              .toList();
      assertThat(cells).isNotEmpty();
      for (String secret : secrets) {
        assertThat(cells).noneMatch(cell -> cell.contains(secret));
      }
    } finally {
      em.close();
    }
  }
}
