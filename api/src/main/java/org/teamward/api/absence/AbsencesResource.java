package org.teamward.api.absence;

import static org.teamward.api.TeamwardApi.BAD_REQUEST;
import static org.teamward.api.TeamwardApi.CONFLICT;
import static org.teamward.api.TeamwardApi.FORBIDDEN;
import static org.teamward.api.TeamwardApi.NOT_FOUND;
import static org.teamward.api.TeamwardApi.STALE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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
import org.teamward.absence.AbsenceDraft;
import org.teamward.absence.AbsenceFilter;
import org.teamward.absence.AbsenceStatus;
import org.teamward.absence.AbsenceType;
import org.teamward.absence.AbsenceView;
import org.teamward.absence.Absences;
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.api.Versions;
import org.teamward.failure.Violations;
import org.teamward.paging.PageRequest;

/**
 * Absences: requests, decisions and who is away. Without ABSENCE_VIEW_DETAILS the type, note and
 * certificate of others' absences are left out of every answer (absent, not null).
 */
@ApplicationScoped
@Path("absences")
@Tag(name = "Absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class AbsencesResource {

  @Inject Absences absences;

  /**
   * An absence as the caller may see it. Nulls are omitted, so withheld details do not appear at
   * all; that is why the certificate is a Boolean, not a boolean that would default to false.
   *
   * @param detailsVisible whether type, note and medicalCertificate are shown to this caller
   */
  @JsonbNillable(false)
  @Schema(name = "AbsenceJson")
  public record AbsenceJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long version,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long employeeId,
      String employeeName,
      LocalDate from,
      LocalDate to,
      @Schema(required = true) boolean startHalfDay,
      @Schema(required = true) boolean endHalfDay,
      AbsenceStatus status,
      Instant decidedAt,
      @Schema(required = true) boolean detailsVisible,
      AbsenceType type,
      String note,
      Boolean medicalCertificate) {

    public static AbsenceJson of(AbsenceView v) {
      return new AbsenceJson(
          v.id(),
          v.version(),
          v.employeeId(),
          v.employeeName(),
          v.from(),
          v.to(),
          v.startHalfDay(),
          v.endHalfDay(),
          v.status(),
          v.decidedAt(),
          v.detailsVisible(),
          v.detailsVisible() ? v.type() : null,
          v.detailsVisible() ? v.note() : null,
          v.detailsVisible() ? v.medicalCertificate() : null);
    }
  }

  /**
   * A request for time away, or (with ABSENCE_MANAGE) an absence recorded for someone else, which
   * is approved at once.
   *
   * @param employeeId null for the caller themselves
   */
  @Schema(name = "AbsenceBody")
  public record AbsenceBody(
      @Schema(type = SchemaType.INTEGER, format = "int64") Long employeeId,
      @Schema(ref = "AbsenceType", required = true) AbsenceType type,
      @Schema(description = Violations.DATE_WINDOW, required = true) LocalDate from,
      @Schema(description = Violations.DATE_WINDOW, required = true) LocalDate to,
      Boolean startHalfDay,
      Boolean endHalfDay,
      @Schema(maxLength = 1000) String note,
      Boolean medicalCertificate) {

    AbsenceDraft draft() {
      return new AbsenceDraft(
          employeeId,
          type,
          from,
          to,
          Boolean.TRUE.equals(startHalfDay),
          Boolean.TRUE.equals(endHalfDay),
          note,
          Boolean.TRUE.equals(medicalCertificate));
    }
  }

  @GET
  @Operation(
      operationId = "listAbsences",
      summary = "List absences overlapping a date range, latest first")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AbsenceJsonPage")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public PageJson<AbsenceJson> list(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("employeeId")
          Long employeeId,
      @Parameter(schema = @Schema(ref = "LocalDate")) @QueryParam("from") LocalDate from,
      @Parameter(schema = @Schema(ref = "LocalDate")) @QueryParam("to") LocalDate to,
      @Parameter(schema = @Schema(ref = "AbsenceStatus")) @QueryParam("status")
          AbsenceStatus status,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("after") Long after) {
    return PageJson.of(
        absences.list(
            new AbsenceFilter(employeeId, from, to, status), PageRequest.of(offset, limit, after)),
        AbsenceJson::of);
  }

  @GET
  @Path("absent")
  @Operation(
      operationId = "getAbsencesAbsent",
      summary = "Who is away (requested or approved) between two dates")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AbsenceJsonPage")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public PageJson<AbsenceJson> absent(
      @Parameter(schema = @Schema(ref = "LocalDate")) @QueryParam("from") LocalDate from,
      @Parameter(schema = @Schema(ref = "LocalDate")) @QueryParam("to") LocalDate to,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    return PageJson.of(
        absences.absentBetween(from, to, PageRequest.of(offset, limit)), AbsenceJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getAbsence", summary = "Read one absence")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AbsenceJson")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public Response get(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    return answer(absences.get(id));
  }

  @POST
  @Operation(
      operationId = "createAbsence",
      summary = "Request an absence, or record one for someone in scope (ABSENCE_MANAGE)")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(
      responseCode = "201",
      description = TeamwardApi.CREATED,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AbsenceJson")))
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "AbsenceBody"),
              examples =
                  @ExampleObject(
                      name = "leave",
                      value =
                          "{\"type\":\"ANNUAL_LEAVE\",\"from\":\"2026-07-06\","
                              + "\"to\":\"2026-07-17\",\"note\":\"Summer holiday\"}")))
  public Response request(@NotNull AbsenceBody body) {
    AbsenceView absence = absences.request(body.draft());
    return Versions.created(AbsenceJson.of(absence), absence.version())
        .location(URI.create("absences/" + absence.id()))
        .build();
  }

  @POST
  @Path("{id}/approve")
  @Operation(operationId = "approveAbsence", summary = "Approve a requested absence; send If-Match")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = STALE)
  @Consumes(MediaType.WILDCARD) // an action without a body: any or no Content-Type
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AbsenceJson")))
  public Response approve(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch) {
    return answer(absences.approve(id, Versions.ifMatch(ifMatch)));
  }

  @POST
  @Path("{id}/reject")
  @Operation(operationId = "rejectAbsence", summary = "Reject a requested absence; send If-Match")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = STALE)
  @Consumes(MediaType.WILDCARD) // an action without a body: any or no Content-Type
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AbsenceJson")))
  public Response reject(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch) {
    return answer(absences.reject(id, Versions.ifMatch(ifMatch)));
  }

  @POST
  @Path("{id}/cancel")
  @Operation(
      operationId = "cancelAbsence",
      summary = "Cancel an absence request or approved absence; send If-Match")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = STALE)
  @Consumes(MediaType.WILDCARD) // an action without a body: any or no Content-Type
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AbsenceJson")))
  public Response cancel(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch) {
    return answer(absences.cancel(id, Versions.ifMatch(ifMatch)));
  }

  private static Response answer(AbsenceView absence) {
    return Versions.ok(AbsenceJson.of(absence), absence.version());
  }
}
