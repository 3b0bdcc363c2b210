package org.teamward.api.audit;

import static org.teamward.api.TeamwardApi.BAD_REQUEST;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.audit.AccessTrace;
import org.teamward.audit.ActorKind;
import org.teamward.audit.Area;
import org.teamward.audit.AuditLog;
import org.teamward.paging.PageRequest;

/** Who read or changed the caller's own attendance and absence records. */
@ApplicationScoped
@Path("me/activity")
@Tag(name = "Who saw my records")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class OwnActivityResource {

  @Inject AuditLog log;

  /**
   * Someone's reads or changes of the caller's records within one hour.
   *
   * @param credentialId the device password or access authorisation they used; null for the web
   * @param firstAt the first access within the hour
   * @param lastAt the latest access within the hour
   */
  @Schema(name = "ActivityJson")
  public record ActivityJson(
      Area area,
      @Schema(ref = "AccessTraceAccess") AccessTrace.Access access,
      ActorKind actorKind,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long actorId,
      String actorName,
      String credential,
      @Schema(type = SchemaType.INTEGER, format = "int64") Long credentialId,
      Instant firstAt,
      Instant lastAt) {

    static ActivityJson of(AccessTrace t) {
      return new ActivityJson(
          t.getArea(),
          t.getAccess(),
          t.getActorKind(),
          t.getActorId(),
          t.getActorName(),
          t.getCredential(),
          t.getCredentialId(),
          t.getFirstAt(),
          t.getLastAt());
    }
  }

  @GET
  @Operation(
      operationId = "getMeActivity",
      summary = "Who saw my records",
      description =
          "People, device passwords and interfaces that read or changed the caller's attendance"
              + " and absence records, latest first, one entry per hour. Empty for an interface.")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ActivityJsonPage")))
  public PageJson<ActivityJson> list(
      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    return PageJson.of(log.whoSawMine(PageRequest.of(offset, limit)), ActivityJson::of);
  }
}
