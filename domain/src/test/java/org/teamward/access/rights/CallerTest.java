package org.teamward.access.rights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A request is judged by the grant the mechanism identified it with, and by nothing else. */
class CallerTest {

  private final Caller caller = new Caller();
  private final Grant ann = TestCaller.person(5L, Permission.PROJECT_VIEW);
  private final Grant bob = TestCaller.person(6L, Permission.TIME_BOOK_OWN);

  @Test
  void holdsWhatTheMechanismIdentified() {
    caller.arrivedFrom("203.0.113.9");
    caller.identify(ann);
    assertThat(caller.grant()).isSameAs(ann);
    assertThat(caller.clientIp()).isEqualTo("203.0.113.9");
    assertThat(caller.inRequest()).isTrue();
  }

  @Test
  void aRequestNoCredentialIdentifiedIsAnonymous() {
    caller.arrivedFrom("203.0.113.9");
    assertThat(caller.grant()).isEqualTo(Grant.ANONYMOUS);
    assertThat(caller.inRequest()).isTrue();
  }

  @Test
  void theLastIdentificationOfARequestCounts() {
    // The page's request, then the sign-in form authenticating again within it.
    caller.arrivedFrom("203.0.113.9");
    caller.identify(ann);
    caller.arrivedFrom("203.0.113.9");
    caller.identify(bob);
    assertThat(caller.grant()).isSameAs(bob);
  }

  @Test
  void anAuthenticationAgainThatVerifiesNothingLeavesTheGrant() {
    caller.arrivedFrom("203.0.113.9");
    caller.identify(ann);
    caller.arrivedFrom("203.0.113.9");
    assertThat(caller.grant()).isSameAs(ann);
  }

  @Test
  void aScheduledOrStartUpTaskIsInNoRequestAndAnonymous() {
    assertThat(caller.inRequest()).isFalse();
    assertThat(caller.grant()).isEqualTo(Grant.ANONYMOUS);
    assertThat(caller.clientIp()).isNull();
  }
}
