package org.teamward.api.me;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.access.management.Users;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;

/** Who am I: the grant this very request was judged by. */
@ApplicationScoped
@Path("me")
@Tag(name = "Who am I")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class MeResource {

  @Inject Users users;

  /**
   * @param kind "user" or "interface"
   * @param employeeScope "all", or the departments and employee ids the caller may reach at all
   * @param narrowerScopes the permissions that reach fewer employees than that, each with its own
   *     scope: a team lead's rights over the own department only
   * @param employeeId the caller's own employee, if any
   * @param credential how the request authenticated, e.g. "device-password"
   * @param credentialId the device password or interface id used
   */
  @Schema(name = "MeJson")
  public record MeJson(
      String kind,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      String name,
      List<Permission> permissions,
      @Schema(ref = "EmployeeScope") Object employeeScope,
      @Schema(type = SchemaType.OBJECT) Map<Permission, Object> narrowerScopes,
      @Schema(type = SchemaType.INTEGER, format = "int64") Long employeeId,
      String credential,
      @Schema(type = SchemaType.INTEGER, format = "int64") Long credentialId) {

    static MeJson of(Grant grant) {
      return new MeJson(
          grant.kind().name().toLowerCase(Locale.ROOT),
          grant.id(),
          grant.name(),
          grant.permissions().stream().sorted().toList(),
          scopeJson(grant.scope()),
          grant.scopes().entrySet().stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      Map.Entry::getKey,
                      e -> scopeJson(e.getValue()),
                      (a, b) -> a,
                      java.util.TreeMap::new)),
          grant.ownEmployeeId(),
          grant.credential().name().toLowerCase(Locale.ROOT).replace('_', '-'),
          grant.credentialId());
    }
  }

  private static Object scopeJson(org.teamward.access.rights.EmployeeScope scope) {
    return scope.all()
        ? "all"
        : Map.of(
            "departments", scope.departments().stream().sorted().toList(),
            "employees", scope.employeeIds().stream().sorted().toList());
  }

  @GET
  @Operation(
      operationId = "getMe",
      summary = "The caller's identity, permissions and employee scope")
  @APIResponse(
      responseCode = "200",
      description = "The grant of this request.",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "device password",
                      value =
                          "{\"kind\":\"user\",\"id\":1050,\"name\":\"Anna Schmidt\","
                              + "\"permissions\":[\"PROJECT_VIEW\",\"TIME_BOOK_OWN\"],"
                              + "\"employeeScope\":\"all\",\"employeeId\":1000,"
                              + "\"credential\":\"device-password\",\"credentialId\":1100}")))
  @APIResponse(
      responseCode = "401",
      description = "No valid credentials.",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "200",
      description = "The grant of this request.",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "MeJson")))
  public MeJson me() {
    return MeJson.of(users.me());
  }
}
