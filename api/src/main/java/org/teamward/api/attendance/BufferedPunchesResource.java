package org.teamward.api.attendance;

import static org.teamward.api.TeamwardApi.BAD_REQUEST;
import static org.teamward.api.TeamwardApi.FORBIDDEN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.api.TeamwardApi;
import org.teamward.api.problem.Problem;
import org.teamward.api.problem.UseCaseFailureMapper;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.attendance.BufferedPunches;
import org.teamward.attendance.Clockings;
import org.teamward.attendance.Punch;
import org.teamward.failure.ClockTime;

/**
 * Punches a terminal buffered while offline, under {@code /attendance} beside {@link
 * AttendanceResource}, whose Attendance tag it refers to (a second declaration would list the tag
 * twice in the API description).
 */
@ApplicationScoped
@Path("attendance")
@Tag(ref = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class BufferedPunchesResource {

  @Inject BufferedPunches buffered;

  /**
   * One punch a terminal buffered while offline.
   *
   * @param eventId the device's id for the punch, unique per terminal; it is the punch's
   *     idempotency key
   * @param type CHECK_IN or CHECK_OUT
   * @param at when the punch happened; required, within the offline window
   */
  @Schema(name = "EventBody")
  public record EventBody(
      @Schema(minLength = 1, maxLength = Clockings.MAX_IDEMPOTENCY_KEY, required = true)
          String eventId,
      @Schema(ref = "PunchKind", required = true) Punch.Kind type,
      @Schema(type = SchemaType.INTEGER, format = "int64") Long employeeId,
      @Schema(maxLength = 32) String personnelNumber,
      AttendanceCategory category,
      @Schema(description = ClockTime.DESCRIPTION, required = true) Instant at) {

    BufferedPunches.Event event() {
      return new BufferedPunches.Event(
          eventId, new Punch(type, employeeId, personnelNumber, category, at, true));
    }
  }

  @Schema(name = "EventsBody")
  public record EventsBody(
      @NotNull
          @Schema(
              type = SchemaType.ARRAY,
              maxItems = BufferedPunches.MAX_EVENTS,
              required = true,
              extensions = @Extension(name = TeamwardApi.ITEMS, value = "EventBody"))
          List<@NotNull EventBody> events) {}

  /**
   * What became of one event.
   *
   * @param status the status the punch alone would have answered: 201 or 200 when applied, 200 for
   *     a replay, else the refusal's
   * @param outcome applied, replayed or refused
   * @param record the attendance record the punch wrote (or wrote already); absent when refused
   * @param problem why it was refused; absent otherwise
   */
  @JsonbNillable(false)
  @Schema(name = "EventResultJson")
  public record EventResultJson(
      String eventId,
      @Schema(type = SchemaType.INTEGER, format = "int32", required = true) int status,
      String outcome,
      AttendanceJson record,
      Problem problem) {

    static EventResultJson of(Punch.Kind kind, BufferedPunches.Outcome outcome) {
      if (outcome.refusal() != null) {
        Response refusal = UseCaseFailureMapper.problem(outcome.refusal());
        return new EventResultJson(
            outcome.eventId(), refusal.getStatus(), "refused", null, (Problem) refusal.getEntity());
      }
      AttendanceJson record = AttendanceJson.of(outcome.record());
      if (outcome.replayed()) {
        return new EventResultJson(outcome.eventId(), 200, "replayed", record, null);
      }
      // what check-in and check-out answer on their own
      int status = kind == Punch.Kind.CHECK_IN ? 201 : 200;
      return new EventResultJson(outcome.eventId(), status, "applied", record, null);
    }
  }

  /**
   * @param results one per event, in the order sent
   */
  @Schema(name = "EventsJson")
  public record EventsJson(
      @Schema(type = SchemaType.INTEGER, format = "int32", required = true) int applied,
      @Schema(type = SchemaType.INTEGER, format = "int32", required = true) int replayed,
      @Schema(type = SchemaType.INTEGER, format = "int32", required = true) int refused,
      List<EventResultJson> results) {

    static EventsJson of(List<EventBody> events, List<BufferedPunches.Outcome> outcomes) {
      List<EventResultJson> results =
          IntStream.range(0, events.size())
              .mapToObj(i -> EventResultJson.of(events.get(i).type(), outcomes.get(i)))
              .toList();
      return new EventsJson(
          count(results, "applied"),
          count(results, "replayed"),
          count(results, "refused"),
          results);
    }

    private static int count(List<EventResultJson> results, String outcome) {
      return (int) results.stream().filter(r -> r.outcome().equals(outcome)).count();
    }
  }

  @POST
  @Path("events")
  @Operation(
      operationId = "eventsAttendance",
      summary = "Deliver punches a terminal buffered while offline",
      description =
          "Up to 500 check-ins and check-outs with the time each happened. They are applied in"
              + " time order, each on its own, and marked as entered offline: a refused punch"
              + " (outside the offline window, or impossible, such as a second check-in) is"
              + " answered in its result and changes nothing, while the others are applied. The"
              + " eventId is each punch's idempotency key, so delivering the same batch again"
              + " applies nothing twice. The answer is 200 with one result per event, in the"
              + " order sent.")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(
      responseCode = "200",
      description = "One result per event.",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "EventsJson")))
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "EventsBody"),
              examples =
                  @ExampleObject(
                      name = "two buffered punches",
                      value =
                          "{\"events\":[{\"eventId\":\"t2-000117\",\"type\":\"CHECK_IN\","
                              + "\"personnelNumber\":\"1042\",\"at\":\"2026-03-02T07:58:12Z\"},"
                              + "{\"eventId\":\"t2-000118\",\"type\":\"CHECK_OUT\","
                              + "\"personnelNumber\":\"1042\",\"at\":\"2026-03-02T16:31:05Z\"}]}")))
  public EventsJson deliver(@Valid @NotNull EventsBody body) {
    return EventsJson.of(
        body.events(), buffered.deliver(body.events().stream().map(EventBody::event).toList()));
  }
}
