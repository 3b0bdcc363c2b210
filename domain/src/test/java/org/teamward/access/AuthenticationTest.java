package org.teamward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.persistence.TestDatabase;

/**
 * The personal-password and session paths of the one credential seam; the device-password path is
 * covered with the device passwords it checks ({@link DevicePasswordsTest}).
 */
class AuthenticationTest {

  TestDatabase db;
  Authentication auth;
  DevicePasswordsTest.PlainHashing hashing = new DevicePasswordsTest.PlainHashing();
  long ann;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    auth = new Authentication();
    auth.em = db.em();
    auth.hashing = hashing;
    auth.tokens = new SecretTokens("a-test-pepper-of-at-least-32-characters");
    auth.policy = new CredentialPolicy();
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
    return db.inTransaction(em -> auth.personalPassword(email, password));
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
    assertThat(db.<Grant>inTransaction(em -> auth.session(key)).permissions())
        .containsExactly(Permission.TIME_BOOK_OWN);

    db.run(em -> em.find(UserAccount.class, ann).setActive(false));
    assertThat(db.<Grant>inTransaction(em -> auth.session(key))).isEqualTo(Grant.ANONYMOUS);
    assertThat(db.<Grant>inTransaction(em -> auth.session(new CallerKey(CallerKey.Type.USER, -1))))
        .isEqualTo(Grant.ANONYMOUS);
    assertThat(
            db.<Grant>inTransaction(em -> auth.session(new CallerKey(CallerKey.Type.DEVICE, ann))))
        .as("a session holds only a user key")
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
    String widest = "x".repeat(Authentication.MAX_IP_LENGTH);
    assertThat(Authentication.storableIp(widest)).isEqualTo(widest);
    assertThat(Authentication.storableIp(widest + "x")).isNull();
    assertThat(Authentication.storableIp("%eth0")).isEmpty();
    assertThat(Authentication.storableIp("::1")).isEqualTo("::1");
  }
}
