package org.teamward.access.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.CompanyIdentityProvider;
import org.teamward.access.accounts.SsoMode;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.rights.CallerKey;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestClock;
import org.teamward.access.secrets.Networks;
import org.teamward.access.secrets.PasswordHashing;
import org.teamward.access.secrets.PlainHashing;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.persistence.TestDatabase;

/**
 * The personal-password and session paths of the one credential seam; the device-password path is
 * covered with the device passwords it checks ({@link DevicePasswordsTest}).
 */
class AuthenticationTest {

  TestDatabase db;
  Authentication auth;
  SecretTokens tokens = new SecretTokens("a-test-pepper-of-at-least-32-characters");
  PlainHashing hashing = new PlainHashing();
  TestClock clock = new TestClock(java.time.Instant.parse("2026-03-02T08:00:00Z"));
  long ann;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    auth = new Authentication();
    auth.em = db.em();
    auth.hashing = hashing;
    SignInParts.wire(auth, tokens, clock, db);
    ann =
        db.inTransaction(
            em -> {
              UserGroup group = new UserGroup();
              group.setName("Bookers");
              group.setPermissions(EnumSet.of(Permission.TIME_BOOK_OWN));
              em.persist(group);
              UserAccount user = new UserAccount();
              user.setEmail("ann@example.org");
              user.setDisplayName("Ann");
              user.setPasswordHash(hashing.hash("correct horse"), false);
              user.getGroups().add(group);
              em.persist(user);
              em.flush();
              return user.getId();
            });
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private Authentication.Outcome signIn(String email, String password) {
    return db.inTransaction(em -> auth.personalPassword(email, password, "192.0.2.1"));
  }

  @Test
  void theRightPasswordYieldsAWebSessionGrant() {
    Authentication.Outcome outcome = signIn("  ANN@example.org ", "correct horse");
    assertThat(outcome.isAccepted()).isTrue();
    assertThat(outcome.key()).isEqualTo(new CallerKey(CallerKey.Type.USER, ann));
    assertThat(outcome.grant().id()).isEqualTo(ann);
    assertThat(outcome.grant().credential()).isEqualTo(Grant.Credential.WEB_SESSION);
    assertThat(outcome.grant().permissions()).containsExactly(Permission.TIME_BOOK_OWN);
  }

  @Test
  void anEnforcedAccountsPasswordIsRetiredOnlyWhileAProviderIsConfigured() {
    db.run(em -> em.find(UserAccount.class, ann).setSsoMode(SsoMode.ENFORCED));

    assertThat(signIn("ann@example.org", "correct horse").isAccepted())
        .as("no provider: the password is the only way in, whatever the mode")
        .isTrue();

    auth.identityProvider =
        CompanyIdentityProvider.of("https://login.example.com", SsoMode.ALLOWED);
    Authentication.Outcome retired = signIn("ann@example.org", "correct horse");
    assertThat(retired.isAccepted()).isFalse();
    assertThat(retired.refusal()).isEqualTo(Authentication.PASSWORD_RETIRED);
    assertThat(retired.grant()).isEqualTo(Grant.ANONYMOUS);
    assertThat(signIn("ann@example.org", "wrong").refusal())
        .as("a wrong password tells nothing of the mode")
        .isEqualTo(Authentication.WRONG_PASSWORD);

    db.run(em -> em.find(UserAccount.class, ann).setSsoMode(SsoMode.ALLOWED));
    assertThat(signIn("ann@example.org", "correct horse").isAccepted()).isTrue();
  }

  @Test
  void everyFailureLooksAlikeAndCostsOneSlowHash() {
    db.run(
        em -> {
          UserAccount other = new UserAccount();
          other.setEmail("gone@example.org");
          other.setDisplayName("Gone");
          other.setPasswordHash(hashing.hash("correct horse"), false);
          other.setActive(false);
          em.persist(other);
        });
    String[][] attempts = {
      {"ann@example.org", "wrong"},
      {"nobody@example.org", "correct horse"},
      {"gone@example.org", "correct horse"},
      {"ann@example.org", "x".repeat(PasswordHashing.MAX_LENGTH + 1)},
      {"", "correct horse"},
      {null, null}
    };
    Set<String> refusals = new java.util.HashSet<>();
    for (String[] attempt : attempts) {
      int before = hashing.verifications;
      Authentication.Outcome outcome = signIn(attempt[0], attempt[1]);
      assertThat(outcome.isAccepted()).as(String.join("/", String.valueOf(attempt[0]))).isFalse();
      assertThat(outcome.grant()).isEqualTo(Grant.ANONYMOUS);
      assertThat(outcome.key()).isNull();
      assertThat(hashing.verifications).as("one slow hash each").isEqualTo(before + 1);
      refusals.add(outcome.refusal());
    }
    assertThat(refusals).hasSize(1);
  }

  @Test
  void aSessionReadsTheAccountAfreshEachTime() {
    CallerKey key = new CallerKey(CallerKey.Type.USER, ann);
    String session = db.inTransaction(em -> auth.openSession(key, "192.0.2.1", "Firefox"));
    assertThat(db.<Grant>inTransaction(em -> auth.session(key, session)).permissions())
        .containsExactly(Permission.TIME_BOOK_OWN);

    db.run(em -> em.find(UserAccount.class, ann).setActive(false));
    assertThat(db.<Grant>inTransaction(em -> auth.session(key, session)))
        .isEqualTo(Grant.ANONYMOUS);
    assertThat(
            db.<Grant>inTransaction(
                em -> auth.session(new CallerKey(CallerKey.Type.USER, -1), session)))
        .as("the record belongs to its account only")
        .isEqualTo(Grant.ANONYMOUS);
    assertThat(
            db.<Grant>inTransaction(
                em -> auth.session(new CallerKey(CallerKey.Type.DEVICE, ann), session)))
        .as("a session holds only a user key")
        .isEqualTo(Grant.ANONYMOUS);
  }

  @Test
  void aSessionWithoutItsRecordIsAnonymous() {
    CallerKey key = new CallerKey(CallerKey.Type.USER, ann);
    assertThat(db.<Grant>inTransaction(em -> auth.session(key, null)))
        .as("a session from before records existed")
        .isEqualTo(Grant.ANONYMOUS);
    String session = db.inTransaction(em -> auth.openSession(key, null, null));
    db.run(em -> auth.endSession(session));
    assertThat(db.<Grant>inTransaction(em -> auth.session(key, session)))
        .isEqualTo(Grant.ANONYMOUS);
  }

  @Test
  void aSecretOfNoKnownTypeIsRefusedWithoutTouchingTheDatabase() {
    for (String secret : new String[] {"tw_aa_whatever", "password", "", null}) {
      Authentication.Outcome outcome = db.inTransaction(em -> auth.apiSecret(null, secret, null));
      assertThat(outcome.refusal()).isEqualTo(Authentication.REFUSED);
    }
  }

  @Test
  void thePasswordMayBeAsLongAsAllowedButNoLonger() {
    String longest = "p".repeat(PasswordHashing.MAX_LENGTH);
    db.run(em -> em.find(UserAccount.class, ann).setPasswordHash(hashing.hash(longest), false));
    assertThat(signIn("ann@example.org", longest).isAccepted()).isTrue();
    db.run(
        em -> em.find(UserAccount.class, ann).setPasswordHash(hashing.hash(longest + "p"), false));
    assertThat(signIn("ann@example.org", longest + "p").isAccepted()).isFalse();
  }

  @Test
  void theLastUsedAddressIsStoredAsFarAsItFits() {
    String widest = "x".repeat(Networks.MAX_IP_LENGTH);
    assertThat(Networks.storableIp(widest)).isEqualTo(widest);
    assertThat(Networks.storableIp(widest + "x")).isNull();
    assertThat(Networks.storableIp("%eth0")).isEmpty();
    assertThat(Networks.storableIp("::1")).isEqualTo("::1");
  }

  // --- access authorisations
  // ----------------------------------------------------------------------

  /** Stores an authorisation with a fresh password; answers [id, password]. */
  private Object[] authorisation(
      Set<Permission> options, Set<String> networks, boolean active, java.time.LocalDate expires) {
    String password = tokens.newToken(SecretTokens.Type.ACCESS_AUTHORISATION);
    long id =
        db.inTransaction(
            em -> {
              AccessAuthorisation a = new AccessAuthorisation();
              a.setName("Hall terminal");
              a.setPermissions(options);
              a.setAllowedNetworks(networks);
              a.setActive(active);
              a.setExpiresOn(expires);
              a.setTokenDigest(tokens.digest(password));
              em.persist(a);
              em.flush();
              return a.getId();
            });
    return new Object[] {id, password};
  }

  private Authentication.Outcome api(Long id, String secret, String ip) {
    return db.inTransaction(em -> auth.apiSecret(id, secret, ip));
  }

  @Test
  void anAccessAuthorisationActsAsItselfWithExactlyItsOptions() {
    Object[] terminal =
        authorisation(EnumSet.of(Permission.ATTENDANCE_CHECK_IN_OUT), Set.of(), true, null);
    long id = (long) terminal[0];
    String password = (String) terminal[1];
    for (Long basicId : new Long[] {null, id}) {
      Authentication.Outcome outcome = api(basicId, password, "10.1.2.3");
      assertThat(outcome.isAccepted()).isTrue();
      assertThat(outcome.key()).isEqualTo(new CallerKey(CallerKey.Type.INTERFACE, id));
      assertThat(outcome.grant().kind()).isEqualTo(Grant.Kind.INTERFACE);
      assertThat(outcome.grant().credential()).isEqualTo(Grant.Credential.ACCESS_AUTHORISATION);
      assertThat(outcome.grant().credentialId()).isEqualTo(id);
      assertThat(outcome.grant().ownEmployeeId()).isNull();
      assertThat(outcome.grant().permissions()).containsExactly(Permission.ATTENDANCE_CHECK_IN_OUT);
    }
    assertThat(api(id + 1, password, "10.1.2.3").refusal()).isEqualTo(Authentication.REFUSED);
    String tampered =
        password.substring(0, 10)
            + (password.charAt(10) == 'a' ? 'b' : 'a')
            + password.substring(11);
    assertThat(api(null, tampered, "10.1.2.3").refusal()).isEqualTo(Authentication.REFUSED);
    assertThat(
            api(null, tokens.newToken(SecretTokens.Type.ACCESS_AUTHORISATION), "10.1.2.3")
                .refusal())
        .as("well-formed but unknown")
        .isEqualTo(Authentication.REFUSED);
  }

  @Test
  void inactiveExpiredAndRevokedAuthorisationsAreRefusedLikeWrongPasswords() {
    java.time.LocalDate today =
        java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    Object[] inactive = authorisation(EnumSet.of(Permission.PROJECT_VIEW), Set.of(), false, null);
    Object[] expired =
        authorisation(EnumSet.of(Permission.PROJECT_VIEW), Set.of(), true, today.minusDays(1));
    Object[] lastDay = authorisation(EnumSet.of(Permission.PROJECT_VIEW), Set.of(), true, today);
    Object[] revoked = authorisation(EnumSet.of(Permission.PROJECT_VIEW), Set.of(), true, null);
    db.run(em -> em.find(AccessAuthorisation.class, revoked[0]).revoke(java.time.Instant.now()));
    assertThat(api(null, (String) inactive[1], "10.0.0.1").refusal())
        .isEqualTo(Authentication.REFUSED);
    assertThat(api(null, (String) expired[1], "10.0.0.1").refusal())
        .isEqualTo(Authentication.REFUSED);
    assertThat(api(null, (String) revoked[1], "10.0.0.1").refusal())
        .isEqualTo(Authentication.REFUSED);
    assertThat(api(null, (String) lastDay[1], "10.0.0.1").isAccepted())
        .as("the expiry date is the last day it works")
        .isTrue();
  }

  @Test
  void onlyTheAllowedNetworksMayUseIt() {
    Object[] terminal =
        authorisation(
            EnumSet.of(Permission.PROJECT_VIEW),
            Set.of("10.20.0.0/16", "2001:db8::/32"),
            true,
            null);
    String password = (String) terminal[1];
    assertThat(api(null, password, "10.20.3.4").isAccepted()).isTrue();
    assertThat(api(null, password, "::ffff:10.20.3.4").isAccepted())
        .as("an IPv4-mapped IPv6 address is the IPv4 address")
        .isTrue();
    assertThat(api(null, password, "2001:db8:1::7").isAccepted()).isTrue();
    for (String outside : new String[] {"10.21.0.1", "2001:db9::1", "::1", "", "garbage"}) {
      Authentication.Outcome outcome = api(null, password, outside);
      assertThat(outcome.isAccepted()).as(outside).isFalse();
      assertThat(outcome.fromForbiddenAddress()).as(outside).isTrue();
      assertThat(outcome.refusal()).isEqualTo(Authentication.IP_NOT_ALLOWED);
    }
    Authentication.Outcome wrongPassword =
        api(null, password.substring(0, 54) + (password.endsWith("0") ? "1" : "0"), "10.21.0.1");
    assertThat(wrongPassword.fromForbiddenAddress())
        .as("only a holder of the password learns about the address")
        .isFalse();
  }

  @Test
  void itsLastUseIsRecordedAtMostOnceAMinute() {
    Object[] terminal = authorisation(EnumSet.of(Permission.PROJECT_VIEW), Set.of(), true, null);
    java.time.Instant start = java.time.Instant.parse("2026-03-02T08:00:00Z");
    auth.clock = java.time.Clock.fixed(start, java.time.ZoneOffset.UTC);
    api(null, (String) terminal[1], "10.0.0.1");
    auth.clock = java.time.Clock.fixed(start.plusSeconds(30), java.time.ZoneOffset.UTC);
    api(null, (String) terminal[1], "10.0.0.2");
    AccessAuthorisation first =
        db.otherEntityManager().find(AccessAuthorisation.class, terminal[0]);
    assertThat(first.getLastUsedAt()).isEqualTo(start);
    assertThat(first.getLastUsedIp()).isEqualTo("10.0.0.1");
    auth.clock = java.time.Clock.fixed(start.plusSeconds(61), java.time.ZoneOffset.UTC);
    api(null, (String) terminal[1], "10.0.0.3");
    AccessAuthorisation later =
        db.otherEntityManager().find(AccessAuthorisation.class, terminal[0]);
    assertThat(later.getLastUsedAt()).isEqualTo(start.plusSeconds(61));
    assertThat(later.getLastUsedIp()).isEqualTo("10.0.0.3");
  }
}
