package org.teamward.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.teamward.it.signin.HostileProvider.Token;

/**
 * ID tokens that a real provider never sends, from a provider that sends whatever a test asks
 * ({@link HostileProvider}), to a second server that trusts it ({@link SecondServer#FORGING}): an
 * unsigned token, an expired one, one signed by a key the provider does not publish, and one for
 * another client sign nobody in, never answer 5xx, and leave a refusal in the audit log. The same
 * flow with a correct token signs in, so each refusal is the token's doing.
 */
public abstract class ForgedTokenTests {

  static String server;

  @BeforeAll
  static void aPersonTheProviderKnowsHasAnAccount() {
    server = SecondServer.FORGING.ready();
    SecondServer.FORGING.createPerson(HostileProvider.EMAIL, "Fiona Forged");
  }

  private static HttpResponse<String> signInWith(Token token, ProviderFlow browser) {
    HostileProvider.next(token);
    return browser.callback(browser.atProvider(browser.start(), "not", "asked"));
  }

  @Test
  void aCorrectTokenSignsIn() {
    ProviderFlow browser = new ProviderFlow(server);

    HttpResponse<String> answer = signInWith(Token.VALID, browser);

    assertThat(ProviderFlow.location(answer).getPath()).isEqualTo("/index.xhtml");
    assertThat(browser.signedIn()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(names = {"UNSIGNED", "EXPIRED", "FOREIGN_KEY", "OTHER_AUDIENCE"})
  void aForgedTokenSignsNobodyIn(Token token) {
    ProviderFlow browser = new ProviderFlow(server);
    int refusedBefore = refusals();

    HttpResponse<String> answer = signInWith(token, browser);

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(ProviderFlow.location(answer).getPath()).isEqualTo("/login.xhtml");
    assertThat(ProviderFlow.query(ProviderFlow.location(answer))).containsEntry("sso", "failed");
    assertThat(browser.signedIn()).isFalse();
    assertThat(refusals()).as("one more refusal in the audit log").isEqualTo(refusedBefore + 1);
  }

  /**
   * How many provider answers the audit log holds as refused: each row counts the like failures of
   * its minute ({@code attempts}).
   */
  private static int refusals() {
    return CompanySignInTests.refusedAnswers(SecondServer.FORGING.admin())
        .getList("items.attempts", Integer.class)
        .stream()
        .mapToInt(Integer::intValue)
        .sum();
  }
}
