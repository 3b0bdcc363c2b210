package org.teamward.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The REST API under {@code /api}. Resources are thin; every rule lives in the domain. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Teamward API",
            version = "1",
            description =
                """
                Projects, time bookings, attendance, absences, employees, users and user groups.

                **Authentication.** Create a device password once with `POST /api/device`
                (e-mail and password in the body), or in the web UI under *Settings → Devices*.
                Then send it on every request, either as
                `Authorization: Bearer <token>` or as `Authorization: Basic base64(<device id>:<token>)`.
                A device password acts with its user's *current* rights: exactly what the user
                may do in the web UI, no more and no less.

                **Errors** are RFC 9457 `application/problem+json` with `type`, `title`, `status`
                and `detail`; validation errors add `errors: [{field, message}]`.
                """),
    security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
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
public class TeamwardApi extends Application {}
