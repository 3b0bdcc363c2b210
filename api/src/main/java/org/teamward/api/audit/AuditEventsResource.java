package org.teamward.api.audit;

import static org.teamward.api.TeamwardApi.BAD_REQUEST;
import static org.teamward.api.TeamwardApi.FORBIDDEN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.api.validation.AtMost;
import org.teamward.audit.ActorKind;
import org.teamward.audit.AuditCsv;
import org.teamward.audit.AuditExport;
import org.teamward.audit.AuditFilter;
import org.teamward.audit.AuditLog;
import org.teamward.audit.AuditRow;
import org.teamward.audit.Outcome;
import org.teamward.paging.PageRequest;

/** The security audit log (AUDIT_VIEW): who did what, with which credential, from where. */
@ApplicationScoped
@Path("audit-events")
@Tag(name = "Audit log")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class AuditEventsResource {

  @Inject AuditLog log;

  /**
   * One event.
   *
   * @param credential how the actor authenticated (WEB_SESSION, DEVICE_PASSWORD,
   *     ACCESS_AUTHORISATION, PERSONAL_PASSWORD, NONE); never the credential itself
   * @param credentialId the device password or access authorisation used
   * @param action the use case, e.g. "Projects.create", or "Authentication.personalPassword"
   * @param detail the reason of a refusal or failure, e.g. "Forbidden" or "wrong password"
   * @param attempts how often this happened: a refused credential or throttled attempt is counted,
   *     one event per kind of refusal, identifier, client address and minute; 1 for all else
   */
  @Schema(name = "AuditEventJson")
  public record AuditEventJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      Instant occurredAt,
      ActorKind actorKind,
      @Schema(type = SchemaType.INTEGER, format = "int64") Long actorId,
      String actorName,
      String credential,
      @Schema(type = SchemaType.INTEGER, format = "int64") Long credentialId,
      String clientIp,
      String action,
      Outcome outcome,
      String targetType,
      @Schema(type = SchemaType.INTEGER, format = "int64") Long targetId,
      String detail,
      @Schema(
              type = SchemaType.INTEGER,
              format = "int32",
              required = true,
              description =
                  "How often this happened: failed credentials and throttled attempts are counted,"
                      + " one event per kind, identifier, client address and minute.")
          int attempts) {

    static AuditEventJson of(AuditRow e) {
      return new AuditEventJson(
          e.id(),
          e.occurredAt(),
          e.actorKind(),
          e.actorId(),
          e.actorName(),
          e.credential(),
          e.credentialId(),
          e.clientIp(),
          e.action(),
          e.outcome(),
          e.targetType(),
          e.targetId(),
          e.detail(),
          e.attempts());
    }
  }

  @GET
  @Operation(
      operationId = "listAuditEvents",
      summary = "List audit events, newest first",
      description =
          "actor matches part of the actor's name or the e-mail address attempted; type is an"
              + " action (Projects.create) or a feature (Projects); from is inclusive, to"
              + " exclusive.")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "AuditEventJsonPage")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public PageJson<AuditEventJson> list(
      @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 120))
          @QueryParam("actor")
          @AtMost(120)
          String actor,
      @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 120))
          @QueryParam("type")
          @AtMost(120)
          String type,
      @Parameter(schema = @Schema(ref = "Instant")) @QueryParam("from") Instant from,
      @Parameter(schema = @Schema(ref = "Instant")) @QueryParam("to") Instant to,
      @Parameter(schema = @Schema(ref = "Outcome")) @QueryParam("outcome") Outcome outcome,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    return PageJson.of(
        log.list(new AuditFilter(actor, type, from, to, outcome), PageRequest.of(offset, limit)),
        AuditEventJson::of);
  }

  @GET
  @Path("export")
  @Produces(AuditCsv.MEDIA_TYPE)
  @Operation(
      operationId = "getAuditEventsExport",
      summary = "Export audit events as CSV",
      description =
          "The same filters as the list, every match, newest first, streamed: cells that a"
              + " spreadsheet would run as a formula are prefixed with an apostrophe.")
  @APIResponse(
      responseCode = "200",
      description = "The matching events as CSV, with a header line.",
      content = @Content(mediaType = AuditCsv.MEDIA_TYPE))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(
      responseCode = "200",
      description = "The matching events as CSV, with a header line.",
      content = @Content(mediaType = "text/csv"))
  public Response export(
      @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 120))
          @QueryParam("actor")
          @AtMost(120)
          String actor,
      @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 120))
          @QueryParam("type")
          @AtMost(120)
          String type,
      @Parameter(schema = @Schema(ref = "Instant")) @QueryParam("from") Instant from,
      @Parameter(schema = @Schema(ref = "Instant")) @QueryParam("to") Instant to,
      @Parameter(schema = @Schema(ref = "Outcome")) @QueryParam("outcome") Outcome outcome) {
    // Checked now, so that a refusal or bad input answers problem+json before any CSV is sent.
    AuditExport export = log.export(new AuditFilter(actor, type, from, to, outcome));
    StreamingOutput body =
        out -> {
          BufferedWriter writer =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          AuditCsv csv = new AuditCsv(writer).header();
          export.forEach(csv::row);
          writer.flush();
        };
    return Response.ok(body, AuditCsv.MEDIA_TYPE + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-events.csv\"")
        .build();
  }
}
