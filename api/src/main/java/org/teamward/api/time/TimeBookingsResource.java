package org.teamward.api.time;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.teamward.failure.Violations;
import org.teamward.paging.PageRequest;
import org.teamward.time.ProjectHours;
import org.teamward.time.TimeBooking;
import org.teamward.time.TimeBookingDraft;
import org.teamward.time.TimeBookingFilter;
import org.teamward.time.TimeBookingRow;
import org.teamward.time.TimeBookings;

/**
 * Time booked on projects: one's own with TIME_BOOK_OWN, everyone's in scope with TIME_VIEW_ALL and
 * TIME_BOOK_OTHERS.
 */
@ApplicationScoped
@Path("time-bookings")
@Tag(name = "Time bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class TimeBookingsResource {

  @Inject TimeBookings bookings;

  /**
   * @param start null for a booking of a duration only
   * @param end null for a booking of a duration only
   */
  @Schema(name = "TimeBookingJson")
  public record TimeBookingJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long version,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long employeeId,
      String employeeName,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long projectId,
      String projectCode,
      LocalDate date,
      LocalTime start,
      LocalTime end,
      @Schema(type = SchemaType.INTEGER, format = "int32", required = true) int durationMinutes,
      String description,
      @Schema(required = true) boolean billable) {

    static TimeBookingJson of(TimeBooking b) {
      return new TimeBookingJson(
          b.getId(),
          b.getVersion(),
          b.getEmployee().getId(),
          b.getEmployee().getFullName(),
          b.getProject().getId(),
          b.getProject().getCode(),
          b.getDate(),
          b.getStart(),
          b.getEnd(),
          b.getDurationMinutes(),
          b.getDescription(),
          b.isBillable());
    }

    /** A row of the list; its decisions are the web's, not part of this contract. */
    static TimeBookingJson of(TimeBookingRow r) {
      return new TimeBookingJson(
          r.id(),
          r.version(),
          r.employeeId(),
          r.employeeName(),
          r.projectId(),
          r.projectCode(),
          r.date(),
          r.start(),
          r.end(),
          r.durationMinutes(),
          r.description(),
          r.billable());
    }
  }

  /**
   * A booking as a client sends it: a start and an end, or a duration only.
   *
   * @param employeeId null books for the caller themselves
   * @param billable null means billable
   */
  @Schema(name = "TimeBookingBody")
  public record TimeBookingBody(
      @Schema(type = SchemaType.INTEGER, format = "int64") Long employeeId,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) Long projectId,
      @Schema(description = Violations.DATE_WINDOW, required = true) LocalDate date,
      LocalTime start,
      LocalTime end,
      @Schema(type = SchemaType.INTEGER, format = "int32") Integer durationMinutes,
      @Schema(maxLength = 1000) String description,
      Boolean billable) {

    TimeBookingDraft draft() {
      return new TimeBookingDraft(
          employeeId, projectId, date, start, end, durationMinutes, description, billable);
    }
  }

  @Schema(name = "ProjectHoursJson")
  public record ProjectHoursJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long projectId,
      String code,
      String name,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long minutes) {

    static ProjectHoursJson of(ProjectHours h) {
      return new ProjectHoursJson(h.projectId(), h.code(), h.name(), h.minutes());
    }
  }

  @GET
  @Operation(
      operationId = "listTimeBookings",
      summary = "List time bookings, newest day first; dates are inclusive")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "TimeBookingJsonPage")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public PageJson<TimeBookingJson> list(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("employeeId")
          Long employeeId,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("projectId")
          Long projectId,
      @Parameter(schema = @Schema(ref = "LocalDate")) @QueryParam("from") LocalDate from,
      @Parameter(schema = @Schema(ref = "LocalDate")) @QueryParam("to") LocalDate to,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("after") Long after) {
    return PageJson.of(
        bookings.rows(
            new TimeBookingFilter(employeeId, projectId, from, to),
            PageRequest.of(offset, limit, after)),
        TimeBookingJson::of);
  }

  @GET
  @Path("hours-per-project")
  @Operation(
      operationId = "getTimeBookingsHoursPerProject",
      summary = "Booked minutes per project between two dates, over the bookings you may see")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectHoursJsonPage")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public PageJson<ProjectHoursJson> hoursPerProject(
      @Parameter(schema = @Schema(ref = "LocalDate")) @QueryParam("from") LocalDate from,
      @Parameter(schema = @Schema(ref = "LocalDate")) @QueryParam("to") LocalDate to,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    return PageJson.slice(
        bookings.hoursPerProject(from, to).stream().map(ProjectHoursJson::of).toList(),
        PageRequest.of(offset, limit));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getTimeBooking", summary = "Read one time booking")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "TimeBookingJson")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public Response get(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    TimeBooking booking = bookings.get(id);
    return Versions.ok(TimeBookingJson.of(booking), booking.getVersion());
  }

  @POST
  @Operation(
      operationId = "createTimeBooking",
      summary = "Book time, for yourself or (with TIME_BOOK_OTHERS) for someone in scope")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(
      responseCode = "201",
      description = TeamwardApi.CREATED,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "TimeBookingJson")))
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "TimeBookingBody"),
              examples =
                  @ExampleObject(
                      name = "booking",
                      value =
                          "{\"projectId\":1200,\"date\":\"2026-03-02\",\"start\":\"09:00\","
                              + "\"end\":\"11:30\",\"description\":\"Sprint planning\"}")))
  public Response create(@NotNull TimeBookingBody body) {
    TimeBooking booking = bookings.create(body.draft());
    return Versions.created(TimeBookingJson.of(booking), booking.getVersion())
        .location(URI.create("time-bookings/" + booking.getId()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(operationId = "updateTimeBooking", summary = "Replace a time booking; send If-Match")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = STALE)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "TimeBookingJson")))
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "TimeBookingBody")))
  public Response update(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull TimeBookingBody body) {
    TimeBooking booking = bookings.update(id, Versions.ifMatch(ifMatch), body.draft());
    return Versions.ok(TimeBookingJson.of(booking), booking.getVersion());
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "deleteTimeBooking", summary = "Delete a time booking")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "412", ref = STALE)
  @APIResponse(responseCode = "204", description = "Deleted.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA})
  public Response delete(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch) {
    bookings.delete(id, Versions.ifMatch(ifMatch));
    return Response.noContent().build();
  }
}
