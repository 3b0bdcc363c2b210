package org.teamward.access.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserPolicy;
import org.teamward.access.credentials.CredentialPolicy;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.TestCaller;
import org.teamward.access.rights.TestClock;
import org.teamward.access.signin.SignInParts;
import org.teamward.access.signin.WebSession;
import org.teamward.access.signin.WebSessionStore;
import org.teamward.failure.Forbidden;
import org.teamward.failure.NotFound;
import org.teamward.persistence.TestDatabase;

/**
 * Web sessions as the database records them: the idle and the absolute timeout, and ending them,
 * one's own from "My sessions" and all of an account's by an administrator.
 */
class WebSessionsTest {

  TestDatabase db;
  TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
  WebSessionStore store;
  WebSessions sessions;
  TestCaller caller = new TestCaller();
  UserAccount ann;
  UserAccount bob;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    store = SignInParts.sessions(db.em(), clock);
    sessions = new WebSessions();
    sessions.em = db.em();
    sessions.caller = caller;
    sessions.store = store;
    sessions.credentials = new CredentialPolicy();
    sessions.policy = new UserPolicy();
    ann = account("ann@example.org");
    bob = account("bob@example.org");
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private UserAccount account(String email) {
    return db.inTransaction(
        em -> {
          UserAccount user = new UserAccount();
          user.setEmail(email);
          user.setDisplayName(email);
          em.persist(user);
          return user;
        });
  }

  private String open(UserAccount user) {
    return db.inTransaction(() -> store.open(user.getId(), "192.0.2.1", "Mozilla/5.0 (X11)"));
  }

  private boolean alive(String id, UserAccount user) {
    return db.inTransaction(() -> store.touch(id, user.getId()));
  }

  @Test
  void anIdleSessionEndsAfterTheIdleTimeoutButUseKeepsItAlive() {
    String id = open(ann);
    clock.advance(Duration.ofMinutes(29));
    assertThat(alive(id, ann)).isTrue();
    clock.advance(Duration.ofMinutes(29));
    assertThat(alive(id, ann)).as("seen 29 minutes ago").isTrue();
    clock.advance(Duration.ofMinutes(30));
    assertThat(alive(id, ann)).as("idle for 30 minutes").isFalse();
    clock.advance(Duration.ofMinutes(-30));
    assertThat(alive(id, ann)).as("an ended session stays ended").isFalse();
  }

  @Test
  void aSessionInUseStillEndsAtTheAbsoluteTimeout() {
    String id = open(ann);
    for (int i = 0; i < 71; i++) {
      clock.advance(Duration.ofMinutes(10));
      assertThat(alive(id, ann)).as("after %d minutes", (i + 1) * 10).isTrue();
    }
    clock.advance(Duration.ofMinutes(10));
    assertThat(alive(id, ann)).as("12 hours after sign-in").isFalse();
  }

  @Test
  void aSessionIsAliveOnlyForItsOwnAccount() {
    String id = open(ann);
    assertThat(alive(id, bob)).isFalse();
    assertThat(alive(null, ann)).isFalse();
    assertThat(alive(id, ann)).isTrue();
  }

  @Test
  void myOwnSessionsAreListedAndEndedOneByOneOrAllOthers() {
    String laptop = open(ann);
    clock.advance(Duration.ofMinutes(5));
    String phone = open(ann);
    clock.advance(Duration.ofMinutes(5));
    String tablet = open(ann);
    String bobs = open(bob);
    caller.actAs(sessionGrant(ann));

    assertThat(db.inTransaction(() -> sessions.mine()))
        .extracting(WebSession::id)
        .as("the most recently seen first, only mine")
        .containsExactly(tablet, phone, laptop);
    assertThat(db.inTransaction(() -> sessions.mine()).get(0).userAgent())
        .isEqualTo("Mozilla/5.0 (X11)");

    db.run(em -> sessions.endMine(phone));
    assertThat(alive(phone, ann)).isFalse();
    assertThatThrownBy(() -> db.run(em -> sessions.endMine(bobs)))
        .as("someone else's session is not mine to end")
        .isInstanceOf(NotFound.class);
    assertThat(alive(bobs, bob)).isTrue();

    assertThat(db.<Integer>inTransaction(() -> sessions.endMyOthers(tablet))).isEqualTo(1);
    assertThat(alive(laptop, ann)).isFalse();
    assertThat(alive(tablet, ann)).isTrue();
    assertThat(alive(bobs, bob)).isTrue();
  }

  @Test
  void aDevicePasswordCannotEndWebSessions() {
    String laptop = open(ann);
    Grant web = sessionGrant(ann);
    caller.actAs(
        new Grant(
            web.kind(),
            web.id(),
            web.name(),
            web.permissions(),
            web.ownEmployeeId(),
            web.scope(),
            Grant.Credential.DEVICE_PASSWORD,
            1L,
            web.scopes()));
    assertThatThrownBy(() -> db.run(em -> sessions.endMine(laptop))).isInstanceOf(Forbidden.class);
    assertThat(db.inTransaction(() -> sessions.mine())).isEmpty();
    assertThat(alive(laptop, ann)).isTrue();
  }

  @Test
  void anAdministratorEndsAllSessionsOfAnAccount() {
    String laptop = open(ann);
    String phone = open(ann);
    String bobs = open(bob);
    caller.actAs(TestCaller.person(null, Permission.values()));
    assertThat(db.<Integer>inTransaction(() -> sessions.endAllSessions(ann.getId()))).isEqualTo(2);
    assertThat(alive(laptop, ann)).isFalse();
    assertThat(alive(phone, ann)).isFalse();
    assertThat(alive(bobs, bob)).isTrue();
  }

  private Grant sessionGrant(UserAccount user) {
    return db.inTransaction(em -> SignInParts.sessionGrant(em, user.getId()));
  }
}
