package org.teamward.access.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.SsoMode;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.rights.CallerKey;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestCaller;
import org.teamward.audit.AuditEvent;
import org.teamward.audit.TestAudit;
import org.teamward.persistence.TestDatabase;

/**
 * Who a verified provider identity lets in: an account matched by verified e-mail once, then by the
 * stored subject alone; nobody else, and never a deactivated account. Each decision is in the audit
 * log.
 */
class ProviderSignInsTest {

  static final String ISSUER = "https://login.example.com/realms/company";

  TestDatabase db;
  ProviderSignIns signIns;
  long ann;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    signIns = new ProviderSignIns();
    signIns.em = db.em();
    signIns.trail = TestAudit.trail(db, new TestCaller());
    ann = account("ann@example.org", true);
  }

  long account(String email, boolean active) {
    return db.inTransaction(
        em -> {
          UserGroup group = new UserGroup();
          group.setName("Bookers " + email);
          group.setPermissions(EnumSet.of(Permission.TIME_BOOK_OWN));
          em.persist(group);
          UserAccount user = new UserAccount();
          user.setEmail(email);
          user.setDisplayName(email);
          user.setActive(active);
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

  ProviderSignIns.Result signIn(ProviderIdentity identity) {
    return signIn(identity, false);
  }

  ProviderSignIns.Result signIn(ProviderIdentity identity, boolean trustMfa) {
    return db.inTransaction(em -> signIns.signIn(identity, trustMfa));
  }

  static ProviderIdentity ann(String subject, String email, boolean verified) {
    return new ProviderIdentity(ISSUER, subject, email, verified, false);
  }

  AuditEvent lastEvent() {
    var events = TestAudit.events(db);
    return events.get(events.size() - 1);
  }

  @Test
  void theFirstSignInMatchesByVerifiedEmailAndLinksTheSubject() {
    ProviderSignIns.Result result = signIn(ann("sub-ann", "ANN@example.org", true));

    assertThat(result.refusal()).isNull();
    assertThat(result.outcome().key()).isEqualTo(new CallerKey(CallerKey.Type.USER, ann));
    assertThat(result.outcome().grant().credential()).isEqualTo(Grant.Credential.WEB_SESSION);
    assertThat(result.outcome().grant().permissions()).containsExactly(Permission.TIME_BOOK_OWN);
    assertThat(TestAudit.events(db))
        .extracting(AuditEvent::getAction)
        .containsExactly(ProviderSignIns.LINK, ProviderSignIns.SIGN_IN);
  }

  @Test
  void laterSignInsMatchBySubjectAloneWhateverTheEmailSays() {
    signIn(ann("sub-ann", "ann@example.org", true));
    long bob = account("bob@example.org", true);

    ProviderSignIns.Result renamed = signIn(ann("sub-ann", "bob@example.org", true));
    assertThat(renamed.outcome().key().id())
        .as("an address changed at the provider does not lead into Bob's account")
        .isEqualTo(ann)
        .isNotEqualTo(bob);
    assertThat(signIn(ann("sub-ann", null, false)).outcome().key().id()).isEqualTo(ann);
  }

  @Test
  void anotherSubjectWithTheLinkedAccountsAddressIsRefused() {
    signIn(ann("sub-ann", "ann@example.org", true));

    ProviderSignIns.Result result = signIn(ann("sub-intruder", "ann@example.org", true));

    assertThat(result.refusal()).isEqualTo(ProviderSignIns.Refusal.LINKED_ELSEWHERE);
    assertThat(result.outcome().isAccepted()).isFalse();
    assertThat(result.outcome().grant()).isEqualTo(Grant.ANONYMOUS);
  }

  @Test
  void anUnverifiedAddressIsRefusedAndLinksNothing() {
    ProviderSignIns.Result result = signIn(ann("sub-ann", "ann@example.org", false));

    assertThat(result.refusal()).isEqualTo(ProviderSignIns.Refusal.UNVERIFIED);
    assertThat(lastEvent().getDetail()).isEqualTo("e-mail address not verified");
    assertThat(signIn(ann("sub-ann", null, false)).refusal())
        .as("the subject was not stored")
        .isEqualTo(ProviderSignIns.Refusal.UNVERIFIED);
  }

  @Test
  void anUnknownPersonIsRefusedAndNoAccountIsCreated() {
    long before =
        db.inTransaction(
            em ->
                em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult());

    ProviderSignIns.Result result = signIn(ann("sub-x", "stranger@example.org", true));

    assertThat(result.refusal()).isEqualTo(ProviderSignIns.Refusal.UNKNOWN);
    assertThat(lastEvent().getDetail()).isEqualTo("no account with this e-mail address");
    assertThat(
            db.<Long>inTransaction(
                em ->
                    em.createQuery("select count(u) from UserAccount u", Long.class)
                        .getSingleResult()))
        .isEqualTo(before);
  }

  @Test
  void aDeactivatedAccountIsRefusedBeforeAndAfterLinking() {
    long gone = account("gone@example.org", false);
    assertThat(signIn(ann("sub-gone", "gone@example.org", true)).refusal())
        .isEqualTo(ProviderSignIns.Refusal.INACTIVE);

    signIn(ann("sub-ann", "ann@example.org", true));
    db.run(em -> em.find(UserAccount.class, ann).setActive(false));
    assertThat(signIn(ann("sub-ann", "ann@example.org", true)).refusal())
        .isEqualTo(ProviderSignIns.Refusal.INACTIVE);
    assertThat(lastEvent().getDetail()).isEqualTo("inactive account");
    assertThat(gone).isNotEqualTo(ann);
  }

  @Test
  void teamwardsOwnCodeFollowsUnlessTheProvidersMfaIsTrustedAndShown() {
    db.run(
        em -> {
          UserAccount user = em.find(UserAccount.class, ann);
          user.startTotpEnrolment("sealed");
          user.confirmTotpEnrolment();
        });

    ProviderSignIns.Result own = signIn(ann("sub-ann", "ann@example.org", true));
    assertThat(own.outcome().needsSecondFactor()).isTrue();
    assertThat(own.outcome().grant()).isEqualTo(Grant.ANONYMOUS);

    ProviderSignIns.Result withoutMfa = signIn(ann("sub-ann", "ann@example.org", true), true);
    assertThat(withoutMfa.refusal()).isEqualTo(ProviderSignIns.Refusal.MFA_REQUIRED);

    ProviderSignIns.Result withMfa =
        signIn(new ProviderIdentity(ISSUER, "sub-ann", "ann@example.org", true, true), true);
    assertThat(withMfa.outcome().isAccepted()).isTrue();
    assertThat(withMfa.outcome().needsSecondFactor()).isFalse();
    assertThat(withMfa.outcome().grant().id()).isEqualTo(ann);
  }

  @Test
  void anAccountOnPasswordOnlyIsRefusedAndNotLinked() {
    db.run(em -> em.find(UserAccount.class, ann).setSsoMode(SsoMode.DISABLED));

    ProviderSignIns.Result result = signIn(ann("sub-ann", "ann@example.org", true));

    assertThat(result.refusal()).isEqualTo(ProviderSignIns.Refusal.DISABLED);
    assertThat(
            db.<Boolean>inTransaction(em -> em.find(UserAccount.class, ann).isLinkedToProvider()))
        .isFalse();
  }

  @Test
  void aRefusedAnswerIsAuditedWithItsReason() {
    ProviderSignIns.Result result =
        db.inTransaction(em -> signIns.refusedAnswer("state does not match this sign-in"));

    assertThat(result.refusal()).isEqualTo(ProviderSignIns.Refusal.FAILED);
    assertThat(lastEvent().getAction()).isEqualTo(ProviderSignIns.SIGN_IN);
    assertThat(lastEvent().getDetail()).isEqualTo("state does not match this sign-in");
  }

  @Test
  void theProvidersLogoutEndsTheLinkedAccountsSessionsOnly() {
    signIns.sessions = SignInParts.sessions(db.em(), java.time.Clock.systemUTC());
    long bob = account("bob@example.org", true);
    signIn(ann("sub-ann", "ann@example.org", true));
    String annSession = db.inTransaction(em -> signIns.sessions.open(ann, "192.0.2.1", "Firefox"));
    String bobSession = db.inTransaction(em -> signIns.sessions.open(bob, "192.0.2.1", "Firefox"));

    assertThat(db.<Boolean>inTransaction(em -> signIns.logout(ISSUER, "sub-ann", "jti-1")))
        .isTrue();

    assertThat(db.<Boolean>inTransaction(em -> signIns.sessions.touch(annSession, ann))).isFalse();
    assertThat(db.<Boolean>inTransaction(em -> signIns.sessions.touch(bobSession, bob))).isTrue();
    assertThat(lastEvent().getAction()).isEqualTo(ProviderSignIns.LOGOUT);
    assertThat(lastEvent().getDetail()).isEqualTo("1 web session(s) ended");

    db.run(em -> signIns.logout("https://other.example.com", "sub-ann", "jti-2"));
    assertThat(lastEvent().getDetail())
        .as("the same subject at another issuer is someone else")
        .isEqualTo("0 web session(s) ended");
  }

  @Test
  void aLogoutTokenCountsOnce() {
    signIns.sessions = SignInParts.sessions(db.em(), java.time.Clock.systemUTC());
    signIn(ann("sub-ann", "ann@example.org", true));
    assertThat(db.<Boolean>inTransaction(em -> signIns.logout(ISSUER, "sub-ann", "jti-once")))
        .isTrue();
    String later = db.inTransaction(em -> signIns.sessions.open(ann, "192.0.2.1", "Firefox"));

    assertThat(db.<Boolean>inTransaction(em -> signIns.logout(ISSUER, "sub-ann", "jti-once")))
        .as("the same token again")
        .isFalse();
    assertThat(db.<Boolean>inTransaction(em -> signIns.sessions.touch(later, ann)))
        .as("a replay ends nothing")
        .isTrue();
    assertThat(lastEvent().getDetail()).isEqualTo("logout token used before");

    assertThat(db.<Boolean>inTransaction(em -> signIns.logout(ISSUER, "sub-ann", "jti-next")))
        .as("another token of the provider")
        .isTrue();
  }
}
