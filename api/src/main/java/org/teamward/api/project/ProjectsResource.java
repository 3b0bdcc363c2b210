package org.teamward.api.project;

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
import java.math.BigDecimal;
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
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.api.Versions;
import org.teamward.api.problem.Problem;
import org.teamward.api.validation.AtMost;
import org.teamward.paging.PageRequest;
import org.teamward.project.Project;
import org.teamward.project.ProjectDraft;
import org.teamward.project.ProjectFilter;
import org.teamward.project.ProjectRow;
import org.teamward.project.ProjectStatus;
import org.teamward.project.Projects;

/** Projects that time is booked on (PROJECT_VIEW to read; create, edit, delete rights to write). */
@ApplicationScoped
@Path("projects")
@Tag(name = "Projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class ProjectsResource {

  @Inject Projects projects;

  @Schema(name = "ProjectJson")
  public record ProjectJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long version,
      String code,
      String name,
      ProjectStatus status,
      BigDecimal budgetHours) {

    static ProjectJson of(ProjectRow p) {
      return new ProjectJson(p.id(), p.version(), p.code(), p.name(), p.status(), p.budgetHours());
    }

    /** A single project as the list shows it, so that both answer one shape. */
    static ProjectJson of(Project p) {
      return of(ProjectRow.of(p, false, false, false));
    }
  }

  /**
   * A project as a client sends it.
   *
   * @param status null: new projects start ACTIVE, updates keep the status
   */
  @Schema(name = "ProjectBody")
  public record ProjectBody(
      @Schema(minLength = 1, maxLength = 32, required = true) String code,
      @Schema(minLength = 1, maxLength = 200, required = true) String name,
      BigDecimal budgetHours,
      ProjectStatus status) {

    ProjectDraft draft() {
      return new ProjectDraft(code, name, budgetHours, status);
    }
  }

  @GET
  @Operation(operationId = "listProjects", summary = "List projects, by code")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectJsonPage")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public PageJson<ProjectJson> list(
      @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 100))
          @QueryParam("q")
          @AtMost(100)
          String text,
      @Parameter(schema = @Schema(ref = "ProjectStatus")) @QueryParam("status")
          ProjectStatus status,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("after") Long after) {
    return PageJson.of(
        projects.list(new ProjectFilter(text, status), PageRequest.of(offset, limit, after)),
        ProjectJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getProject", summary = "Read one project")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectJson")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public Response get(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    Project project = projects.get(id);
    return Versions.ok(ProjectJson.of(project), project.getVersion());
  }

  @POST
  @Operation(operationId = "createProject", summary = "Create a project")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(
      responseCode = "201",
      description = TeamwardApi.CREATED,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectJson")))
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "ProjectBody"),
              examples =
                  @ExampleObject(
                      name = "project",
                      value =
                          "{\"code\":\"P-2026-07\",\"name\":\"Website relaunch\","
                              + "\"budgetHours\":120.5}")))
  public Response create(@NotNull ProjectBody body) {
    Project project = projects.create(body.draft());
    return Versions.created(ProjectJson.of(project), project.getVersion())
        .location(URI.create("projects/" + project.getId()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateProject",
      summary = "Replace code, name, budget and status; send If-Match")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = STALE)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectJson")))
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectBody")))
  public Response update(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull ProjectBody body) {
    Project project = projects.update(id, Versions.ifMatch(ifMatch), body.draft());
    return Versions.ok(ProjectJson.of(project), project.getVersion());
  }

  @POST
  @Path("{id}/archive")
  @Operation(
      operationId = "archiveProject",
      summary = "Archive a project: it keeps its bookings and takes no new ones")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "412", ref = STALE)
  @Consumes(MediaType.WILDCARD) // an action without a body: any or no Content-Type
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ProjectJson")))
  public Response archive(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch) {
    Project project = projects.archive(id, Versions.ifMatch(ifMatch));
    return Versions.ok(ProjectJson.of(project), project.getVersion());
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteProject",
      summary = "Delete a project nobody booked on (409 otherwise: archive it instead)")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = STALE)
  @APIResponse(responseCode = "204", description = "Deleted.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA})
  public Response delete(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch) {
    projects.delete(id, Versions.ifMatch(ifMatch));
    return Response.noContent().build();
  }
}
