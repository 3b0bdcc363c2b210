package org.teamward.api.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.access.credentials.CredentialInventory;
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.api.problem.Problem;
import org.teamward.failure.Invalid;
import org.teamward.paging.PageRequest;

/** The inventory of every credential that can reach the API (API_ACCESS_MANAGE). */
@ApplicationScoped
@Path("credentials")
@Tag(name = "Credential inventory")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class CredentialsResource {

  @Inject CredentialInventory inventory;

  /**
   * One credential.
   *
   * @param kind "device-password" or "access-authorisation"
   * @param owner the user a device password belongs to; null for an access authorisation
   * @param reach "owner" (a device password acts with its owner's rights) or the authorisation's
   *     scope kind: "all", "departments" or "employees"
   */
  @Schema(name = "CredentialJson")
  public record CredentialJson(
      String kind,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      String name,
      Map<String, Object> owner,
      String reach,
      Instant createdAt,
      Instant lastUsedAt,
      String lastUsedIp,
      LocalDate expiresOn,
      @Schema(required = true) boolean usable) {

    static CredentialJson of(CredentialInventory.Entry e) {
      return new CredentialJson(
          kindName(e.kind()),
          e.id(),
          e.name(),
          e.ownerId() == null ? null : Map.of("id", e.ownerId(), "name", e.ownerName()),
          e.reach().toLowerCase(Locale.ROOT),
          e.createdAt(),
          e.lastUsedAt(),
          e.lastUsedIp(),
          e.expiresOn(),
          e.usable());
    }
  }

  @Schema(name = "RevokedJson")
  public record RevokedJson(
      @Schema(type = SchemaType.INTEGER, format = "int32", required = true) int revoked) {}

  static String kindName(CredentialInventory.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static CredentialInventory.Kind kind(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    for (CredentialInventory.Kind kind : CredentialInventory.Kind.values()) {
      if (kindName(kind).equals(name.strip())) {
        return kind;
      }
    }
    throw new Invalid("kind", "kind must be device-password or access-authorisation");
  }

  @GET
  @Operation(
      operationId = "listCredentials",
      summary = "Every live credential that can reach the API",
      description =
          "All users' device passwords and all access authorisations, with owner, reach, last use"
              + " and expiry. Filter by owner (a user id), kind, and unusedDays (not used for at"
              + " least that many days; never used counts).")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "CredentialJsonPage")))
  public PageJson<CredentialJson> list(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("ownerId")
          Long ownerId,
      @QueryParam("kind") String kind,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
          @QueryParam("unusedDays")
          Integer unusedDays,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    return PageJson.slice(
        inventory.list(new CredentialInventory.Filter(ownerId, kind(kind), unusedDays)).stream()
            .map(CredentialJson::of)
            .toList(),
        PageRequest.of(offset, limit));
  }

  @DELETE
  @Path("{kind}/{id}")
  @Operation(
      operationId = "deleteCredential",
      summary = "Revoke one credential of either kind, effective at the next request")
  @APIResponse(responseCode = "204", description = "Revoked.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA})
  public Response revoke(
      @PathParam("kind") String kind,
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    CredentialInventory.Kind parsed = kind(kind);
    if (parsed == null) {
      throw new Invalid("kind", "kind must be device-password or access-authorisation");
    }
    inventory.revoke(parsed, id);
    return Response.noContent().build();
  }

  @DELETE
  @Path("device-passwords")
  @Operation(
      operationId = "deleteCredentialsDevicePasswords",
      summary = "Revoke all device passwords of one user (ownerId)",
      description = "Separate from a password change, which leaves device passwords working.")
  @APIResponse(
      responseCode = "200",
      description = "Done.",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "RevokedJson")))
  public RevokedJson revokeAllOf(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("ownerId")
          Long ownerId) {
    if (ownerId == null) {
      throw new Invalid("ownerId", "ownerId is required: whose device passwords to revoke");
    }
    return new RevokedJson(inventory.revokeAllOf(ownerId));
  }
}
