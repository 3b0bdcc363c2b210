package org.teamward.attendance;

import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.ATTENDANCE_CHECK_IN_OUT;
import static org.teamward.access.rights.Permission.ATTENDANCE_MANAGE;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.failure.UseCaseFailure;
import org.teamward.failure.Violations;

/**
 * Punches a terminal buffered while it could not reach the server, delivered together once it can.
 * Each is applied in the order it happened, whatever the order of the batch, and on its own: one
 * refused punch (out of the window, or impossible after the others) neither stops nor undoes the
 * rest, and the terminal learns the outcome of each. The device's event id is the punch's
 * idempotency key, so a batch delivered twice, or a punch first sent live and then again from the
 * buffer, is applied once.
 */
@UseCases
public class BufferedPunches {

  /** The most punches one delivery may carry; a terminal with more sends several. */
  public static final int MAX_EVENTS = 500;

  @Inject Clockings clockings;

  /** A buffered punch and the id its device gave it. */
  public record Event(
      @NotBlank @Size(max = Clockings.MAX_IDEMPOTENCY_KEY) String eventId, Punch punch) {}

  /**
   * What became of one event.
   *
   * @param record the record the punch wrote, or wrote already when {@code replayed}; null when
   *     refused
   * @param refusal why the punch was refused; null when applied
   */
  public record Outcome(
      String eventId, AttendanceRecord record, boolean replayed, UseCaseFailure refusal) {}

  /**
   * Applies the events and answers an outcome for each, in the order given. Not one transaction:
   * each punch commits on its own (through {@link Clockings#clock}, with its rights and locks), so
   * that a refusal rolls back only itself.
   */
  @Requires(
      value = {ATTENDANCE_CHECK_IN_OUT, ATTENDANCE_MANAGE},
      effect = WRITE)
  @Transactional(TxType.NOT_SUPPORTED)
  public List<Outcome> deliver(List<Event> events) {
    new Violations()
        .check(!events.isEmpty(), "events", "events must not be empty")
        .check(
            events.size() <= MAX_EVENTS,
            "events",
            "events must have at most " + MAX_EVENTS + " events; send the rest in another request")
        .throwIfAny();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      String field = "events[" + i + "]";
      new Violations()
          .declaredBy(field + ".", event)
          .declaredBy(field + ".", event.punch())
          .required(field + ".type", event.punch().kind())
          .required(field + ".at", event.punch().at())
          .throwIfAny();
    }
    List<Outcome> outcomes = new ArrayList<>(events.size());
    events.forEach(e -> outcomes.add(null));
    IntStream.range(0, events.size())
        .boxed()
        .sorted(
            Comparator.comparing((Integer i) -> events.get(i).punch().at()).thenComparing(i -> i))
        .forEach(i -> outcomes.set(i, apply(events.get(i))));
    return outcomes;
  }

  private Outcome apply(Event event) {
    try {
      Clocking clocking = clockings.clock(event.punch(), event.eventId());
      return new Outcome(event.eventId(), clocking.record(), clocking.replayed(), null);
    } catch (UseCaseFailure refusal) {
      return new Outcome(event.eventId(), null, false, refusal);
    }
  }
}
