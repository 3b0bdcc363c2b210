package org.teamward.api.access;

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
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.credentials.AccessAuthorisations;
import org.teamward.access.credentials.CreatedAccessAuthorisation;
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.api.Versions;
import org.teamward.api.problem.Problem;
import org.teamward.paging.PageRequest;

/**
 * API access authorisations: neutral credentials for terminals and services (API_ACCESS_MANAGE).
 * The password is in the answer of create and of a password change only.
 */
@ApplicationScoped
@Path("access-authorisations")
@Tag(
    name = "Access authorisations",
    description =
        "Credentials for terminals and services: their own options, an employee restriction and"
            + " an IP allow-list; no person's rights apply.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class AccessAuthorisationsResource {

  @Inject AccessAuthorisations authorisations;

  @GET
  @Operation(
      operationId = "listAccessAuthorisations",
      summary = "List access authorisations (never their passwords)")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "AuthorisationJsonPage")))
  public PageJson<AuthorisationJson> list(
      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    return PageJson.of(authorisations.list(PageRequest.of(offset, limit)), AuthorisationJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getAccessAuthorisation", summary = "Read one access authorisation")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "AuthorisationJson")))
  public Response get(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    AccessAuthorisation a = authorisations.get(id);
    return Versions.ok(AuthorisationJson.of(a), a.getVersion());
  }

  @POST
  @Operation(
      operationId = "createAccessAuthorisation",
      summary = "Create an access authorisation; the password is in this answer only",
      description =
          "You can give only options you hold yourself, for no more employees than you hold them"
              + " for. Options are permissions a non-person may hold: no administration rights"
              + " and no SYNCHRONISATION.")
  @APIResponse(
      responseCode = "201",
      description = "Created; the password is shown only now.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "CreatedAuthorisationJson")))
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "AuthorisationBody"),
              examples =
                  @ExampleObject(
                      name = "terminal",
                      value =
                          "{\"name\":\"Hall 2 terminal\",\"permissions\":"
                              + "[\"ATTENDANCE_CHECK_IN_OUT\"],\"defaultCategory\":\"OFFICE\","
                              + "\"employeeScope\":{\"departments\":[\"Logistics\"]},"
                              + "\"allowedNetworks\":[\"10.20.0.0/16\"],\"active\":true}")))
  public Response create(@NotNull AuthorisationBody body) {
    CreatedAccessAuthorisation created = authorisations.create(body.draft());
    return Versions.created(
            CreatedAuthorisationJson.of(created), created.authorisation().getVersion())
        .header("Cache-Control", "no-store")
        .location(URI.create("access-authorisations/" + created.authorisation().getId()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateAccessAuthorisation",
      summary = "Replace an access authorisation's settings (not its password)")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "AuthorisationJson")))
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "AuthorisationBody")))
  public Response update(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull AuthorisationBody body) {
    AccessAuthorisation a = authorisations.update(id, Versions.ifMatch(ifMatch), body.draft());
    return Versions.ok(AuthorisationJson.of(a), a.getVersion());
  }

  @POST
  @Path("{id}/password")
  @Consumes(MediaType.WILDCARD) // an action without a body: any or no Content-Type
  @Operation(
      operationId = "passwordAccessAuthorisation",
      summary = "Change the password: a new one, shown once; the old one is dead at once")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "CreatedAuthorisationJson")))
  public Response regeneratePassword(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    CreatedAccessAuthorisation created = authorisations.regeneratePassword(id);
    return Versions.okBuilder(
            CreatedAuthorisationJson.of(created), created.authorisation().getVersion())
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteAccessAuthorisation",
      summary = "Revoke an access authorisation, effective at the next request")
  @APIResponse(responseCode = "412", ref = TeamwardApi.STALE)
  @APIResponse(responseCode = "204", description = "Revoked.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA})
  public Response revoke(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch) {
    authorisations.revoke(id, Versions.ifMatch(ifMatch));
    return Response.noContent().build();
  }
}
