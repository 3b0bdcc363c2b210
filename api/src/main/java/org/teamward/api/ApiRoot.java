package org.teamward.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's front door, open to anyone: which version this is and where its description, its
 * explorer and the caller's own grant are. Integrators start here, and it is the cheapest answer
 * the API gives, against which the cost of authentication is measured.
 */
@ApplicationScoped
@Path("")
@Tag(name = "API")
@Produces(MediaType.APPLICATION_JSON)
public class ApiRoot {

  /** The API version, as the description states it. */
  public static final String VERSION = "1";

  /**
   * @param links what to read next: the OpenAPI description, the explorer, who you are, the
   *     time-clock kiosk page
   */
  @Schema(name = "RootJson")
  public record RootJson(String name, String version, Map<String, String> links) {}

  private static final RootJson ROOT =
      new RootJson(
          "Teamward API",
          VERSION,
          Map.of(
              "self", "/api",
              "openapi", "/openapi",
              "explorer", "/api-explorer/",
              "me", "/api/me",
              "terminal", "/terminal"));

  @GET
  @SecurityRequirementsSet // none: open to anyone
  @Operation(
      operationId = "getApiRoot",
      summary = "The API version and where to go next; needs no credentials")
  @APIResponse(
      responseCode = "200",
      description = TeamwardApi.RECORD,
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "RootJson")))
  public RootJson root() {
    return ROOT;
  }
}
