package org.teamward.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.Logger;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Effect;
import org.teamward.access.rights.Grant;
import org.teamward.audit.Targets.Target;

/**
 * Writes the audit log. {@link AuditRecorder} calls it around every use case; the authentication
 * seam calls {@link #record} for what happens before anyone is signed in (sign-ins, failed API
 * credentials, and in time the second factor and throttling).
 */
@ApplicationScoped
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  /** How often a trace is tried against concurrent writers of the same rows. */
  static final int TRACE_ATTEMPTS = 5;

  @Inject Caller caller;
  @Inject AuditWriter writer;
  Clock clock = Clock.systemUTC();

  /**
   * Records an event in a transaction of its own, so that it stays whatever becomes of the request.
   * For the authentication seam and other callers outside use cases.
   *
   * <p>A failure (a refused credential, a throttled attempt) is counted rather than written once
   * each: anyone can send those, as often as they like, so one row stands for every failure of the
   * same kind, with the same identifier, from the same address in a minute.
   *
   * @param action what happened, named {@code Feature.verb} like the use cases, e.g. {@code
   *     Authentication.personalPassword}
   * @param targetType the kind of record acted on, e.g. {@code DevicePassword}; null for none
   * @param actor who acted; {@link Actor#attempt} for an e-mail address attempted at a sign-in
   * @param detail a fixed reason, never the input: no password, token, code or secret
   */
  public void record(
      String action,
      Outcome outcome,
      String targetType,
      Long targetId,
      Actor actor,
      String detail) {
    if (outcome == Outcome.FAILED) {
      count(
          AuditEvent.counted(
              clock.instant(),
              actor,
              caller.clientIp(),
              action,
              outcome,
              targetType,
              targetId,
              detail));
    } else {
      writer.apart(
          new AuditEvent(
              clock.instant(),
              actor,
              caller.clientIp(),
              action,
              outcome,
              targetType,
              targetId,
              detail));
    }
    AuditRecorder.attribute(actor);
  }

  /**
   * A failed credential, counted into its row of the minute. An attempt that lost the row's insert
   * to a concurrent one finds it committed on the next try.
   */
  void count(AuditEvent refusal) {
    for (int attempt = 1; attempt <= TRACE_ATTEMPTS; attempt++) {
      if (writer.count(refusal)) {
        return;
      }
    }
    LOG.warning("A refused credential lost its count to concurrent writers");
  }

  /** The same without a reason. */
  public void record(
      String action, Outcome outcome, String targetType, Long targetId, Actor actor) {
    record(action, outcome, targetType, targetId, actor, null);
  }

  /**
   * Says what the running use case did beyond its name, in its own event: the event is written with
   * the write, or not at all when it rolls back.
   *
   * @param detail a fixed reason, never the input: no password, token, code or secret
   */
  public void note(String detail) {
    AuditRecorder.note(detail);
  }

  /**
   * How many records a piece of housekeeping changed: its count, or none for a turn another node
   * took; null for any other answer.
   */
  private static Long changedRecords(Object result) {
    if (result instanceof OptionalInt turn) {
      return turn.isPresent() ? turn.getAsInt() : 0L;
    }
    return result instanceof Number n ? n.longValue() : null;
  }

  /** The use case ran: writes are logged with it, and readers of personal records traced. */
  void succeeded(AuditRecorder.Frame frame, Method method, Object[] arguments, Object result) {
    Effect effect = frame.effect();
    Actor actor = frame.actor(this);
    Long changed = actor.kind() == ActorKind.SYSTEM ? changedRecords(result) : null;
    // The scheduler's hourly housekeeping on every node is logged only when it changed something.
    if (effect == Effect.WRITE && (changed == null || changed > 0)) {
      Target target = Targets.of(method, arguments, result);
      AuditEvent event =
          new AuditEvent(
              clock.instant(),
              actor,
              caller.clientIp(),
              action(method),
              Outcome.SUCCESS,
              target.type(),
              target.id(),
              changed != null ? changed + " records" : frame.detail());
      if (writer.inTransaction()) {
        writer.withTheWrite(event);
      } else {
        writer.apart(event);
      }
    }
    if (actor.kind() == ActorKind.USER || actor.kind() == ActorKind.INTERFACE) {
      trace(effect, actor, frame.ownEmployeeId(this), result);
    }
  }

  /** The caller was refused: logged apart, as the refusal rolls the use case back. */
  void refused(AuditRecorder.Frame frame, Method method, Object[] arguments, RuntimeException why) {
    Target target = Targets.of(method, arguments, null);
    writer.apart(
        new AuditEvent(
            clock.instant(),
            frame.actor(this),
            caller.clientIp(),
            action(method),
            Outcome.REFUSED,
            target.type(),
            target.id(),
            why.getClass().getSimpleName()));
  }

  private void trace(Effect effect, Actor actor, Long ownEmployeeId, Object result) {
    Map<Area, Set<Long>> touched = Targets.personal(result);
    AccessTrace.Access access =
        effect == Effect.WRITE ? AccessTrace.Access.WRITE : AccessTrace.Access.READ;
    touched.forEach(
        (area, employees) -> {
          // Nobody needs to be told that they looked at their own records.
          Set<Long> others = new java.util.TreeSet<>(employees);
          if (ownEmployeeId != null) {
            others.remove(ownEmployeeId);
          }
          if (!others.isEmpty()) {
            Instant at = clock.instant();
            TracesAfterCommit.writeOrDefer(() -> writeTrace(area, access, actor, others, at));
          }
        });
  }

  /**
   * Each failed attempt lost to a writer that has inserted some of the same rows, so each next one
   * has fewer to insert: a few attempts suffice even for many parallel readers of one page.
   */
  void writeTrace(
      Area area, AccessTrace.Access access, Actor actor, Set<Long> employees, Instant at) {
    for (int attempt = 1; attempt <= TRACE_ATTEMPTS; attempt++) {
      if (writer.trace(area, access, actor, employees, at)) {
        return;
      }
    }
    LOG.warning(
        () -> "An access trace of " + employees.size() + " employees lost to concurrent writers");
  }

  /*
   * The recorder reaches the trail through its client proxy, so it asks by method, never by field.
   */

  Grant grant() {
    return caller.grant();
  }

  boolean inTransaction() {
    return writer.inTransaction();
  }

  boolean inRequest() {
    return caller.inRequest();
  }

  /**
   * {@code Projects.create}: the use case's feature and method, stable across releases. The feature
   * is the class's name, or the one it is {@link AuditedAs audited as}.
   */
  public static String action(Method method) {
    return feature(method.getDeclaringClass()) + "." + method.getName();
  }

  /**
   * The name the log gives the use cases of {@code useCases}: {@code Projects}, {@code Attendance}.
   */
  public static String feature(Class<?> useCases) {
    AuditedAs name = useCases.getAnnotation(AuditedAs.class);
    return name == null ? useCases.getSimpleName() : name.value();
  }
}
