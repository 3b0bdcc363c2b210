package org.teamward.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.teamward.access.rights.Authenticated;
import org.teamward.access.rights.Effect;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Guarded;
import org.teamward.access.rights.Public;
import org.teamward.access.rights.Requires;
import org.teamward.failure.Forbidden;
import org.teamward.failure.NotAuthenticated;

/**
 * Records every use case from its declaration, so that no use case writes its own audit calls: each
 * write as one event, each refusal as one event, and each read of an employee's personal records as
 * an access trace.
 *
 * <p>It runs inside the use case's transaction (the transaction interceptor has priority 200) and
 * outside the permission guard (300), so that it sees the guard's refusals and the policies' alike,
 * and a success is written in the transaction of the write. Only the outermost use case of a call
 * records its success: a use case calling another through its proxy is one action of its caller,
 * unless the caller runs without a transaction and each nested call commits on its own. A refusal
 * is recorded once, where it is thrown, even when a caller catches it.
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
public class AuditRecorder {

  /** The outermost use case running on this thread, if any. */
  private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

  @Inject AuditTrail trail;

  @AroundInvoke
  public Object record(InvocationContext invocation) throws Exception {
    Frame outer = CURRENT.get();
    Method method = invocation.getMethod();
    if (outer != null && outer.transactional) {
      // Part of its caller's transaction, hence of its caller's one event; only a refusal that its
      // caller might catch is recorded here, once.
      try {
        return invocation.proceed();
      } catch (Forbidden | NotAuthenticated refusal) {
        if (outer.recorded.add(refusal)) {
          trail.refused(outer, method, invocation.getParameters(), refusal);
        }
        throw refusal;
      }
    }
    // The outermost use case, or one that commits on its own because its caller runs without a
    // transaction (a terminal's batch of punches, each applied on its own).
    Frame frame = new Frame(method, trail.inTransaction(), outer);
    CURRENT.set(frame);
    try {
      Object result;
      try {
        result = invocation.proceed();
      } catch (Forbidden | NotAuthenticated refusal) {
        if (frame.recorded.add(refusal)) {
          trail.refused(frame, method, invocation.getParameters(), refusal);
        }
        throw refusal;
      }
      trail.succeeded(frame, method, invocation.getParameters(), result);
      return result;
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /**
   * Attributes the running use case to {@code actor} when it has no caller of its own: the account
   * whose personal password {@code POST /api/device} verified inside the use case.
   */
  static void attribute(Actor actor) {
    Frame frame = CURRENT.get();
    if (frame != null) {
      frame.attributed = actor;
    }
  }

  /** Gives the running use case's event a fixed reason (see {@link AuditTrail#note}). */
  static void note(String detail) {
    Frame frame = CURRENT.get();
    if (frame != null) {
      frame.detail = detail;
    }
  }

  /** The effect a use case declares; null for an undeclared one, which the guard refuses. */
  static Effect effectOf(Method method) {
    if (method.isAnnotationPresent(Requires.class)) {
      return method.getAnnotation(Requires.class).effect();
    }
    if (method.isAnnotationPresent(Authenticated.class)) {
      return method.getAnnotation(Authenticated.class).effect();
    }
    if (method.isAnnotationPresent(Public.class)) {
      return method.getAnnotation(Public.class).effect();
    }
    return null;
  }

  /** What the recorder knows of the outermost use case while it runs. */
  static final class Frame {
    private final Method method;
    private final boolean transactional;

    /** The refusals already recorded, shared by nested frames, so that each is recorded once. */
    private final Set<Throwable> recorded;

    private Actor attributed;
    private Grant grant;
    private String detail;

    Frame(Method method, boolean transactional, Frame outer) {
      this.method = method;
      this.transactional = transactional;
      this.recorded =
          outer == null ? Collections.newSetFromMap(new IdentityHashMap<>()) : outer.recorded;
      this.attributed = outer == null ? null : outer.attributed;
    }

    Effect effect() {
      return effectOf(method);
    }

    String detail() {
      return detail;
    }

    /**
     * The caller; for an open use case run by the server's own scheduler, outside any request, the
     * system.
     */
    Actor actor(AuditTrail trail) {
      if (attributed != null) {
        return attributed;
      }
      if (method.isAnnotationPresent(Public.class) && !trail.inRequest()) {
        return Actor.SYSTEM;
      }
      return Actor.of(grant(trail));
    }

    Long ownEmployeeId(AuditTrail trail) {
      return attributed != null ? null : grant(trail).ownEmployeeId();
    }

    private Grant grant(AuditTrail trail) {
      if (grant == null) {
        grant = trail.grant();
      }
      return grant;
    }
  }
}
