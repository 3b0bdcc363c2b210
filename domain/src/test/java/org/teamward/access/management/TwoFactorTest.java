package org.teamward.access.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.AccountParts;
import org.teamward.access.accounts.SecuritySettings;
import org.teamward.access.accounts.TwoFactorRule;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.accounts.UserPolicy;
import org.teamward.access.credentials.CredentialPolicy;
import org.teamward.access.rights.CallerKey;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestCaller;
import org.teamward.access.secrets.PlainHashing;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.access.secrets.Totp;
import org.teamward.access.secrets.TwoFactorKey;
import org.teamward.access.signin.Authentication;
import org.teamward.access.signin.SecondFactor;
import org.teamward.access.signin.SignInParts;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.TwoFactorRequired;
import org.teamward.persistence.TestDatabase;

/**
 * Two-factor authentication against the real schema, with an injected clock: enrolment, the sign-in
 * step, replay, recovery codes, turning it off, the administrator's reset and requirement, and the
 * API rule.
 */
class TwoFactorTest {

  static final String PASSWORD = "a long enough passphrase";
  static final String IP = "192.0.2.10";
  static final Instant T0 = Instant.parse("2026-03-02T08:00:10Z");

  TestDatabase db;
  TestCaller caller = new TestCaller();
  PlainHashing hashing = new PlainHashing();
  TwoFactorKey key = new TwoFactorKey("a-test-two-factor-key-of-32-characters");
  SecretTokens tokens = new SecretTokens("a-test-pepper-of-at-least-32-characters");
  SecondFactor factor;
  SecuritySettings settings;
  TwoFactor twoFactor = new TwoFactor();
  Authentication auth;
  DevicePasswords devices = new DevicePasswords();
  Totp totp = new Totp();
  Instant now = T0;
  long ann;
  long admin;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    factor = SignInParts.secondFactor(db.em(), key, tokens, clockAtNow());
    settings = AccountParts.settings(db.em());
    auth = SignInParts.authentication(db, clockAtNow(), hashing, tokens, null);
    SignInParts.useSecondFactor(auth, factor);
    devices.em = db.em();
    devices.caller = caller;
    devices.tokens = tokens;
    devices.authentication = auth;
    devices.settings = settings;
    devices.credentials = new CredentialPolicy();
    twoFactor.em = db.em();
    twoFactor.caller = caller;
    twoFactor.credentials = new CredentialPolicy();
    twoFactor.users = new UserPolicy();
    twoFactor.passwords = hashing;
    twoFactor.factor = factor;
    twoFactor.key = key;
    twoFactor.settings = settings;
    twoFactor.devicePasswords = devices;
    twoFactor.sessions = SignInParts.sessions(auth);
    ann = account("ann@example.org", Permission.TIME_BOOK_OWN, Permission.SYNCHRONISATION);
    admin = account("admin@example.org", Permission.values());
    caller.actAs(web(ann));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  /** A clock that reads {@link #now} each time, so a test moves time without sleeping. */
  private Clock clockAtNow() {
    return new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now;
      }
    };
  }

  private long account(String email, Permission... rights) {
    return db.inTransaction(
        em -> {
          UserGroup group = new UserGroup();
          group.setName(email);
          group.setPermissions(EnumSet.of(rights[0], rights));
          em.persist(group);
          UserAccount user = new UserAccount();
          user.setEmail(email);
          user.setDisplayName(email);
          user.setPasswordHash(hashing.hash(PASSWORD), false);
          user.getGroups().add(group);
          em.persist(user);
          em.flush();
          return user.getId();
        });
  }

  private Grant web(long userId) {
    return db.inTransaction(em -> SignInParts.sessionGrant(em, userId));
  }

  private byte[] secretOf(TwoFactorEnrolment enrolment) {
    return new Base32().decode(enrolment.secret().replace(" ", ""));
  }

  private String codeAt(byte[] secret, Instant at) {
    return totp.code(secret, Totp.step(at));
  }

  /** Enrols Ann and answers her secret and recovery codes. */
  private byte[] enrolAnn(List<String> recoveryCodes) {
    TwoFactorEnrolment enrolment = db.inTransaction(() -> twoFactor.enrol(null, null));
    byte[] secret = secretOf(enrolment);
    recoveryCodes.addAll(db.inTransaction(() -> twoFactor.confirm(codeAt(secret, now), false)));
    db.em().clear();
    return secret;
  }

  private Authentication.Outcome secondStep(String code) {
    return db.inTransaction(
        () -> auth.secondFactor(new CallerKey(CallerKey.Type.USER, ann), code, IP));
  }

  @Test
  void enrolmentSwitchesOnOnlyOnceACodeFromTheNewSecretIsConfirmed() {
    TwoFactorEnrolment enrolment = db.inTransaction(() -> twoFactor.enrol(null, null));
    assertThat(enrolment.uri()).startsWith("otpauth://totp/Teamward:ann%40example.org?secret=");
    assertThat(enrolment.toString()).doesNotContain(enrolment.secret());
    byte[] secret = secretOf(enrolment);
    assertThat(secret).hasSize(20);
    assertThat(db.inTransaction(() -> twoFactor.status()).enrolling()).isTrue();
    assertThat(db.inTransaction(() -> auth.personalPassword("ann@example.org", PASSWORD, IP)))
        .as("nothing changes at sign-in before confirmation")
        .matches(o -> o.isAccepted() && !o.needsSecondFactor());

    assertThatThrownBy(() -> db.inTransaction(() -> twoFactor.confirm("000000", false)))
        .isInstanceOf(Invalid.class);
    List<String> codes = db.inTransaction(() -> twoFactor.confirm(codeAt(secret, now), false));
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes).allMatch(c -> c.matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}"));
    TwoFactorStatus status = db.inTransaction(() -> twoFactor.status());
    assertThat(status.enabled()).isTrue();
    assertThat(status.recoveryCodesLeft()).isEqualTo(10);

    String stored =
        (String)
            db.em()
                .createNativeQuery("select totp_secret from user_account where id = ?1")
                .setParameter(1, ann)
                .getSingleResult();
    assertThat(stored).startsWith("v1:").doesNotContain(enrolment.secret().replace(" ", ""));
    assertThat(key.open(stored, ann)).isEqualTo(secret);
    assertThatThrownBy(() -> key.open(stored, admin))
        .as("a sealed secret is bound to its account")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void signInAsksForTheCodeAfterThePasswordAndACodeWorksOnce() {
    byte[] secret = enrolAnn(new java.util.ArrayList<>());
    now = now.plusSeconds(30);
    Authentication.Outcome first =
        db.inTransaction(() -> auth.personalPassword("ann@example.org", PASSWORD, IP));
    assertThat(first.isAccepted()).isTrue();
    assertThat(first.needsSecondFactor()).isTrue();
    assertThat(first.grant()).as("no rights before the code").isEqualTo(Grant.ANONYMOUS);

    assertThat(secondStep("123456").isAccepted()).isFalse();
    String code = codeAt(secret, now);
    Authentication.Outcome second = secondStep(code);
    assertThat(second.isAccepted()).isTrue();
    assertThat(second.grant().id()).isEqualTo(ann);
    assertThat(second.grant().credential()).isEqualTo(Grant.Credential.WEB_SESSION);

    assertThat(secondStep(code).refusal())
        .as("replayed within its window")
        .isEqualTo(Authentication.CODE_REFUSED);
    now = now.plusSeconds(20);
    assertThat(secondStep(code).isAccepted()).as("still its window, plus drift").isFalse();
    assertThat(secondStep(codeAt(secret, now.plusSeconds(30))).isAccepted())
        .as("the next step's code, within the drift")
        .isTrue();
  }

  @Test
  void theSecondStepRefusesAnAccountDeactivatedMeanwhileAndAnythingButAPerson() {
    byte[] secret = enrolAnn(new java.util.ArrayList<>());
    now = now.plusSeconds(30);
    String code = codeAt(secret, now);
    assertThat(
            db.inTransaction(
                    () -> auth.secondFactor(new CallerKey(CallerKey.Type.DEVICE, ann), code, IP))
                .isAccepted())
        .isFalse();
    db.run(em -> em.find(UserAccount.class, ann).setActive(false));
    assertThat(secondStep(code).refusal()).isEqualTo(Authentication.CODE_REFUSED);
    db.run(em -> em.find(UserAccount.class, ann).setActive(true));
    assertThat(secondStep(code).isAccepted()).as("the refusals used up nothing").isTrue();
  }

  @Test
  void driftOfOneStepIsAcceptedTwoStepsAreNot() {
    byte[] secret = enrolAnn(new java.util.ArrayList<>());
    now = now.plusSeconds(300);
    assertThat(secondStep(codeAt(secret, now.minusSeconds(60))).isAccepted()).isFalse();
    assertThat(secondStep(codeAt(secret, now.plusSeconds(60))).isAccepted()).isFalse();
    assertThat(secondStep(codeAt(secret, now.minusSeconds(30))).isAccepted()).isTrue();
    now = now.plusSeconds(30);
    assertThat(secondStep(codeAt(secret, now.plusSeconds(30))).isAccepted()).isTrue();
  }

  @Test
  void recoveryCodesWorkInsteadOfTheCodeOnceEach() {
    List<String> codes = new java.util.ArrayList<>();
    enrolAnn(codes);
    String code = codes.get(3);
    assertThat(secondStep(code.toLowerCase().replace("-", " ")).isAccepted())
        .as("spacing and case do not matter")
        .isTrue();
    assertThat(secondStep(code).isAccepted()).as("single use").isFalse();
    assertThat(secondStep("AAAA-AAAA-AAAA-AAAA").isAccepted()).isFalse();
    assertThat(db.inTransaction(() -> twoFactor.status()).recoveryCodesLeft()).isEqualTo(9);
    long stored =
        ((Number)
                db.em()
                    .createNativeQuery("select count(*) from recovery_code where code_digest = ?1")
                    .setParameter(1, code.replace("-", ""))
                    .getSingleResult())
            .longValue();
    assertThat(stored).as("kept as digests only").isZero();
  }

  /**
   * The codes are base 32 (A to Z, 2 to 7): no 0 or 1, so those typed for the letters O and I count
   * as the letters.
   */
  @Test
  void aRecoveryCodeTypedWithZeroForOAndOneForIIsAccepted() {
    List<String> codes = new java.util.ArrayList<>();
    enrolAnn(codes);
    assertThat(String.join("", codes).replace("-", "")).matches("[A-Z2-7]+");
    String code =
        codes.stream()
            .filter(c -> c.contains("O") || c.contains("I"))
            .findFirst()
            .orElseThrow(() -> new org.opentest4j.TestAbortedException("no O or I in ten codes"));
    String typed = code.replace('O', '0').replace('I', '1').toLowerCase();
    assertThat(typed).isNotEqualTo(code.toLowerCase());

    assertThat(secondStep(typed).isAccepted()).isTrue();
    assertThat(secondStep(code).isAccepted()).as("the same code, used").isFalse();
  }

  @Test
  void zeroAndOneInARecoveryCodeAreTheLettersOAndI() {
    assertThat(SecondFactor.asRecoveryCode("A0B1-CDEF")).isEqualTo("AOBI-CDEF");
    assertThat(SecondFactor.asRecoveryCode("ABCDEFGHJKLMNPQRSTUVWXYZ234567"))
        .isEqualTo("ABCDEFGHJKLMNPQRSTUVWXYZ234567");
  }

  @Test
  void turningOffOrReEnrollingNeedsThePasswordAndACurrentCode() {
    byte[] secret = enrolAnn(new java.util.ArrayList<>());
    now = now.plusSeconds(60);
    String code = codeAt(secret, now);
    assertThatThrownBy(() -> db.inTransaction(() -> twoFactor.disable("wrong", code, false)))
        .isInstanceOf(Invalid.class)
        .hasMessageContaining("password");
    assertThatThrownBy(() -> db.inTransaction(() -> twoFactor.enrol(PASSWORD, "000000")))
        .isInstanceOf(Invalid.class)
        .hasMessageContaining("code");
    assertThatThrownBy(() -> db.inTransaction(() -> twoFactor.enrol(null, null)))
        .isInstanceOf(Invalid.class);

    TwoFactorEnrolment again = db.inTransaction(() -> twoFactor.enrol(PASSWORD, code));
    assertThat(db.inTransaction(() -> twoFactor.status()).enabled())
        .as("the old secret stays until the new one is confirmed")
        .isTrue();
    now = now.plusSeconds(30);
    db.inTransaction(() -> twoFactor.confirm(codeAt(secretOf(again), now), false));
    db.em().clear();
    now = now.plusSeconds(30);
    assertThat(secondStep(codeAt(secret, now)).isAccepted()).as("the old app is out").isFalse();

    db.inTransaction(() -> twoFactor.disable(PASSWORD, codeAt(secretOf(again), now), false));
    db.em().clear();
    assertThat(db.inTransaction(() -> twoFactor.status()).enabled()).isFalse();
    assertThat(
            db.inTransaction(() -> auth.personalPassword("ann@example.org", PASSWORD, IP))
                .needsSecondFactor())
        .isFalse();
  }

  @Test
  void factorsAreNeverChangedWithAToken() {
    Grant token =
        new Grant(
            Grant.Kind.USER,
            ann,
            "ann",
            EnumSet.of(Permission.SYNCHRONISATION),
            null,
            EmployeeScope.ALL,
            Grant.Credential.DEVICE_PASSWORD,
            7L);
    caller.actAs(token);
    assertThatThrownBy(() -> db.inTransaction(() -> twoFactor.enrol(null, null)))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void withTwoFactorOnThePasswordAloneCreatesNoDevicePassword() {
    enrolAnn(new java.util.ArrayList<>());
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        devices.createWithPassword(
                            new DeviceSignIn("ann@example.org", PASSWORD, "App", "Script"), IP)))
        .isInstanceOf(TwoFactorRequired.class)
        .hasMessageContaining("web interface");
  }

  @Test
  void anAdministratorsResetClearsEverythingWithinTheAdministrationRules() {
    enrolAnn(new java.util.ArrayList<>());
    caller.actAs(web(admin));
    db.inTransaction(() -> twoFactor.reset(ann));
    db.em().clear();
    caller.actAs(web(ann));
    assertThat(db.inTransaction(() -> twoFactor.status()))
        .isEqualTo(new TwoFactorStatus(false, false, 0, false));

    // Ann manages users but holds fewer rights than the administrator: she may not reset them.
    long manager = account("hr@example.org", Permission.USER_MANAGE);
    caller.actAs(web(manager));
    assertThatThrownBy(() -> db.inTransaction(() -> twoFactor.reset(admin)))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void aRequirementLeadsToEnrolmentAndKeepsItOn() {
    assertThat(db.inTransaction(() -> twoFactor.mustEnrol())).isFalse();
    caller.actAs(web(admin));
    db.inTransaction(() -> twoFactor.require(TwoFactorRule.SYNCHRONISATION_HOLDERS));
    caller.actAs(web(ann));
    assertThat(db.inTransaction(() -> twoFactor.mustEnrol())).isTrue();
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        devices.createWithPassword(
                            new DeviceSignIn("ann@example.org", PASSWORD, "App", "Script"), IP)))
        .isInstanceOfSatisfying(
            org.teamward.failure.TwoFactorSetupRequired.class,
            e -> assertThat(e.problemType()).isEqualTo("two-factor-required"))
        .hasMessageContaining("requires two-factor")
        .hasMessageContaining(
            "your account menu (your name, top right) → Two-factor authentication")
        .hasMessageNotContaining("Settings");

    byte[] secret = enrolAnn(new java.util.ArrayList<>());
    assertThat(db.inTransaction(() -> twoFactor.mustEnrol())).isFalse();
    now = now.plusSeconds(30);
    assertThatThrownBy(
            () -> db.inTransaction(() -> twoFactor.disable(PASSWORD, codeAt(secret, now), false)))
        .isInstanceOf(Forbidden.class);
  }

  private List<org.teamward.audit.AuditEvent> events(String action) {
    return org.teamward.audit.TestAudit.events(db).stream()
        .filter(e -> e.getAction().equals(action))
        .toList();
  }

  @Test
  void theSeamRecordsEverySecondStepWithItsReasonAndASuccessStartsTheCounterOver() {
    byte[] secret = enrolAnn(new java.util.ArrayList<>());
    now = now.plusSeconds(30);
    for (int i = 0; i < 4; i++) {
      assertThat(secondStep("000000").isAccepted()).isFalse();
    }
    String code = codeAt(secret, now);
    assertThat(secondStep(code).isAccepted()).isTrue();
    assertThat(secondStep(code).isAccepted()).isFalse();
    for (int i = 0; i < 4; i++) {
      assertThat(secondStep("000000").isThrottled()).as("the success reset the count").isFalse();
    }
    assertThat(secondStep("000000").isThrottled()).isTrue();

    List<org.teamward.audit.AuditEvent> steps = events(Authentication.SECOND_FACTOR);
    // Failures of one kind from one address in one minute are one event, counted.
    assertThat(steps)
        .extracting(
            e -> e.getOutcome().name(),
            org.teamward.audit.AuditEvent::getDetail,
            org.teamward.audit.AuditEvent::getAttempts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("FAILED", "wrong code", 8),
            org.assertj.core.groups.Tuple.tuple("SUCCESS", null, 1),
            org.assertj.core.groups.Tuple.tuple("FAILED", "code used already", 1),
            org.assertj.core.groups.Tuple.tuple("FAILED", "throttled", 1));
    assertThat(steps).allMatch(e -> "UserAccount".equals(e.getTargetType()));
    assertThat(steps).allMatch(e -> Long.valueOf(ann).equals(e.getTargetId()));
    assertThat(steps.get(1).getActorId()).isEqualTo(ann);
    assertThat(steps.get(1).getCredential()).isEqualTo(Authentication.ONE_TIME_CODE);
  }

  @Test
  void theSeamRecordsEachPasswordOutcomeWithWhatTheClientMustNotLearn() {
    enrolAnn(new java.util.ArrayList<>());
    db.run(
        em -> {
          UserAccount gone = new UserAccount();
          gone.setEmail("gone@example.org");
          gone.setDisplayName("Gone");
          gone.setPasswordHash(hashing.hash(PASSWORD), false);
          gone.setActive(false);
          em.persist(gone);
        });
    db.inTransaction(() -> auth.personalPassword("ann@example.org", PASSWORD, IP));
    db.inTransaction(() -> auth.personalPassword("ann@example.org", "wrong", IP));
    db.inTransaction(() -> auth.personalPassword("nobody@example.org", PASSWORD, IP));
    db.inTransaction(() -> auth.personalPassword("gone@example.org", PASSWORD, IP));
    for (int i = 0; i < 5; i++) {
      db.inTransaction(() -> auth.personalPassword("ann@example.org", "wrong", "192.0.2.99"));
    }
    assertThat(
            db.inTransaction(() -> auth.personalPassword("ann@example.org", PASSWORD, "192.0.2.99"))
                .isThrottled())
        .isTrue();
    assertThat(events(Authentication.SIGN_IN))
        .extracting(e -> e.getOutcome().name(), org.teamward.audit.AuditEvent::getDetail)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("SUCCESS", "second factor next"),
            org.assertj.core.groups.Tuple.tuple("FAILED", "wrong password"),
            org.assertj.core.groups.Tuple.tuple("FAILED", "unknown account"),
            org.assertj.core.groups.Tuple.tuple("FAILED", "inactive account"))
        .endsWith(org.assertj.core.groups.Tuple.tuple("FAILED", "throttled"));
  }

  @Test
  void theSeamRecordsRefusedApiSecretsByTheKindAndIdClaimedAndTheirThrottle() {
    SignInParts.setApiFreeAttempts(auth, 3);
    String device = tokens.newToken(SecretTokens.Type.DEVICE_PASSWORD);
    String authorisation = tokens.newToken(SecretTokens.Type.ACCESS_AUTHORISATION);
    db.inTransaction(() -> auth.apiSecret(5L, device, IP));
    db.inTransaction(() -> auth.apiSecret(6L, authorisation, IP));
    db.inTransaction(() -> auth.apiSecret(7L, "no-known-prefix", IP));
    assertThat(db.inTransaction(() -> auth.apiSecret(null, device, IP)).isThrottled()).isTrue();
    assertThat(events(Authentication.API_SECRET))
        .extracting(
            org.teamward.audit.AuditEvent::getTargetType,
            org.teamward.audit.AuditEvent::getTargetId,
            org.teamward.audit.AuditEvent::getCredential,
            org.teamward.audit.AuditEvent::getDetail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DevicePassword", 5L, "DEVICE_PASSWORD", "refused"),
            org.assertj.core.groups.Tuple.tuple(
                "AccessAuthorisation", 6L, "ACCESS_AUTHORISATION", "refused"),
            org.assertj.core.groups.Tuple.tuple(null, 7L, "UNKNOWN", "refused"),
            org.assertj.core.groups.Tuple.tuple(null, null, "DEVICE_PASSWORD", "throttled"));
  }
}
