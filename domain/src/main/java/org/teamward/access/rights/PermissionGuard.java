package org.teamward.access.rights;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import org.teamward.failure.Forbidden;
import org.teamward.failure.NotAuthenticated;

/**
 * Checks the permission a use case declares before it runs. Deny by default: a method with no
 * declaration is refused at run time too, not only by the build-time test.
 *
 * <p>It runs inside the use case's transaction (priority 200) and inside the audit recorder (250),
 * so that a refusal here is recorded like a refusal by a policy.
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class PermissionGuard {

  @Inject Caller caller;

  @AroundInvoke
  public Object check(InvocationContext invocation) throws Exception {
    Method method = invocation.getMethod();
    if (method.isAnnotationPresent(Public.class)) {
      return invocation.proceed();
    }
    Grant grant = caller.grant();
    if (method.isAnnotationPresent(Authenticated.class)) {
      requireSignedIn(grant);
    } else if (method.isAnnotationPresent(Requires.class)) {
      requireSignedIn(grant);
      if (!grant.hasAny(method.getAnnotation(Requires.class).value())) {
        throw new Forbidden("You lack the permission for this action.");
      }
    } else {
      throw new IllegalStateException(
          "Use case " + method + " declares no permission; refusing by default.");
    }
    return invocation.proceed();
  }

  private static void requireSignedIn(Grant grant) {
    if (!grant.authenticated()) {
      throw new NotAuthenticated();
    }
  }
}
