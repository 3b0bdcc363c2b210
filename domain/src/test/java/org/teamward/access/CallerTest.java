package org.teamward.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grant the mechanism left in the request is the one a request is judged by, loaded once. */
class CallerTest {

  private final Map<String, Object> attributes = new HashMap<>();
  private int loads;
  private Principal principal;

  private final Grant person = TestCaller.person(5L, Permission.PROJECT_VIEW);

  private Caller caller() {
    Caller caller = new Caller();
    caller.request =
        fake(HttpServletRequest.class, "getAttribute", args -> attributes.get(args[0]));
    caller.securityContext = fake(SecurityContext.class, "getCallerPrincipal", args -> principal);
    caller.grants =
        new Grants() {
          @Override
          public Grant load(CallerKey key) {
            loads++;
            return person;
          }
        };
    return caller;
  }

  @Test
  void theMechanismsGrantIsUsedWithoutLoadingAgain() {
    attributes.put(Caller.GRANT_ATTRIBUTE, person);
    principal = () -> "user:5";
    Caller caller = caller();
    assertThat(caller.grant()).isSameAs(person);
    assertThat(caller.grant()).isSameAs(person);
    assertThat(loads).isZero();
  }

  @Test
  void withoutOneThePrincipalIsLoadedOncePerRequest() {
    principal = () -> "user:5";
    Caller caller = caller();
    assertThat(caller.grant()).isEqualTo(person);
    assertThat(caller.grant()).isEqualTo(person);
    assertThat(loads).isEqualTo(1);
  }

  @Test
  void nobodyIsAnonymous() {
    assertThat(caller().grant()).isEqualTo(Grant.ANONYMOUS);
    principal = () -> "not a caller key";
    assertThat(caller().grant()).isEqualTo(Grant.ANONYMOUS);
    attributes.put(Caller.GRANT_ATTRIBUTE, "not a grant");
    assertThat(caller().grant()).isEqualTo(Grant.ANONYMOUS);
    assertThat(loads).isZero();
  }

  @Test
  void outsideAServletRequestThePrincipalCounts() {
    principal = () -> "user:5";
    Caller caller = caller();
    caller.request =
        fake(
            HttpServletRequest.class,
            "getAttribute",
            args -> {
              throw new IllegalStateException("no request");
            });
    assertThat(caller.grant()).isEqualTo(person);
    assertThat(loads).isEqualTo(1);
  }

  /** A stand-in answering one method; any other call fails the test. */
  @SuppressWarnings("unchecked")
  private static <T> T fake(
      Class<T> type, String method, java.util.function.Function<Object[], Object> answer) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, m, args) -> {
              if (m.getName().equals(method)) {
                return answer.apply(args);
              }
              throw new AssertionError("unexpected call " + m.getName());
            });
  }
}
