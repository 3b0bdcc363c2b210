package org.teamward.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.teamward.access.rights.Guarded;

/**
 * Writes the access traces of a use case once its transaction has ended, outside the transaction
 * interceptor (priority 200). Written inside, each trace would suspend the use case's transaction
 * and take a second connection while the first stays held, with the rows it locked: a burst of
 * clockings of one employee, each waiting for that employee's row with a connection of its own,
 * would drain the pool and leave the one holding the row without a connection for its trace.
 * Written after, a request holds one connection at a time, and only committed work is traced.
 *
 * <p>Where the caller runs its own transaction, traces are written as they come, in transactions of
 * their own.
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class TracesAfterCommit {

  private static final Logger LOG = Logger.getLogger(TracesAfterCommit.class.getName());

  /** The traces waiting for the outermost use case on this thread to commit. */
  private static final ThreadLocal<List<Runnable>> PENDING = new ThreadLocal<>();

  @Inject AuditWriter writer;

  /** Writes the trace after the running use case commits, or now if none waits for a commit. */
  static void writeOrDefer(Runnable trace) {
    List<Runnable> pending = PENDING.get();
    if (pending == null) {
      trace.run();
    } else {
      pending.add(trace);
    }
  }

  @AroundInvoke
  public Object afterCommit(InvocationContext invocation) throws Exception {
    if (PENDING.get() != null || writer.inTransaction()) {
      return invocation.proceed();
    }
    List<Runnable> pending = new ArrayList<>();
    PENDING.set(pending);
    Object result;
    try {
      result = invocation.proceed();
    } finally {
      PENDING.remove();
    }
    for (Runnable trace : pending) {
      try {
        trace.run();
      } catch (RuntimeException e) {
        // The use case has committed: a lost trace must not turn its success into an error.
        LOG.log(Level.WARNING, "An access trace could not be written", e);
      }
    }
    return result;
  }
}
