package org.teamward.api.attendance;

import static org.teamward.api.TeamwardApi.BAD_REQUEST;
import static org.teamward.api.TeamwardApi.CONFLICT;
import static org.teamward.api.TeamwardApi.FORBIDDEN;
import static org.teamward.api.TeamwardApi.NOT_FOUND;
import static org.teamward.api.TeamwardApi.STALE;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.api.PageJson;
import org.teamward.api.Versions;
import org.teamward.api.validation.ClockTime;
import org.teamward.attendance.Attendance;
import org.teamward.attendance.AttendanceBreak;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.attendance.AttendanceCorrection;
import org.teamward.attendance.AttendanceFilter;
import org.teamward.attendance.AttendanceRecord;
import org.teamward.attendance.AttendanceSource;
import org.teamward.attendance.Clocking;
import org.teamward.paging.PageRequest;

/**
 * Attendance: checking in and out, breaks, who is in, and managers' corrections. A time-clock
 * terminal (an API access authorisation) clocks the employees in its scope; a person clocks
 * themselves.
 */
@Path("attendance")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
public class AttendanceResource {

  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Inject Attendance attendance;

  public record BreakJson(Instant start, Instant end) {

    static BreakJson of(AttendanceBreak b) {
      return new BreakJson(b.getStart(), b.getEnd());
    }
  }

  /**
   * @param checkOut null while the employee is still checked in
   */
  public record AttendanceJson(
      long id,
      long version,
      long employeeId,
      String employeeName,
      Instant checkIn,
      Instant checkOut,
      AttendanceCategory category,
      AttendanceSource source,
      boolean onBreak,
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
          r.isOnBreak(),
          r.getBreaks().stream().map(BreakJson::of).toList());
    }
  }

  /**
   * A swipe: who, where and when. Every field is optional.
   *
   * @param employeeId null for the caller's own employee; required for a terminal
   * @param category null for OFFICE; only a check-in uses it
   * @param at null for now; a terminal sends the time of the swipe
   */
  public record ClockBody(Long employeeId, AttendanceCategory category, @ClockTime Instant at) {

    static final ClockBody NOW = new ClockBody(null, null, null);
  }

  /**
   * A manager's correction.
   *
   * @param checkOut null leaves (or makes) the record open
   * @param category null keeps the category
   */
  public record CorrectionBody(
      @NotNull @ClockTime Instant checkIn,
      @ClockTime Instant checkOut,
      AttendanceCategory category) {}

  @GET
  @Operation(summary = "List attendance records by check-in time, latest first")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public PageJson<AttendanceJson> list(
      @QueryParam("employeeId") Long employeeId,
      @Parameter(description = "Check-in at or after this instant, e.g. 2026-03-02T00:00:00Z")
          @QueryParam("from")
          Instant from,
      @Parameter(description = "Check-in before this instant") @QueryParam("to") Instant to,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    return PageJson.of(
        attendance.list(new AttendanceFilter(employeeId, from, to), PageRequest.of(offset, limit)),
        AttendanceJson::of);
  }

  @GET
  @Path("checked-in")
  @Operation(summary = "Who is checked in right now, among the records you may see")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public PageJson<AttendanceJson> checkedIn(
      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    return PageJson.of(attendance.checkedInNow(PageRequest.of(offset, limit)), AttendanceJson::of);
  }

  @GET
  @Path("current")
  @Operation(summary = "The open record of an employee (yours without employeeId)")
  @APIResponse(responseCode = "200", description = "The open record.")
  @APIResponse(responseCode = "204", description = "The employee is not checked in.")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response current(@QueryParam("employeeId") Long employeeId) {
    AttendanceRecord record = attendance.current(employeeId);
    return record == null ? Response.noContent().build() : answer(record);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one attendance record")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  public Response get(@PathParam("id") long id) {
    return answer(attendance.get(id));
  }

  @POST
  @Path("check-in")
  @Operation(
      summary = "Check in; with an Idempotency-Key a retried request answers the first check-in")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "terminal swipe",
                      value =
                          "{\"employeeId\":1000,\"category\":\"OFFICE\","
                              + "\"at\":\"2026-03-02T07:58:12Z\"}")))
  @APIResponse(responseCode = "201", description = "Checked in; Location and ETag are set.")
  @APIResponse(responseCode = "200", description = "A replay: the record of the first request.")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response checkIn(
      @Parameter(description = "Up to 100 characters, unique per request of this credential")
          @HeaderParam(IDEMPOTENCY_KEY)
          String idempotencyKey,
      @Valid ClockBody body) {
    ClockBody swipe = body == null ? ClockBody.NOW : body;
    Clocking clocking =
        attendance.checkIn(swipe.employeeId(), swipe.category(), swipe.at(), null, idempotencyKey);
    AttendanceRecord record = clocking.record();
    if (clocking.replayed()) {
      return answer(record);
    }
    return Versions.created(AttendanceJson.of(record), record.getVersion())
        .location(URI.create("attendance/" + record.getId()))
        .build();
  }

  @POST
  @Path("check-out")
  @Operation(summary = "Check out, ending a running break; an Idempotency-Key makes retries safe")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "terminal swipe",
                      value = "{\"employeeId\":1000,\"at\":\"2026-03-02T16:31:05Z\"}")))
  @APIResponse(responseCode = "200", description = "Checked out (also for a replay).")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response checkOut(
      @Parameter(description = "Up to 100 characters, unique per request of this credential")
          @HeaderParam(IDEMPOTENCY_KEY)
          String idempotencyKey,
      @Valid ClockBody body) {
    ClockBody swipe = body == null ? ClockBody.NOW : body;
    return answer(attendance.checkOut(swipe.employeeId(), swipe.at(), idempotencyKey).record());
  }

  @POST
  @Path("break-start")
  @Operation(summary = "Start a break")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(name = "own break", value = "{\"at\":\"2026-03-02T12:00:00Z\"}")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response startBreak(@Valid ClockBody body) {
    ClockBody swipe = body == null ? ClockBody.NOW : body;
    return answer(attendance.startBreak(swipe.employeeId(), swipe.at()));
  }

  @POST
  @Path("break-end")
  @Operation(summary = "End the running break")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(name = "own break", value = "{\"at\":\"2026-03-02T12:30:00Z\"}")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  public Response endBreak(@Valid ClockBody body) {
    ClockBody swipe = body == null ? ClockBody.NOW : body;
    return answer(attendance.endBreak(swipe.employeeId(), swipe.at()));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Correct times and category (ATTENDANCE_MANAGE); send If-Match")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "correction",
                      value =
                          "{\"checkIn\":\"2026-03-02T08:00:00Z\","
                              + "\"checkOut\":\"2026-03-02T16:30:00Z\",\"category\":\"OFFICE\"}")))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = STALE)
  public Response correct(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull CorrectionBody body) {
    return answer(
        attendance.correct(
            id,
            Versions.ifMatch(ifMatch),
            new AttendanceCorrection(body.checkIn(), body.checkOut(), body.category())));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an attendance record (ATTENDANCE_MANAGE)")
  @APIResponse(responseCode = "204", description = "Deleted.")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "412", ref = STALE)
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    attendance.delete(id, Versions.ifMatch(ifMatch));
    return Response.noContent().build();
  }

  private static Response answer(AttendanceRecord record) {
    return Versions.ok(AttendanceJson.of(record), record.getVersion());
  }
}
