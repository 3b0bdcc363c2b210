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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.access.accounts.CreatedUser;
import org.teamward.access.accounts.NewUser;
import org.teamward.access.accounts.SsoMode;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserChange;
import org.teamward.access.accounts.UserFilter;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.management.TwoFactor;
import org.teamward.access.management.UserRow;
import org.teamward.access.management.Users;
import org.teamward.api.PageJson;
import org.teamward.api.TeamwardApi;
import org.teamward.api.Versions;
import org.teamward.api.validation.AtMost;
import org.teamward.failure.Violations;
import org.teamward.paging.PageRequest;

/** User accounts (USER_MANAGE). A deactivated user's sessions and devices stop at once. */
@ApplicationScoped
@Path("users")
@Tag(name = "Users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class UsersResource {

  @Inject Users users;
  @Inject TwoFactor twoFactor;

  @Schema(name = "UserJson")
  public record UserJson(
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long id,
      @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long version,
      String email,
      String name,
      @Schema(type = SchemaType.INTEGER, format = "int64") Long employeeId,
      @Schema(required = true) boolean active,
      @Schema(required = true) boolean twoFactor,
      @Schema(type = SchemaType.ARRAY, format = "int64") List<Long> groups,
      Instant createdAt,
      @Schema(
              required = true,
              enumeration = {"disabled", "allowed", "enforced"},
              description = SSO_MODE)
          String sso,
      String initialPassword) {

    static UserJson of(UserAccount u, String initialPassword) {
      return new UserJson(
          u.getId(),
          u.getVersion(),
          u.getEmail(),
          u.getDisplayName(),
          u.getEmployee() == null ? null : u.getEmployee().getId(),
          u.isActive(),
          u.isTotpEnabled(),
          u.getGroups().stream().map(UserGroup::getId).sorted().toList(),
          u.getCreatedAt(),
          u.getSsoMode().json(),
          initialPassword);
    }

    /** A row of the list, as {@link #of(UserAccount, String)} answers its account. */
    static UserJson of(UserRow u) {
      return new UserJson(
          u.id(),
          u.version(),
          u.email(),
          u.displayName(),
          u.employeeId(),
          u.active(),
          u.totpEnabled(),
          u.groups(),
          u.createdAt(),
          u.ssoMode().json(),
          null);
    }
  }

  /** A new account; without a password one is generated, shown once, and must be changed. */
  @Schema(name = "NewUserJson")
  public record NewUserJson(
      @Schema(minLength = 1, maxLength = 254, required = true) String email,
      @Schema(minLength = 1, maxLength = 200, required = true) String name,
      @Schema(type = SchemaType.INTEGER, format = "int64") Long employeeId,
      @Schema(type = SchemaType.ARRAY, format = "int64", uniqueItems = true, required = true)
          Set<Long> groups,
      @Schema(maxLength = 200) String password) {

    @Override
    public String toString() {
      return "NewUserJson[email=" + email + "]";
    }
  }

  /** A change; absent fields stay as they are. */
  @Schema(name = "UserChangeJson")
  public record UserChangeJson(
      @Schema(maxLength = 200) String name,
      @Schema(type = SchemaType.ARRAY, format = "int64", uniqueItems = true) Set<Long> groups,
      Boolean active,
      @Schema(
              enumeration = {"disabled", "allowed", "enforced"},
              description = SSO_MODE)
          String sso) {}

  static final String SSO_MODE =
      "How the person signs in while the company's identity provider is configured: disabled"
          + " (Teamward password only), allowed (either), enforced (the provider only: the password"
          + " is retired, and POST /api/device answers 403 /sso-enforced).";

  @GET
  @Operation(operationId = "listUsers", summary = "List user accounts")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.PAGE,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "UserJsonPage")))
  public PageJson<UserJson> list(
      @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 100))
          @QueryParam("q")
          @AtMost(100)
          String text,
      @QueryParam("active") Boolean active,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("after") Long after) {
    return PageJson.of(
        users.list(new UserFilter(text, active), PageRequest.of(offset, limit, after)),
        UserJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getUser", summary = "Read one user account")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "UserJson")))
  public Response get(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    UserAccount user = users.get(id);
    return Versions.ok(UserJson.of(user, null), user.getVersion());
  }

  @POST
  @Operation(operationId = "createUser", summary = "Create a user account")
  @APIResponse(
      responseCode = "201",
      description = TeamwardApi.CREATED,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "UserJson")))
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "NewUserJson")))
  public Response create(@NotNull NewUserJson body) {
    CreatedUser created =
        users.create(
            new NewUser(
                body.email(), body.name(), body.employeeId(), body.groups(), body.password()));
    UserAccount user = created.user();
    return Versions.created(UserJson.of(user, created.initialPassword()), user.getVersion())
        .location(URI.create("users/" + user.getId()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateUser",
      summary =
          "Change groups, name, active flag or sign-in mode; send If-Match to avoid lost updates")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "UserJson")))
  @RequestBody(
      required = true,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "UserChangeJson")))
  public Response update(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull UserChangeJson body) {
    UserAccount user =
        users.update(
            id,
            Versions.ifMatch(ifMatch),
            new UserChange(body.name(), body.groups(), body.active(), ssoMode(body.sso())));
    return Versions.ok(UserJson.of(user, null), user.getVersion());
  }

  @DELETE
  @Path("{id}/two-factor")
  @Operation(
      operationId = "deleteUserTwoFactor",
      summary = "Reset two-factor authentication",
      description =
          "For someone who lost their authenticator app and their recovery codes: they sign in"
              + " with the password alone afterwards, and their web sessions end. Only for an"
              + " account whose rights the caller holds.")
  @APIResponse(
      responseCode = "200",
      description = "Done.",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "UserJson")))
  public Response resetTwoFactor(
      @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          long id) {
    UserAccount user = twoFactor.reset(id);
    return Versions.ok(UserJson.of(user, null), user.getVersion());
  }

  /** The sign-in mode of its API name; null (unchanged) when absent, 400 naming sso otherwise. */
  private static SsoMode ssoMode(String name) {
    if (name == null) {
      return null;
    }
    Optional<SsoMode> mode = SsoMode.of(name);
    new Violations()
        .check(mode.isPresent(), "sso", "sso must be disabled, allowed or enforced")
        .throwIfAny();
    return mode.get();
  }
}
