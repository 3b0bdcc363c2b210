package org.teamward.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import org.teamward.failure.Forbidden;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.failure.Stale;
import org.teamward.failure.UseCaseFailure;

/**
 * Runs a use case from a page and turns its refusal into a message, the web UI's counterpart of the
 * API's problem+json mappers. Messages are the domain's own, written for end users, except that a
 * refusal and a record not found each read as such ("Not allowed: …", "Not found: …"), so that a
 * person can tell them apart as an integrator tells 403 from 404.
 */
@RequestScoped
public class Failures {

  @Inject Messages messages;

  /** Runs the action; on refusal shows why and answers false. */
  public boolean attempt(Runnable action) {
    return attempt(
            () -> {
              action.run();
              return Boolean.TRUE;
            })
        != null;
  }

  /** Runs the action; on refusal shows why and answers null. */
  public <T> T attempt(Supplier<T> action) {
    try {
      return action.get();
    } catch (Stale stale) {
      messages.error("conflict.stale");
    } catch (Invalid invalid) {
      invalid.violations().forEach(v -> messages.errorText(v.message()));
    } catch (NotFound notFound) {
      // One text for a record that does not exist and one the caller may not see, as the API's 404.
      messages.error("failure.notFound");
    } catch (Forbidden forbidden) {
      messages.error("failure.forbidden", forbidden.getMessage());
    } catch (UseCaseFailure failure) {
      messages.errorText(failure.getMessage());
    } catch (RuntimeException e) {
      if (!lostConcurrentWrite(e)) {
        throw e;
      }
      // Two people saved the same record at the same moment; the commit of the second failed.
      messages.error("conflict.stale");
    }
    return null;
  }

  private static boolean lostConcurrentWrite(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
