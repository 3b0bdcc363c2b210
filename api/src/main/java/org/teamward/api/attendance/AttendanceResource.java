package org.teamward.api.attendance;

import static org.teamward.api.TeamwardApi.BAD_REQUEST;
import static org.teamward.api.TeamwardApi.CONFLICT;
import static org.teamward.api.TeamwardApi.FORBIDDEN;
import static org.teamward.api.TeamwardApi.NOT_FOUND;
import static org.teamward.api.TeamwardApi.STALE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.api.Versions;
import org.teamward.api.problem.Problem;
import org.teamward.api.problem.UseCaseFailureMapper;
import org.teamward.attendance.Attendance;
import org.teamward.attendance.AttendanceBreak;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.attendance.AttendanceCorrection;
import org.teamward.attendance.AttendanceFilter;
import org.teamward.attendance.AttendanceRecord;
import org.teamward.attendance.AttendanceSource;
import org.teamward.attendance.BufferedPunches;
import org.teamward.attendance.Clocking;
import org.teamward.attendance.Punch;
import org.teamward.failure.ClockTime;
import org.teamward.paging.PageRequest;

/**
 * Attendance: checking in and out, breaks, who is in, and managers' corrections. A time-clock
 * terminal (an API access authorisation) clocks the employees in its scope; a person clocks
 * themselves.
 */
@ApplicationScoped
@Path("attendance")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class AttendanceResource {

  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final String IDEMPOTENCY_KEY_DESCRIPTION =
      "Up to 100 printable characters, unique per request of this credential and kept for the"
          + " offline window plus a day. A retry with the same key and body answers the first"
          + " outcome and writes nothing; the same key with another body is a 409.";

  @Inject Attendance attendance;
  @Inject BufferedPunches buffered;

  @Schema(name = "BreakJson")
  public record BreakJson(Instant start, Instant end) {

    static BreakJson of(AttendanceBreak b) {
      return new BreakJson(b.getStart(), b.getEnd());
    }
  }

  /**
   * @param checkOut null while the employee is still checked in
   * @param checkInOffline the check-in was buffered by a terminal while offline and delivered later
   * @param checkOutOffline the same for the check-out
   */
  @Schema(name = "AttendanceJson")
  public record AttendanceJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long version,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long employeeId,
      String employeeName,
      Instant checkIn,
      Instant checkOut,
      AttendanceCategory category,
      AttendanceSource source,
      @Schema(required = true) boolean checkInOffline,
      @Schema(required = true) boolean checkOutOffline,
      @Schema(required = true) boolean onBreak,
      List<BreakJson> breaks) {

    static AttendanceJson of(AttendanceRecord r) {
      return new AttendanceJson(
          r.getId(),
          r.getVersion(),
          r.getEmployee().getId(),
          r.getEmployee().getFullName(),
          r.getCheckIn(),
          r.getCheckOut(),
          r.getCategory(),
          r.getSource(),
          r.isCheckInOffline(),
          r.isCheckOutOffline(),
          r.isOnBreak(),
          r.getBreaks().stream().map(BreakJson::of).toList());
    }
  }

  /**
   * A swipe: who, where and when. Every field is optional.
   *
   * @param employeeId null for the caller's own employee, or with a personnel number
   * @param personnelNumber the badge or keypad number, instead of the employee id
   * @param category null for the access authorisation's default, else OFFICE; only a check-in uses
   *     it
   * @param at null for now; a terminal sends the time of the swipe
   */
  @Schema(name = "ClockBody")
  public record ClockBody(
      @Schema(type = SchemaType.INTEGER, format = "int64") Long employeeId,
      @Schema(maxLength = 32) String personnelNumber,
      AttendanceCategory category,
      @Schema(description = ClockTime.DESCRIPTION) Instant at) {

    static final ClockBody NOW = new ClockBody(null, null, null, null);

    Punch punch(Punch.Kind kind, boolean offline) {
      return new Punch(kind, employeeId, personnelNumber, category, at, offline);
    }
  }

  /**
   * A manager's correction.
   *
   * @param checkOut null leaves (or makes) the record open
   * @param category null keeps the category
   */
  @Schema(name = "CorrectionBody")
  public record CorrectionBody(
      @Schema(description = ClockTime.DESCRIPTION, required = true) Instant checkIn,
      @Schema(description = ClockTime.DESCRIPTION) Instant checkOut,
      AttendanceCategory category) {}

  @GET
  @Operation(
      operationId = "listAttendance",
      summary = "List attendance records by check-in time, latest first")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "AttendanceJsonPage")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public PageJson<AttendanceJson> list(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("employeeId")
          Long employeeId,
      @Parameter(
              description = "Check-in at or after this instant, e.g. 2026-03-02T00:00:00Z",
              schema = @Schema(ref = "Instant"))
          @QueryParam("from")
          Instant from,
      @Parameter(description = "Check-in before this instant", schema = @Schema(ref = "Instant"))
          @QueryParam("to")
          Instant to,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("after") Long after) {
    return PageJson.of(
        attendance.list(
            new AttendanceFilter(employeeId, from, to), PageRequest.of(offset, limit, after)),
        AttendanceJson::of);
  }

  @GET
  @Path("checked-in")
  @Operation(
      operationId = "getAttendanceCheckedIn",
      summary = "Who is checked in right now, among the records you may see")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "AttendanceJsonPage")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public PageJson<AttendanceJson> checkedIn(
      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    return PageJson.of(attendance.checkedInNow(PageRequest.of(offset, limit)), AttendanceJson::of);
  }

  @GET
  @Path("current")
  @Operation(
      operationId = "getAttendanceCurrent",
      summary = "The open record of an employee (yours without employeeId)")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(
      responseCode = "200",
      description = "The open record.",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AttendanceJson")))
  @APIResponse(responseCode = "204", description = "The employee is not checked in.")
  public Response current(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("employeeId")
          Long employeeId) {
    AttendanceRecord record = attendance.current(employeeId);
    return record == null ? Response.noContent().build() : answer(record);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getAttendance", summary = "Read one attendance record")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AttendanceJson")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public Response get(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    return answer(attendance.get(id));
  }

  @POST
  @Path("check-in")
  @Operation(
      operationId = "checkInAttendance",
      summary = "Check in; with an Idempotency-Key a retried request answers the first check-in")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(
      responseCode = "201",
      description =
          "Checked in; Location and ETag are set. A replay of an Idempotency-Key answers the same, with the header Idempotent-Replayed: true.",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AttendanceJson")))
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "ClockBody"),
              examples = {
                @ExampleObject(
                    name = "terminal swipe",
                    value =
                        "{\"employeeId\":1000,\"category\":\"OFFICE\","
                            + "\"at\":\"2026-03-02T07:58:12Z\"}"),
                @ExampleObject(
                    name = "badge",
                    value = "{\"personnelNumber\":\"1042\",\"at\":\"2026-03-02T07:58:12Z\"}")
              }))
  public Response checkIn(
      @Parameter(description = IDEMPOTENCY_KEY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY)
          String idempotencyKey,
      ClockBody body) {
    ClockBody swipe = body == null ? ClockBody.NOW : body;
    Clocking clocking = attendance.clock(swipe.punch(Punch.Kind.CHECK_IN, false), idempotencyKey);
    AttendanceRecord record = clocking.record();
    return replayed(
            Versions.created(AttendanceJson.of(record), record.getVersion())
                .location(URI.create("attendance/" + record.getId())),
            clocking)
        .build();
  }

  @POST
  @Path("check-out")
  @Operation(
      operationId = "checkOutAttendance",
      summary = "Check out, ending a running break; an Idempotency-Key makes retries safe")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(
      responseCode = "200",
      description = "Checked out (also for a replay).",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AttendanceJson")))
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "ClockBody"),
              examples = {
                @ExampleObject(
                    name = "terminal swipe",
                    value = "{\"employeeId\":1000,\"at\":\"2026-03-02T16:31:05Z\"}"),
                @ExampleObject(
                    name = "badge",
                    value = "{\"personnelNumber\":\"1042\",\"at\":\"2026-03-02T16:31:05Z\"}")
              }))
  public Response checkOut(
      @Parameter(description = IDEMPOTENCY_KEY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY)
          String idempotencyKey,
      ClockBody body) {
    ClockBody swipe = body == null ? ClockBody.NOW : body;
    Clocking clocking = attendance.clock(swipe.punch(Punch.Kind.CHECK_OUT, false), idempotencyKey);
    AttendanceRecord record = clocking.record();
    return replayed(Versions.okBuilder(AttendanceJson.of(record), record.getVersion()), clocking)
        .build();
  }

  @POST
  @Path("break-start")
  @Operation(operationId = "breakStartAttendance", summary = "Start a break")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AttendanceJson")))
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "ClockBody"),
              examples =
                  @ExampleObject(name = "own break", value = "{\"at\":\"2026-03-02T12:00:00Z\"}")))
  public Response startBreak(ClockBody body) {
    ClockBody swipe = body == null ? ClockBody.NOW : body;
    return answer(attendance.startBreak(swipe.employeeId(), swipe.at()));
  }

  @POST
  @Path("break-end")
  @Operation(operationId = "breakEndAttendance", summary = "End the running break")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AttendanceJson")))
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "ClockBody"),
              examples =
                  @ExampleObject(name = "own break", value = "{\"at\":\"2026-03-02T12:30:00Z\"}")))
  public Response endBreak(ClockBody body) {
    ClockBody swipe = body == null ? ClockBody.NOW : body;
    return answer(attendance.endBreak(swipe.employeeId(), swipe.at()));
  }

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
      @Schema(minLength = 1, maxLength = Attendance.MAX_IDEMPOTENCY_KEY, required = true)
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

  /** Someone the caller may check in and out. */
  @Schema(name = "ClockableJson")
  public record ClockableJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id, String name) {}

  @GET
  @Path("clockable")
  @Operation(
      operationId = "getAttendanceClockable",
      summary = "Whom you may check in and out",
      description =
          "Yourself; with ATTENDANCE_MANAGE, or as a terminal, every active employee in scope."
              + " Needs no EMPLOYEE_VIEW, so a terminal can offer a list of names.")
  @APIResponse(
      responseCode = "200",
      description = "Whom you may check in and out.",
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ClockableJsonList")))
  public List<ClockableJson> clockable() {
    return attendance.clockableEmployees(null, PageRequest.MAX_LIMIT).stream()
        .map(e -> new ClockableJson(e.getId(), e.getFullName()))
        .toList();
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateAttendance",
      summary = "Correct times and category (ATTENDANCE_MANAGE); send If-Match")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = STALE)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AttendanceJson")))
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "CorrectionBody"),
              examples =
                  @ExampleObject(
                      name = "correction",
                      value =
                          "{\"checkIn\":\"2026-03-02T08:00:00Z\","
                              + "\"checkOut\":\"2026-03-02T16:30:00Z\",\"category\":\"OFFICE\"}")))
  public Response correct(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull CorrectionBody body) {
    return answer(
        attendance.correct(
            id,
            Versions.ifMatch(ifMatch),
            new AttendanceCorrection(body.checkIn(), body.checkOut(), body.category())));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteAttendance",
      summary = "Delete an attendance record (ATTENDANCE_MANAGE)")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "412", ref = STALE)
  @APIResponse(responseCode = "204", description = "Deleted.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA})
  public Response delete(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch) {
    attendance.delete(id, Versions.ifMatch(ifMatch));
    return Response.noContent().build();
  }

  /**
   * Marks the first outcome of an Idempotency-Key answered again, with the header that Stripe and
   * the IETF draft on idempotency keys use.
   */
  private static Response.ResponseBuilder replayed(
      Response.ResponseBuilder answer, Clocking clocking) {
    return clocking.replayed() ? answer.header("Idempotent-Replayed", "true") : answer;
  }

  private static Response answer(AttendanceRecord record) {
    return Versions.ok(AttendanceJson.of(record), record.getVersion());
  }
}
