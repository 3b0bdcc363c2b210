package org.teamward.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The REST API under {@code /api}. Resources are thin; every rule lives in the domain. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Teamward API",
            version = ApiRoot.VERSION,
            description =
                """
                Projects, time bookings, attendance, absences, employees, users and user groups.

                **Authentication.** A device password acts with its user's *current* rights:
                exactly what the user may do in the web UI, no more and no less.

                1. Create one (needs the SYNCHRONISATION permission; the token is shown once):

                       curl -X POST https://teamward.example.com/api/device \\
                         -H 'Content-Type: application/json' \\
                         -d '{"email":"anna@example.com","password":"…","deviceName":"Payroll sync","deviceType":"Service"}'

                   Accounts with two-factor authentication create it in the web UI, in their account menu → *Devices*.
                2. Send it on every request, as a Bearer token or with Basic authentication
                   (device id as user name, token as password):

                       curl https://teamward.example.com/api/me -H "Authorization: Bearer tw_dp_…"
                       curl -u "1051:tw_dp_…" https://teamward.example.com/api/projects

                3. List and revoke your device passwords: `GET /api/devices`,
                   `DELETE /api/devices/{id}` (effective at the next request).

                Tokens match `tw_dp_[0-9A-Za-z]{49}`: 256 random bits in base 62 and a CRC32
                checksum, so scanners can recognise them. The server stores only a keyed digest.

                **Errors** are RFC 9457 `application/problem+json` with `type`, `title`, `status`
                and `detail`; validation errors add `errors: [{field, message}]`.
                """),
    // Relative: the address Payara saw at start-up (a port, a host name) is no use to a client
    // elsewhere, and would make the document differ from one start to the next.
    servers = @Server(url = "/", description = "This Teamward server."),
    security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")},
    // The shared error answers, which operations refer to by name ("NotFound"); the page of a
    // list, which the API description gives each item type as "<item>Page" (Java's PageJson<T> is
    // one class, so Payara cannot tell them apart); the enums of the domain nested in their class,
    // under a name that says more than
    // "Kind" (the domain module does not depend on the OpenAPI API).
    components =
        @Components(
            schemas = {
              @Schema(
                  name = "PageJson",
                  type = SchemaType.OBJECT,
                  description = PageJson.DESCRIPTION,
                  requiredProperties = {"total", "offset", "limit", "items", "totalExact"},
                  properties = {
                    @SchemaProperty(
                        name = "total",
                        type = SchemaType.INTEGER,
                        format = "int64",
                        description = PageJson.TOTAL),
                    @SchemaProperty(
                        name = "offset",
                        type = SchemaType.INTEGER,
                        format = "int32",
                        minimum = "0"),
                    @SchemaProperty(
                        name = "limit",
                        type = SchemaType.INTEGER,
                        format = "int32",
                        minimum = "0"),
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY),
                    @SchemaProperty(
                        name = "totalExact",
                        type = SchemaType.BOOLEAN,
                        description = PageJson.TOTAL_EXACT),
                    @SchemaProperty(
                        name = "next",
                        type = SchemaType.INTEGER,
                        format = "int64",
                        description = PageJson.NEXT)
                  }),
              @Schema(
                  name = "ClockableJsonList",
                  type = SchemaType.ARRAY,
                  extensions = @Extension(name = TeamwardApi.ITEMS, value = "ClockableJson")),
              @Schema(
                  name = "EmployeeScope",
                  description =
                      "Whom a scope reaches: \"all\", a list of employee ids, or"
                          + " {\"departments\": [\"…\"]}."),
              @Schema(
                  name = "PunchKind",
                  type = SchemaType.STRING,
                  enumeration = {"CHECK_IN", "CHECK_OUT"}),
              @Schema(
                  name = "AccessTraceAccess",
                  type = SchemaType.STRING,
                  enumeration = {"READ", "WRITE"}),
              @Schema(
                  name = "UserGroupScope",
                  type = SchemaType.STRING,
                  enumeration = {"ALL", "OWN_DEPARTMENT", "DEPARTMENTS"})
            },
            responses = {
              @APIResponse(
                  name = TeamwardApi.BAD_REQUEST,
                  description = "Invalid input: the problem lists each rejected field.",
                  content =
                      @Content(
                          mediaType = "application/problem+json",
                          schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = TeamwardApi.FORBIDDEN,
                  description = "Authenticated, but the right is missing.",
                  content =
                      @Content(
                          mediaType = "application/problem+json",
                          schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = TeamwardApi.NOT_FOUND,
                  description = "No such record, or it is outside the caller's scope.",
                  content =
                      @Content(
                          mediaType = "application/problem+json",
                          schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = TeamwardApi.CONFLICT,
                  description = "The write conflicts with the record's state or another record.",
                  content =
                      @Content(
                          mediaType = "application/problem+json",
                          schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = TeamwardApi.STALE,
                  description = "If-Match names an outdated version; reload and try again.",
                  content =
                      @Content(
                          mediaType = "application/problem+json",
                          schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = TeamwardApi.PRECONDITION_REQUIRED,
                  description =
                      "If-Match is missing: send the ETag of the record as you last read it.",
                  content =
                      @Content(
                          mediaType = "application/problem+json",
                          schema = @Schema(ref = "Problem")))
            }))
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = "bearer",
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      bearerFormat = "tw_dp_… device password token",
      description = "A device password token, sent as `Authorization: Bearer <token>`."),
  @SecurityScheme(
      securitySchemeName = "basic",
      type = SecuritySchemeType.HTTP,
      scheme = "basic",
      description = "`Authorization: Basic base64(<device id>:<token>)`.")
})
public class TeamwardApi extends Application {

  /** Names of the shared error answers, for {@code @APIResponse(ref = ...)}. */
  public static final String BAD_REQUEST = "BadRequest";

  public static final String FORBIDDEN = "Forbidden";
  public static final String NOT_FOUND = "NotFound";
  public static final String CONFLICT = "Conflict";
  public static final String STALE = "Stale";
  public static final String PRECONDITION_REQUIRED = "PreconditionRequired";

  /** What the {@code If-Match} header of every write to a versioned record says. */
  public static final String IF_MATCH =
      "Required: the ETag of the record as last read, a strong tag from this API such as \"3\"."
          + " Without it the answer is 428; a weak tag (W/\"3\") or * is refused with 400; an"
          + " outdated one with 412.";

  /** Descriptions of the success answers that many operations share. */
  public static final String RECORD = "The record; its ETag is set.";

  public static final String CREATED = "Created; Location and ETag are set.";
  public static final String PAGE = "One page: total, offset, limit and items.";

  /**
   * Jersey's own description of the API ({@code /api/application.wadl}, and WADL answers to {@code
   * OPTIONS}) is off: the OpenAPI document is the one description of the API, kept complete and
   * checked, and a second one, generated, listed what that one leaves out.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }

  /**
   * The extension by which an array schema names the component of its items ({@code extensions
   * = @Extension(name = TeamwardApi.ITEMS, value = "ProjectJson")}): an annotation cannot say it
   * otherwise; {@link org.teamward.api.openapi.ApiDescription} turns it into the items' {@code
   * $ref}.
   */
  public static final String ITEMS = "x-items";
}
