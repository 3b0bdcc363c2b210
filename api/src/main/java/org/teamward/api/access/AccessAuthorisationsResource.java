package org.teamward.api.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.credentials.AccessAuthorisationDraft;
import org.teamward.access.credentials.AccessAuthorisations;
import org.teamward.access.credentials.CreatedAccessAuthorisation;
import org.teamward.access.rights.Permission;
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.api.Versions;
import org.teamward.api.problem.Problem;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.employee.Employee;
import org.teamward.failure.Invalid;
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

  /**
   * One authorisation, never with its password.
   *
   * @param employeeScope "all", a list of employee ids, or {"departments": [...]}
   */
  @Schema(name = "AuthorisationJson")
  public record AuthorisationJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long version,
      String name,
      String description,
      @Schema(
              type = SchemaType.ARRAY,
              uniqueItems = true,
              extensions = @Extension(name = TeamwardApi.ITEMS, value = "Permission"))
          Set<Permission> permissions,
      AttendanceCategory defaultCategory,
      @Schema(ref = "EmployeeScope") Object employeeScope,
      @Schema(
              type = SchemaType.ARRAY,
              uniqueItems = true,
              extensions = @Extension(name = TeamwardApi.ITEMS, value = "string"))
          Set<String> allowedNetworks,
      @Schema(required = true) boolean active,
      LocalDate expiresOn,
      Instant createdAt,
      Instant lastUsedAt,
      String lastUsedIp) {

    static AuthorisationJson of(AccessAuthorisation a) {
      return new AuthorisationJson(
          a.getId(),
          a.getVersion(),
          a.getName(),
          a.getDescription(),
          Set.copyOf(a.getPermissions()),
          a.getDefaultCategory(),
          switch (a.getScopeKind()) {
            case ALL -> "all";
            case DEPARTMENTS ->
                Map.of("departments", a.getDepartments().stream().sorted().toList());
            case EMPLOYEES -> a.getEmployees().stream().map(Employee::getId).sorted().toList();
          },
          Set.copyOf(a.getAllowedNetworks()),
          a.isActive(),
          a.getExpiresOn(),
          a.getCreatedAt(),
          a.getLastUsedAt(),
          a.getLastUsedIp());
    }
  }

  /** An authorisation with its new password: the only answer that ever holds it. */
  @Schema(name = "CreatedAuthorisationJson")
  public record CreatedAuthorisationJson(AuthorisationJson authorisation, String password) {

    static CreatedAuthorisationJson of(CreatedAccessAuthorisation created) {
      return new CreatedAuthorisationJson(
          AuthorisationJson.of(created.authorisation()), created.password());
    }

    @Override
    public String toString() {
      return "CreatedAuthorisationJson[" + authorisation.id() + ", password=***]";
    }
  }

  @Schema(name = "AuthorisationBody")
  public record AuthorisationBody(
      @Schema(minLength = 1, maxLength = 100, required = true) String name,
      @Schema(maxLength = 500) String description,
      @Schema(
              type = SchemaType.ARRAY,
              uniqueItems = true,
              required = true,
              extensions = @Extension(name = TeamwardApi.ITEMS, value = "Permission"))
          Set<Permission> permissions,
      AttendanceCategory defaultCategory,
      @Schema(ref = "EmployeeScope") JsonValue employeeScope,
      List<String> allowedNetworks,
      Boolean active,
      LocalDate expiresOn) {

    AccessAuthorisationDraft draft() {
      Scope scope = Scope.parse(employeeScope);
      return new AccessAuthorisationDraft(
          name,
          description,
          permissions,
          defaultCategory,
          scope.kind(),
          scope.departments(),
          scope.employeeIds(),
          allowedNetworks,
          active,
          expiresOn);
    }
  }

  /** The three shapes of {@code employeeScope}. */
  record Scope(AccessAuthorisation.ScopeKind kind, Set<String> departments, Set<Long> employeeIds) {

    static final String SHAPE =
        "employeeScope must be \"all\", a list of employee ids, or {\"departments\": [\"…\"]}";

    static Scope parse(JsonValue value) {
      if (value == null || value == JsonValue.NULL) {
        return new Scope(AccessAuthorisation.ScopeKind.ALL, Set.of(), Set.of());
      }
      if (value instanceof JsonString text && text.getString().equals("all")) {
        return new Scope(AccessAuthorisation.ScopeKind.ALL, Set.of(), Set.of());
      }
      if (value instanceof JsonArray ids) {
        Set<Long> employeeIds = new LinkedHashSet<>();
        for (JsonValue id : ids) {
          if (!(id instanceof JsonNumber number) || !number.isIntegral()) {
            throw new Invalid("employeeScope", "employee ids must be whole numbers");
          }
          try {
            employeeIds.add(number.longValueExact());
          } catch (ArithmeticException e) {
            throw new Invalid("employeeScope", "an employee id is out of range");
          }
        }
        return new Scope(AccessAuthorisation.ScopeKind.EMPLOYEES, Set.of(), employeeIds);
      }
      if (value instanceof JsonObject object
          && object.keySet().equals(Set.of("departments"))
          && object.get("departments") instanceof JsonArray departments) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonValue name : departments) {
          if (!(name instanceof JsonString text) || text.getString().isBlank()) {
            throw new Invalid("employeeScope", "departments must be names");
          }
          names.add(text.getString().strip());
        }
        return new Scope(AccessAuthorisation.ScopeKind.DEPARTMENTS, names, Set.of());
      }
      throw new Invalid("employeeScope", SHAPE);
    }
  }

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
