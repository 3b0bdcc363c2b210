package org.teamward.api.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.credentials.CreatedDevicePassword;
import org.teamward.access.credentials.DevicePassword;
import org.teamward.access.management.DevicePasswords;
import org.teamward.access.management.DeviceSignIn;
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.api.problem.Problem;
import org.teamward.paging.PageRequest;
import org.teamward.security.ClientAddress;

/** Personal device passwords: create one with the personal password, list and revoke them. */
@ApplicationScoped
@Path("")
@Tag(name = "Device passwords", description = "Personal API access, one password per application.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class DevicesResource {

  @Inject DevicePasswords devicePasswords;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;

  /** The body of {@code POST /api/device}: the only place the API accepts a personal password. */
  @Schema(name = "NewDevice")
  public record NewDevice(
      @Schema(minLength = 1, maxLength = 254, required = true) String email,
      @Schema(maxLength = 200, required = true) String password,
      @Schema(minLength = 1, maxLength = 100, required = true) String deviceName,
      @Schema(minLength = 1, maxLength = 32, required = true) String deviceType) {

    @Override
    public String toString() {
      return "NewDevice[email=" + email + ", deviceName=" + deviceName + "]";
    }
  }

  @Schema(name = "OwnerJson")
  public record OwnerJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      String email,
      String name) {}

  @Schema(name = "CreatedDeviceJson")
  public record CreatedDeviceJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      String deviceName,
      String deviceType,
      String token,
      Instant createdAt,
      OwnerJson user) {}

  @Schema(name = "DeviceJson")
  public record DeviceJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      String name,
      String type,
      Instant createdAt,
      Instant lastUsedAt,
      String lastUsedIp,
      String status) {

    static DeviceJson of(DevicePassword d) {
      return new DeviceJson(
          d.getId(),
          d.getName(),
          d.getDeviceType(),
          d.getCreatedAt(),
          d.getLastUsedAt(),
          d.getLastUsedIp(),
          d.isRevoked() ? "revoked" : "active");
    }
  }

  @POST
  @Path("device")
  @SecurityRequirementsSet // none: this is how a client gets its credentials
  @Operation(
      operationId = "createDevice",
      summary = "Create a device password",
      description =
          "Signs in with the personal e-mail and password in the body and creates a device "
              + "password for one application. The token is in this response only; store it. "
              + "Needs the SYNCHRONISATION permission. Accounts with two-factor authentication "
              + "create device passwords in the web interface instead.")
  @APIResponse(
      responseCode = "401",
      description = "Wrong or unknown credentials (indistinguishable).",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "429",
      description =
          "Too many failed attempts for this account from this address (or from this address):"
              + " not checked; try again after Retry-After seconds. The same for unknown accounts.",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "403",
      description =
          "SYNCHRONISATION missing (type ends in /forbidden), two-factor authentication on"
              + " (/two-factor-enabled), required for the account and not yet set up"
              + " (/two-factor-required), or the account signs in with the company's identity"
              + " provider only, its password retired (/sso-enforced).",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "201",
      description = "Created; the token is shown only now.",
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "CreatedDeviceJson")))
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(ref = "NewDevice"),
              examples =
                  @ExampleObject(
                      name = "create",
                      value =
                          "{\"email\":\"anna@example.com\",\"password\":\"…\","
                              + "\"deviceName\":\"Payroll sync\",\"deviceType\":\"service\"}")))
  public Response create(@NotNull NewDevice body) {
    CreatedDevicePassword created =
        devicePasswords.createWithPassword(
            new DeviceSignIn(body.email(), body.password(), body.deviceName(), body.deviceType()),
            clientAddress.of(request));
    DevicePassword d = created.device();
    UserAccount user = d.getUser();
    return Response.created(URI.create("devices/" + d.getId()))
        .header("Cache-Control", "no-store")
        .entity(
            new CreatedDeviceJson(
                d.getId(),
                d.getName(),
                d.getDeviceType(),
                created.token(),
                d.getCreatedAt(),
                new OwnerJson(user.getId(), user.getEmail(), user.getDisplayName())))
        .build();
  }

  @GET
  @Path("devices")
  @Operation(
      operationId = "listDevices",
      summary = "List the caller's own device passwords (never their tokens)")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "DeviceJsonPage")))
  public PageJson<DeviceJson> list(
      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    return PageJson.slice(
        devicePasswords.listOwn().stream().map(DeviceJson::of).toList(),
        PageRequest.of(offset, limit));
  }

  @DELETE
  @Path("devices/{id}")
  @Operation(
      operationId = "deleteDevice",
      summary = "Revoke one of the caller's own device passwords, effective immediately")
  @APIResponse(
      responseCode = "404",
      description = "No such device password of the caller's.",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "204", description = "Revoked.")
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA})
  public Response revoke(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    devicePasswords.revoke(id);
    return Response.noContent().build();
  }
}
