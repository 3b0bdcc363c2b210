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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.accounts.UserGroupDraft;
import org.teamward.access.accounts.UserGroups;
import org.teamward.access.rights.Permission;
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.api.Versions;
import org.teamward.api.problem.Problem;
import org.teamward.paging.PageRequest;

/** User groups: named bundles of permissions (USER_GROUP_MANAGE to change). */
@ApplicationScoped
@Path("user-groups")
@Tag(name = "User groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class UserGroupsResource {

  @Inject UserGroups groups;

  /**
   * @param scope whose records the permissions reach: ALL, OWN_DEPARTMENT (the member's own) or
   *     DEPARTMENTS (those listed in {@code departments})
   */
  @Schema(name = "GroupJson")
  public record GroupJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long version,
      String name,
      String description,
      @Schema(
              type = SchemaType.ARRAY,
              uniqueItems = true,
              extensions = @Extension(name = TeamwardApi.ITEMS, value = "Permission"))
          Set<Permission> permissions,
      @Schema(ref = "UserGroupScope") UserGroup.Scope scope,
      @Schema(
              type = SchemaType.ARRAY,
              uniqueItems = true,
              extensions = @Extension(name = TeamwardApi.ITEMS, value = "string"))
          Set<String> departments) {

    static GroupJson of(UserGroup g) {
      return new GroupJson(
          g.getId(),
          g.getVersion(),
          g.getName(),
          g.getDescription(),
          Set.copyOf(g.getPermissions()),
          g.getScope(),
          Set.copyOf(g.getDepartments()));
    }
  }

  /** A group; without {@code scope} its permissions reach everyone. */
  @Schema(name = "GroupBody")
  public record GroupBody(
      @Schema(minLength = 1, maxLength = 100, required = true) String name,
      @Schema(maxLength = 500) String description,
      @Schema(
              type = SchemaType.ARRAY,
              uniqueItems = true,
              required = true,
              extensions = @Extension(name = TeamwardApi.ITEMS, value = "Permission"))
          Set<Permission> permissions,
      @Schema(ref = "UserGroupScope") UserGroup.Scope scope,
      @Schema(
              type = SchemaType.ARRAY,
              uniqueItems = true,
              extensions = @Extension(name = TeamwardApi.ITEMS, value = "string"))
          Set<String> departments) {

    UserGroupDraft draft() {
      return new UserGroupDraft(name, description, permissions, scope, departments);
    }
  }

  @GET
  @Operation(operationId = "listUserGroups", summary = "List user groups")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "GroupJsonPage")))
  public PageJson<GroupJson> list(
      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    return PageJson.of(groups.list(PageRequest.of(offset, limit)), GroupJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getUserGroup", summary = "Read one user group")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "GroupJson")))
  public Response get(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    UserGroup group = groups.get(id);
    return Versions.ok(GroupJson.of(group), group.getVersion());
  }

  @POST
  @Operation(
      operationId = "createUserGroup",
      summary = "Create a user group; you can grant only permissions you hold")
  @APIResponse(
      responseCode = "201",
      description = TeamwardApi.CREATED,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "GroupJson")))
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "GroupBody")))
  public Response create(@NotNull GroupBody body) {
    UserGroup group = groups.create(body.draft());
    return Versions.created(GroupJson.of(group), group.getVersion())
        .location(URI.create("user-groups/" + group.getId()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(operationId = "updateUserGroup", summary = "Replace name, description and permissions")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "GroupJson")))
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "GroupBody")))
  public Response update(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull GroupBody body) {
    UserGroup group = groups.update(id, Versions.ifMatch(ifMatch), body.draft());
    return Versions.ok(GroupJson.of(group), group.getVersion());
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "deleteUserGroup", summary = "Delete a user group")
  @APIResponse(responseCode = "204", description = "Done.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA})
  public Response delete(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch) {
    groups.delete(id, Versions.ifMatch(ifMatch));
    return Response.noContent().build();
  }
}
