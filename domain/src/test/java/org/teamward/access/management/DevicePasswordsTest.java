package org.teamward.access.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.AccountParts;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.credentials.CreatedDevicePassword;
import org.teamward.access.credentials.CredentialPolicy;
import org.teamward.access.credentials.DevicePassword;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.secrets.PlainHashing;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.access.signin.Authentication;
import org.teamward.access.signin.SignInParts;
import org.teamward.failure.Conflict;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotAuthenticated;
import org.teamward.failure.NotFound;
import org.teamward.failure.TwoFactorRequired;
import org.teamward.persistence.TestDatabase;

/** The device password use cases against the real schema, without the container. */
class DevicePasswordsTest {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  TestDatabase db;
  DevicePasswords service;
  Authentication auth;
  PlainHashing hashing = new PlainHashing();
  Grant current;
  long jana;
  long tom;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    service = new DevicePasswords();
    service.em = db.em();
    service.tokens = new SecretTokens("a-test-pepper-of-at-least-32-characters");
    auth =
        SignInParts.authentication(
            db, Clock.fixed(T0, ZoneOffset.UTC), hashing, service.tokens, null);
    service.authentication = auth;
    service.credentials = new CredentialPolicy();
    service.settings = AccountParts.settings(db.em());
    service.maxPerUser = 50;
    service.clock = Clock.fixed(T0, ZoneOffset.UTC);
    service.caller =
        new Caller() {
          @Override
          public Grant grant() {
            return current;
          }
        };
    jana = user("jana@example.org", EnumSet.of(Permission.SYNCHRONISATION));
    tom = user("tom@example.org", EnumSet.of(Permission.SYNCHRONISATION));
    signIn(jana);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  long user(String email, Set<Permission> permissions) {
    return db.inTransaction(
        em -> {
          UserGroup group = new UserGroup();
          group.setName("group of " + email);
          group.setPermissions(permissions);
          em.persist(group);
          UserAccount user = new UserAccount();
          user.setEmail(email);
          user.setDisplayName(email);
          user.setPasswordHash(hashing.hash("correct horse"), false);
          user.getGroups().add(group);
          em.persist(user);
          em.flush();
          return user.getId();
        });
  }

  void signIn(long userId) {
    current = grant(userId, Grant.Credential.WEB_SESSION, null);
  }

  static Grant grant(long userId, Grant.Credential credential, Long credentialId) {
    return new Grant(
        Grant.Kind.USER,
        userId,
        "someone",
        EnumSet.of(Permission.SYNCHRONISATION),
        null,
        EmployeeScope.ALL,
        credential,
        credentialId);
  }

  CreatedDevicePassword create(String name) {
    return db.inTransaction(em -> service.create(name, "iOS"));
  }

  /** The grant a token yields over the API, if accepted. */
  Optional<Grant> authenticate(String token, String ip) {
    return authenticate(null, token, ip);
  }

  Optional<Grant> authenticate(Long deviceId, String token, String ip) {
    Authentication.Outcome outcome = db.inTransaction(em -> auth.apiSecret(deviceId, token, ip));
    return outcome.isAccepted() ? Optional.of(outcome.grant()) : Optional.empty();
  }

  DevicePassword reload(long id) {
    return db.inTransaction(em -> em.find(DevicePassword.class, id));
  }

  @Test
  void createdTokenAuthenticatesAsItsDeviceAndUser() {
    CreatedDevicePassword created = create("Phone");

    assertThat(created.token()).startsWith("tw_dp_");
    assertThat(created.toString()).doesNotContain(created.token());
    DevicePassword stored = reload(created.device().getId());
    assertThat(stored.getTokenDigest()).hasSize(64).doesNotContain(created.token());
    assertThat(authenticate(created.token(), "203.0.113.7"))
        .hasValueSatisfying(
            g ->
                assertThat(List.of(g.credential(), g.credentialId(), g.id()))
                    .containsExactly(
                        Grant.Credential.DEVICE_PASSWORD, created.device().getId(), jana));
  }

  @Test
  void lastUseIsWrittenAtMostOnceAMinute() {
    CreatedDevicePassword created = create("Phone");
    long id = created.device().getId();

    authenticate(created.token(), "203.0.113.7");
    assertThat(reload(id).getLastUsedAt()).isEqualTo(T0);
    assertThat(reload(id).getLastUsedIp()).isEqualTo("203.0.113.7");

    service.clock = Clock.fixed(T0.plusSeconds(59), ZoneOffset.UTC);
    SignInParts.setClock(auth, service.clock);
    assertThat(authenticate(created.token(), "198.51.100.1")).isPresent();
    assertThat(reload(id).getLastUsedAt()).isEqualTo(T0);
    assertThat(reload(id).getLastUsedIp()).isEqualTo("203.0.113.7");

    service.clock = Clock.fixed(T0.plusSeconds(61), ZoneOffset.UTC);
    SignInParts.setClock(auth, service.clock);
    assertThat(authenticate(created.token(), "198.51.100.1")).isPresent();
    assertThat(reload(id).getLastUsedAt()).isEqualTo(T0.plusSeconds(61));
    assertThat(reload(id).getLastUsedIp()).isEqualTo("198.51.100.1");
    assertThat(reload(id).getVersion()).as("a use is not an edit").isEqualTo(1);
  }

  @Test
  void aUseWrittenByAnotherNodeMeanwhileIsNotOverwritten() {
    // This node read the row before another node recorded a use: the guarded update skips it.
    CreatedDevicePassword created = create("Phone");
    long id = created.device().getId();
    service.clock = Clock.fixed(T0.plusSeconds(120), ZoneOffset.UTC);
    SignInParts.setClock(auth, service.clock);
    db.run(
        em -> {
          DevicePassword stale = em.find(DevicePassword.class, id);
          em.createNativeQuery(
                  "update device_password set last_used_at = ?1, last_used_ip = 'other node'"
                      + " where id = ?2")
              .setParameter(1, T0.plusSeconds(100).atOffset(ZoneOffset.UTC))
              .setParameter(2, id)
              .executeUpdate();
          assertThat(stale.getLastUsedAt()).isNull();
          assertThat(auth.apiSecret(null, created.token(), "203.0.113.7").isAccepted()).isTrue();
        });
    assertThat(reload(id).getLastUsedIp()).isEqualTo("other node");
  }

  @Test
  void basicAuthenticationNeedsTheMatchingDeviceId() {
    CreatedDevicePassword created = create("Phone");
    long id = created.device().getId();

    assertThat(authenticate(id, created.token(), null)).isPresent();
    assertThat(authenticate(id + 1, created.token(), null)).isEmpty();
  }

  @Test
  void refusesMalformedUnknownRevokedAndInactive() {
    CreatedDevicePassword created = create("Phone");
    String unknown = service.tokens.newToken(SecretTokens.Type.DEVICE_PASSWORD);

    assertThat(authenticate(null, null)).isEmpty();
    assertThat(authenticate("tw_dp_nonsense", null)).isEmpty();
    assertThat(authenticate(unknown, null)).isEmpty();
    assertThat(authenticate(created.token().substring(1), null)).isEmpty();

    db.run(em -> em.find(UserAccount.class, jana).setActive(false));
    assertThat(authenticate(created.token(), null)).isEmpty();
    db.run(em -> em.find(UserAccount.class, jana).setActive(true));
    assertThat(authenticate(created.token(), null)).isPresent();

    db.run(em -> service.revoke(created.device().getId()));
    assertThat(authenticate(created.token(), null)).isEmpty();
  }

  @Test
  void aDevicePasswordIsSuspendedWhileItsOwnerLacksSynchronisation() {
    CreatedDevicePassword created = create("Phone");
    UserGroup group =
        db.inTransaction(em -> em.find(UserAccount.class, jana).getGroups().iterator().next());
    db.run(em -> em.find(UserGroup.class, group.getId()).setPermissions(Set.of()));

    Authentication.Outcome suspended =
        db.inTransaction(em -> auth.apiSecret(null, created.token(), null));
    assertThat(suspended.isAccepted()).isFalse();
    assertThat(suspended.refusal()).isEqualTo(Authentication.SUSPENDED);
    assertThat(suspended.grant()).isEqualTo(Grant.ANONYMOUS);
    assertThat(reload(created.device().getId()).isRevoked()).as("suspended, not revoked").isFalse();

    db.run(
        em ->
            em.find(UserGroup.class, group.getId())
                .setPermissions(Set.of(Permission.SYNCHRONISATION)));
    assertThat(authenticate(created.token(), null)).isPresent();
  }

  @Test
  void refusalsAllSayTheSameWords() {
    CreatedDevicePassword created = create("Phone");
    db.run(em -> service.revoke(created.device().getId()));
    for (String secret :
        new String[] {
          created.token(), "tw_dp_nonsense", "tw_aa_" + created.token().substring(6), "anything"
        }) {
      assertThat(db.<Authentication.Outcome>inTransaction(em -> auth.apiSecret(null, secret, null)))
          .as(secret)
          .satisfies(o -> assertThat(o.refusal()).isEqualTo(Authentication.REFUSED));
    }
  }

  @Test
  void regenerateKillsTheOldTokenAtOnce() {
    CreatedDevicePassword created = create("Phone");
    long id = created.device().getId();

    CreatedDevicePassword renewed = db.inTransaction(em -> service.regenerate(id));

    assertThat(renewed.device().getId()).isEqualTo(id);
    assertThat(renewed.token()).isNotEqualTo(created.token());
    assertThat(authenticate(created.token(), null)).isEmpty();
    assertThat(authenticate(renewed.token(), null)).isPresent();
  }

  @Test
  void revokedCannotBeRegeneratedButRevokedAgain() {
    long id = create("Phone").device().getId();
    db.run(em -> service.revoke(id));
    Instant revokedAt = reload(id).getRevokedAt();

    service.clock = Clock.fixed(T0.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    db.run(em -> service.revoke(id));
    assertThat(reload(id).getRevokedAt()).isEqualTo(revokedAt);
    assertThatThrownBy(() -> db.inTransaction(em -> service.regenerate(id)))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void anotherPersonsDeviceIsNotFound() {
    long id = create("Phone").device().getId();
    signIn(tom);

    assertThatThrownBy(() -> db.inTransaction(em -> service.regenerate(id)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> db.run(em -> service.revoke(id))).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> db.inTransaction(em -> service.rename(id, "Mine")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> db.inTransaction(em -> service.regenerate(123_456L)))
        .isInstanceOf(NotFound.class);
    assertThat(db.<List<DevicePassword>>inTransaction(em -> service.listOwn())).isEmpty();
    assertThat(reload(id).isRevoked()).isFalse();
  }

  @Test
  void aDevicePasswordCannotMintOthers() {
    long phone = create("Phone").device().getId();
    long laptop = create("Laptop").device().getId();
    current = grant(jana, Grant.Credential.DEVICE_PASSWORD, phone);

    assertThatThrownBy(() -> create("Tablet")).isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> db.inTransaction(em -> service.regenerate(laptop)))
        .isInstanceOf(Forbidden.class);
    assertThat(db.inTransaction(em -> service.regenerate(phone)).token()).startsWith("tw_dp_");
  }

  @Test
  void anInterfaceHasNoDevicePasswords() {
    current =
        new Grant(
            Grant.Kind.INTERFACE,
            7,
            "Terminal",
            Set.of(),
            null,
            EmployeeScope.ALL,
            Grant.Credential.ACCESS_AUTHORISATION,
            7L);

    assertThatThrownBy(() -> create("Phone")).isInstanceOf(Forbidden.class);
    assertThat(db.<List<DevicePassword>>inTransaction(em -> service.listOwn())).isEmpty();
  }

  @Test
  void theCapCountsLiveDevicePasswordsOnly() {
    service.maxPerUser = 2;
    long first = create("One").device().getId();
    create("Two");

    assertThatThrownBy(() -> create("Three"))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("Revoke");
    db.run(em -> service.revoke(first));
    assertThat(create("Three").device().getName()).isEqualTo("Three");
  }

  @Test
  void listsOwnNewestFirstWithRevokedOnesFlagged() {
    long one = create("One").device().getId();
    long two = create("Two").device().getId();
    db.run(em -> service.revoke(one));
    signIn(tom);
    create("Tom's");
    signIn(jana);

    List<DevicePassword> own = db.inTransaction(em -> service.listOwn());

    assertThat(own).extracting(DevicePassword::getId).containsExactly(two, one);
    assertThat(own).extracting(DevicePassword::isRevoked).containsExactly(false, true);
  }

  @Test
  void renameAndRevokeAll() {
    long one = create("One").device().getId();
    create("Two");
    signIn(tom);
    long toms = create("Tom's").device().getId();
    signIn(jana);

    assertThat(db.inTransaction(em -> service.rename(one, "  Work phone ")).getName())
        .isEqualTo("Work phone");
    assertThat(db.<Integer>inTransaction(em -> service.revokeAllOwn())).isEqualTo(2);
    assertThat(db.<Integer>inTransaction(em -> service.revokeAllOwn())).isZero();
    assertThat(reload(one).isRevoked()).isTrue();
    assertThat(reload(toms).isRevoked()).isFalse();
  }

  @Test
  void createWithPasswordChecksCredentialsAlikeForEveryFailure() {
    db.run(em -> em.find(UserAccount.class, tom).setActive(false));

    for (String[] attempt :
        new String[][] {
          {"jana@example.org", "wrong"},
          {"nobody@example.org", "correct horse"},
          {"tom@example.org", "correct horse"}
        }) {
      int before = hashing.verifications;
      assertThatThrownBy(
              () ->
                  db.inTransaction(
                      em ->
                          service.createWithPassword(
                              new DeviceSignIn(attempt[0], attempt[1], "Phone", "iOS"),
                              "192.0.2.1")))
          .isInstanceOf(NotAuthenticated.class);
      assertThat(hashing.verifications).as("one slow hash each").isEqualTo(before + 1);
    }
  }

  @Test
  void createWithPasswordRefusesAnImpossibleShapeBeforeAnyHash() {
    int before = hashing.verifications;
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    em ->
                        service.createWithPassword(
                            new DeviceSignIn(" ", "x".repeat(201), "Phone", "iOS"), "192.0.2.1")))
        .isInstanceOfSatisfying(
            Invalid.class,
            e ->
                assertThat(e.violations())
                    .extracting(Invalid.Violation::field, Invalid.Violation::key)
                    .containsExactly(tuple("email", "required"), tuple("password", "tooLong")));
    assertThat(hashing.verifications).as("no hash").isEqualTo(before);
  }

  @Test
  void createWithPasswordHonoursTwoFactorAndSynchronisation() {
    long plain = user("plain@example.org", EnumSet.of(Permission.TIME_BOOK_OWN));
    db.run(
        em ->
            em.createNativeQuery("update user_account set totp_enabled = true where id = ?")
                .setParameter(1, tom)
                .executeUpdate());

    assertThatThrownBy(
            () ->
                db.inTransaction(
                    em ->
                        service.createWithPassword(
                            new DeviceSignIn(" Tom@Example.org ", "correct horse", "P", "x"),
                            "192.0.2.1")))
        .isInstanceOf(TwoFactorRequired.class)
        .hasMessageContaining("your account menu (your name, top right) → Devices");
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    em ->
                        service.createWithPassword(
                            new DeviceSignIn("plain@example.org", "correct horse", "P", "x"),
                            "192.0.2.1")))
        .isInstanceOf(Forbidden.class)
        .hasMessageContaining("Synchronisation");

    CreatedDevicePassword created =
        db.inTransaction(
            em ->
                service.createWithPassword(
                    new DeviceSignIn("JANA@example.org", "correct horse", "Phone", "iOS"),
                    "192.0.2.1"));
    assertThat(authenticate(created.token(), null))
        .hasValueSatisfying(
            g ->
                assertThat(List.of(g.credentialId(), g.id()))
                    .containsExactly(created.device().getId(), jana));
    assertThat(plain).isPositive();
  }
}
