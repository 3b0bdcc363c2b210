package org.teamward.api.attendance;

import static org.teamward.api.TeamwardApi.BAD_REQUEST;
import static org.teamward.api.TeamwardApi.CONFLICT;
import static org.teamward.api.TeamwardApi.FORBIDDEN;
import static org.teamward.api.TeamwardApi.NOT_FOUND;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.api.TeamwardApi;
import org.teamward.api.Versions;
import org.teamward.attendance.AttendanceRecord;
import org.teamward.attendance.Breaks;
import org.teamward.attendance.Clocking;
import org.teamward.attendance.Clockings;
import org.teamward.attendance.Punch;

/**
 * Checking in and out, and breaks, under {@code /attendance} beside {@link AttendanceResource}: a
 * time-clock terminal (an API access authorisation) clocks the employees in its scope; a person
 * clocks themselves. It refers to the Attendance tag that {@link AttendanceResource} declares,
 * since a second declaration would list the tag twice in the API description.
 */
@ApplicationScoped
@Path("attendance")
@Tag(ref = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class ClockingResource {

  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final String IDEMPOTENCY_KEY_DESCRIPTION =
      "Up to 100 printable characters, unique per request of this credential and kept for the"
          + " offline window plus a day. A retry with the same key and body answers the first"
          + " outcome and writes nothing; the same key with another body is a 409.";

  @Inject Clockings clockings;
  @Inject Breaks breaks;

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
    Clocking clocking =
        clockings.clock(ClockBody.orNow(body).punch(Punch.Kind.CHECK_IN, false), idempotencyKey);
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
    Clocking clocking =
        clockings.clock(ClockBody.orNow(body).punch(Punch.Kind.CHECK_OUT, false), idempotencyKey);
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
    ClockBody swipe = ClockBody.orNow(body);
    return AttendanceJson.ok(breaks.startBreak(swipe.employeeId(), swipe.at()));
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
    ClockBody swipe = ClockBody.orNow(body);
    return AttendanceJson.ok(breaks.endBreak(swipe.employeeId(), swipe.at()));
  }

  /**
   * Marks the first outcome of an Idempotency-Key answered again, with the header that Stripe and
   * the IETF draft on idempotency keys use.
   */
  private static Response.ResponseBuilder replayed(
      Response.ResponseBuilder answer, Clocking clocking) {
    return clocking.replayed() ? answer.header("Idempotent-Replayed", "true") : answer;
  }
}
