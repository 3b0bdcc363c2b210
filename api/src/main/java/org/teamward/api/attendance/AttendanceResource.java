package org.teamward.api.attendance;

import static org.teamward.api.TeamwardApi.BAD_REQUEST;
import static org.teamward.api.TeamwardApi.CONFLICT;
import static org.teamward.api.TeamwardApi.FORBIDDEN;
import static org.teamward.api.TeamwardApi.NOT_FOUND;
import static org.teamward.api.TeamwardApi.STALE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.teamward.attendance.Attendance;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.attendance.AttendanceCorrection;
import org.teamward.attendance.AttendanceFilter;
import org.teamward.attendance.AttendanceRecord;
import org.teamward.attendance.Clockings;
import org.teamward.attendance.Corrections;
import org.teamward.failure.ClockTime;
import org.teamward.paging.PageRequest;

/**
 * Attendance records: the list, one record, who is in, whom one may clock, and managers'
 * corrections. Checking in and out and breaks are {@link ClockingResource}, punches a terminal
 * buffered offline {@link BufferedPunchesResource}; all three share {@code /attendance} and this
 * class's Attendance tag, each path in one of them only.
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

  @Inject Attendance attendance;
  @Inject Clockings clockings;
  @Inject Corrections corrections;

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
    return record == null ? Response.noContent().build() : AttendanceJson.ok(record);
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
    return AttendanceJson.ok(attendance.get(id));
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
    return clockings.clockableEmployees(null, PageRequest.MAX_LIMIT).stream()
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
    return AttendanceJson.ok(
        corrections.correct(
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
    corrections.delete(id, Versions.ifMatch(ifMatch));
    return Response.noContent().build();
  }
}
