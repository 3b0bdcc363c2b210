package org.teamward.audit;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.teamward.access.rights.PermissionGuard;
import org.teamward.access.rights.TestCaller;
import org.teamward.persistence.TestDatabase;

/**
 * Calls use cases as the container does: through the tracer that writes access traces after the
 * commit, the transaction (joined when one runs, rolled back on a runtime exception), the audit
 * recorder and the permission guard, in their priority order. A use case calling another through
 * this is a nested call through a proxy.
 */
public final class Container {

  private final TestDatabase db;
  private final TracesAfterCommit tracer;
  private final AuditRecorder recorder;
  private final PermissionGuard guard;

  public Container(TestDatabase db, TestCaller caller) {
    this.db = db;
    AuditTrail trail = TestAudit.trail(db, caller);
    this.tracer = TestAudit.tracer(trail);
    this.recorder = TestAudit.recorder(trail);
    this.guard = caller.guard();
  }

  @SuppressWarnings("unchecked")
  public <T> T call(Object target, String name, Object... arguments) {
    Method method =
        Arrays.stream(target.getClass().getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments.length)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(name));
    try {
      return (T)
          tracer.afterCommit(
              new Call(method, arguments, () -> inTransaction(target, method, arguments)));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Object inTransaction(Object target, Method method, Object[] arguments) throws Exception {
    boolean outermost = !db.em().getTransaction().isActive();
    if (outermost) {
      db.em().getTransaction().begin();
    }
    try {
      Object result =
          recorder.record(
              new Call(
                  method,
                  arguments,
                  () ->
                      guard.check(
                          new Call(method, arguments, () -> invoke(target, method, arguments)))));
      if (outermost) {
        db.em().getTransaction().commit();
        db.em().clear();
      }
      return result;
    } finally {
      if (outermost && db.em().getTransaction().isActive()) {
        db.em().getTransaction().rollback();
        db.em().clear();
      }
    }
  }

  private static Object invoke(Object target, Method method, Object[] arguments) throws Exception {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  interface Proceed {
    Object run() throws Exception;
  }

  private static final class Call implements InvocationContext {
    private final Method method;
    private Object[] parameters;
    private final Proceed next;
    private final Map<String, Object> data = new HashMap<>();

    Call(Method method, Object[] parameters, Proceed next) {
      this.method = method;
      this.parameters = parameters;
      this.next = next;
    }

    @Override
    public Object getTarget() {
      return null;
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
      return data;
    }

    @Override
    public Object proceed() throws Exception {
      return next.run();
    }
  }
}
