package org.teamward.api.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamward.access.accounts.TwoFactorRule;
import org.teamward.access.management.TwoFactor;
import org.teamward.api.TeamwardApi;

/** Whom two-factor authentication is required for (USER_MANAGE), as on the Users page. */
@ApplicationScoped
@Path("two-factor-rule")
@Tag(name = "Two-factor authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class TwoFactorRuleResource {

  @Inject TwoFactor twoFactor;

  /**
   * @param requiredFor NOBODY (each person decides), SYNCHRONISATION_HOLDERS (everyone with API
   *     access) or EVERYONE
   */
  @Schema(name = "TwoFactorRuleJson")
  public record TwoFactorRuleJson(
      @Schema(ref = "TwoFactorRule", required = true) TwoFactorRule requiredFor) {}

  @GET
  @Operation(
      operationId = "listTwoFactorRule",
      summary = "Whom two-factor authentication is required for")
  @APIResponse(
      responseCode = "200",
      description = "The rule.",
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "TwoFactorRuleJson")))
  public TwoFactorRuleJson get() {
    return new TwoFactorRuleJson(twoFactor.rule());
  }

  @PUT
  @Operation(
      operationId = "updateTwoFactorRule",
      summary = "Require two-factor authentication",
      description =
          "Those it applies to are led to the set-up at their next page in the web interface, and"
              + " cannot create device passwords with their personal password until it is done.")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "TwoFactorRuleJson")))
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "TwoFactorRuleJson")))
  public TwoFactorRuleJson put(@NotNull TwoFactorRuleJson body) {
    return new TwoFactorRuleJson(twoFactor.require(body.requiredFor()));
  }
}
