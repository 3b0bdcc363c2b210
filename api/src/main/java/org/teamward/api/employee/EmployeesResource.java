package org.teamward.api.employee;

import static org.teamward.api.TeamwardApi.BAD_REQUEST;
import static org.teamward.api.TeamwardApi.CONFLICT;
import static org.teamward.api.TeamwardApi.FORBIDDEN;
import static org.teamward.api.TeamwardApi.NOT_FOUND;
import static org.teamward.api.TeamwardApi.STALE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.api.Versions;
import org.teamward.api.validation.AtMost;
import org.teamward.employee.Employee;
import org.teamward.employee.EmployeeDraft;
import org.teamward.employee.EmployeeFilter;
import org.teamward.employee.EmployeeRow;
import org.teamward.employee.Employees;
import org.teamward.paging.PageRequest;

/** People: everyone sees themselves, EMPLOYEE_VIEW shows others in scope, EMPLOYEE_MANAGE edits. */
@ApplicationScoped
@Path("employees")
@Tag(name = "Employees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class EmployeesResource {

  @Inject Employees employees;

  @Schema(name = "EmployeeJson")
  public record EmployeeJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long version,
      String personnelNumber,
      String firstName,
      String lastName,
      String email,
      String department,
      @Schema(type = SchemaType.INTEGER, format = "int64") Long lineManagerId,
      String timeZone,
      @Schema(required = true) boolean active) {

    static EmployeeJson of(EmployeeRow e) {
      return new EmployeeJson(
          e.id(),
          e.version(),
          e.personnelNumber(),
          e.firstName(),
          e.lastName(),
          e.email(),
          e.department(),
          e.lineManagerId(),
          e.timeZone(),
          e.active());
    }

    /** A single record as the list shows it, so that both answer one shape. */
    static EmployeeJson of(Employee e) {
      return of(EmployeeRow.of(e, false));
    }
  }

  /**
   * A person's record as a client sends it.
   *
   * @param timeZone an IANA zone id such as "Europe/Berlin"; it decides what "today" means
   * @param active null means active
   */
  @Schema(name = "EmployeeBody")
  public record EmployeeBody(
      @Schema(minLength = 1, maxLength = 32, required = true) String personnelNumber,
      @Schema(minLength = 1, maxLength = 100, required = true) String firstName,
      @Schema(minLength = 1, maxLength = 100, required = true) String lastName,
      @Schema(maxLength = 254) String email,
      @Schema(maxLength = 100) String department,
      @Schema(type = SchemaType.INTEGER, format = "int64") Long lineManagerId,
      @Schema(minLength = 1, maxLength = 64, required = true) String timeZone,
      Boolean active) {

    EmployeeDraft draft() {
      return new EmployeeDraft(
          personnelNumber, firstName, lastName, email, department, lineManagerId, timeZone, active);
    }
  }

  @GET
  @Operation(operationId = "listEmployees", summary = "List employees by name")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "EmployeeJsonPage")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public PageJson<EmployeeJson> list(
      @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 100))
          @QueryParam("q")
          @AtMost(100)
          String text,
      @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 100))
          @QueryParam("department")
          @AtMost(100)
          String department,
      @QueryParam("active") Boolean active,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("after") Long after) {
    return PageJson.of(
        employees.list(
            new EmployeeFilter(text, department, active), PageRequest.of(offset, limit, after)),
        EmployeeJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getEmployee", summary = "Read one employee")
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "EmployeeJson")))
  @APIResponse(responseCode = "403", ref = FORBIDDEN)
  public Response get(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    Employee employee = employees.get(id);
    return Versions.ok(EmployeeJson.of(employee), employee.getVersion());
  }

  @POST
  @Operation(operationId = "createEmployee", summary = "Create an employee")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(
      responseCode = "201",
      description = TeamwardApi.CREATED,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "EmployeeJson")))
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "EmployeeBody"),
              examples =
                  @ExampleObject(
                      name = "employee",
                      value =
                          "{\"personnelNumber\":\"1042\",\"firstName\":\"Anna\","
                              + "\"lastName\":\"Schmidt\",\"email\":\"anna@example.com\","
                              + "\"department\":\"Sales\",\"timeZone\":\"Europe/Berlin\"}")))
  public Response create(@NotNull EmployeeBody body) {
    Employee employee = employees.create(body.draft());
    return Versions.created(EmployeeJson.of(employee), employee.getVersion())
        .location(URI.create("employees/" + employee.getId()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateEmployee",
      summary = "Replace an employee's record; send If-Match")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = NOT_FOUND)
  @APIResponse(responseCode = "409", ref = CONFLICT)
  @APIResponse(responseCode = "412", ref = STALE)
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "EmployeeJson")))
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "EmployeeBody")))
  public Response update(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull EmployeeBody body) {
    Employee employee = employees.update(id, Versions.ifMatch(ifMatch), body.draft());
    return Versions.ok(EmployeeJson.of(employee), employee.getVersion());
  }
}
