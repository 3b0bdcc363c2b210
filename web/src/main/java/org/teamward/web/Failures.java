package org.teamward.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    return attempt(action, null);
  }

  /**
   * Runs a form's action; on refusal shows why once: a violation next to its field in the form's
   * words, anything else in the form's messages. Answers null on refusal.
   */
  public <T> T attempt(Supplier<T> action, FormFields form) {
    try {
      return action.get();
    } catch (Stale stale) {
      show(form, messages.text("conflict.stale"));
    } catch (Invalid invalid) {
      invalid.violations().forEach(v -> violation(form, v));
      summarise(form, invalid);
    } catch (NotFound notFound) {
      // One text for a record that does not exist and one the caller may not see, as the API's 404.
      show(form, messages.text("failure.notFound"));
    } catch (Forbidden forbidden) {
      show(form, messages.text("failure.forbidden", forbidden.getMessage()));
    } catch (UseCaseFailure failure) {
      show(form, failure.getMessage());
    } catch (RuntimeException e) {
      if (!lostConcurrentWrite(e)) {
        throw e;
      }
      // Two people saved the same record at the same moment; the commit of the second failed.
      show(form, messages.text("conflict.stale"));
    }
    return null;
  }

  private void show(FormFields form, String text) {
    if (form == null) {
      messages.errorText(text);
    } else {
      messages.errorAt(form.messages(), text);
    }
  }

  /**
   * The domain names fields as the API does ("projectId is required"); a person reads the form's
   * label instead, in their language: the text of the violated rule's key, {@code
   * validation.<key>}, with the label and the rule's arguments. The API keeps the field names and
   * the English texts in its problem+json.
   */
  private void violation(FormFields form, Invalid.Violation v) {
    FormFields.Field field = form == null ? null : form.field(v.field());
    if (field == null) {
      show(form, v.message());
      return;
    }
    messages.errorAt(field.clientId(), text(v, messages.text(field.labelKey())));
  }

  /** The violation in the viewer's words; a rule the bundle does not know reads as "not valid". */
  private String text(Invalid.Violation v, String label) {
    String key = "validation." + v.key();
    if (!messages.has(key)) {
      return messages.text("validation.invalid", label);
    }
    List<Object> args = new ArrayList<>();
    args.add(label);
    args.addAll(v.args());
    return messages.text(key, args.toArray());
  }

  /**
   * A long form also says at its top which fields need correcting, by their labels, since the
   * messages next to them may be out of sight; each message itself is still shown only once.
   */
  private void summarise(FormFields form, Invalid invalid) {
    if (form == null || !form.isLong()) {
      return;
    }
    List<String> labels =
        invalid.violations().stream()
            .map(v -> form.field(v.field()))
            .filter(Objects::nonNull)
            .map(f -> messages.text(f.labelKey()))
            .distinct()
            .toList();
    if (!labels.isEmpty()) {
      messages.errorAt(
          form.messages(), messages.text("validation.summary", String.join(", ", labels)));
    }
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
