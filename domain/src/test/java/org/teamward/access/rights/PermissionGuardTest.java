package org.teamward.access.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teamward.access.rights.Permission.PROJECT_VIEW;
import static org.teamward.access.rights.Permission.TIME_VIEW_ALL;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamward.failure.Forbidden;
import org.teamward.failure.NotAuthenticated;

/**
 * Deny by default at run time: the guard lets a use case run only as its declaration allows, and
 * {@link UseCaseRights}, which the web UI asks to show or hide controls, answers the same.
 */
class PermissionGuardTest {

  /** One use case of each kind of declaration, and one that forgot to declare any. */
  public static class Service {
    @Public(value = "the sign-in needs it before anyone is signed in", effect = Effect.READ)
    public String open() {
      return "open";
    }

    @Authenticated(effect = Effect.READ)
    public String own() {
      return "own";
    }

    @Requires(
        value = {PROJECT_VIEW, TIME_VIEW_ALL},
        effect = Effect.WRITE)
    public String guarded() {
      return "guarded";
    }

    public String forgotten() {
      return "forgotten";
    }
  }

  enum Outcome {
    RUNS,
    NOT_AUTHENTICATED,
    FORBIDDEN,
    REFUSED_AS_UNDECLARED
  }

  private final TestCaller caller = new TestCaller();
  private final PermissionGuard guard = new PermissionGuard();

  {
    guard.caller = caller;
  }

  @ParameterizedTest(name = "{0} by {1} with {2} -> {3}")
  @CsvSource({
    "open,      anonymous, -,                                   RUNS",
    "open,      user,      -,                                   RUNS",
    "own,       anonymous, -,                                   NOT_AUTHENTICATED",
    "own,       user,      -,                                   RUNS",
    "own,       interface, -,                                   RUNS",
    "guarded,   anonymous, -,                                   NOT_AUTHENTICATED",
    "guarded,   user,      -,                                   FORBIDDEN",
    "guarded,   user,      PROJECT_EDIT|TIME_BOOK_OWN,          FORBIDDEN",
    "guarded,   user,      PROJECT_VIEW,                        RUNS",
    "guarded,   interface, TIME_VIEW_ALL,                       RUNS",
    "guarded,   user,      PROJECT_VIEW|TIME_VIEW_ALL,          RUNS",
    "forgotten, anonymous, -,                                   REFUSED_AS_UNDECLARED",
    "forgotten, user,      PROJECT_VIEW|TIME_VIEW_ALL|USER_MANAGE, REFUSED_AS_UNDECLARED",
  })
  void theGuardEnforcesTheDeclaration(
      String useCase, String kind, String permissions, Outcome expected) throws Exception {
    caller.actAs(grant(kind, permissions));
    Invocation invocation = new Invocation(new Service(), method(useCase));

    switch (expected) {
      case RUNS -> assertThat(guard.check(invocation)).isEqualTo(useCase);
      case NOT_AUTHENTICATED ->
          assertThatThrownBy(() -> guard.check(invocation)).isInstanceOf(NotAuthenticated.class);
      case FORBIDDEN ->
          assertThatThrownBy(() -> guard.check(invocation)).isInstanceOf(Forbidden.class);
      case REFUSED_AS_UNDECLARED ->
          assertThatThrownBy(() -> guard.check(invocation))
              .isInstanceOf(IllegalStateException.class)
              .hasMessageContaining("forgotten")
              .hasMessageContaining("declares no permission");
    }
    assertThat(invocation.proceeded).isEqualTo(expected == Outcome.RUNS);
    assertThat(UseCaseRights.allows(caller.grant(), method(useCase)))
        .as("the UI shows the control exactly when the guard lets the call through")
        .isEqualTo(expected == Outcome.RUNS);
  }

  @Test
  void theRequiredPermissionsAreTheDeclaredOnesAndNoneForAnOpenUseCase() throws Exception {
    assertThat(UseCaseRights.required(method("guarded")))
        .containsExactly(PROJECT_VIEW, TIME_VIEW_ALL);
    assertThat(UseCaseRights.required(method("own"))).isEmpty();
    assertThat(UseCaseRights.required(method("open"))).isEmpty();
  }

  private static Grant grant(String kind, String permissions) {
    return kind.equals("anonymous") ? Grant.ANONYMOUS : TestGrants.grant(kind, permissions);
  }

  private static Method method(String name) throws NoSuchMethodException {
    return Service.class.getMethod(name);
  }

  /** A call as the container hands it to an interceptor: proceeding runs the target method. */
  static final class Invocation implements InvocationContext {
    private final Object target;
    private final Method method;
    private final Map<String, Object> contextData = new HashMap<>();
    private Object[] parameters = new Object[0];
    boolean proceeded;

    Invocation(Object target, Method method) {
      this.target = target;
      this.method = method;
    }

    @Override
    public Object getTarget() {
      return target;
    }

    @Override
    public Object getTimer() {
      return null;
    }

    @Override
    public Method getMethod() {
      return method;
    }

    @Override
    public Constructor<?> getConstructor() {
      return null;
    }

    @Override
    public Object[] getParameters() {
      return parameters;
    }

    @Override
    public void setParameters(Object[] parameters) {
      this.parameters = parameters;
    }

    @Override
    public Map<String, Object> getContextData() {
      return contextData;
    }

    @Override
    public Object proceed() throws Exception {
      proceeded = true;
      return method.invoke(target, parameters);
    }
  }
}
