package org.teamward.it.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;
import org.teamward.it.support.Api;

/** What operators and integrators rely on before signing in: health, OpenAPI, error shape. */
public abstract class OperationsTests {

  @Test
  void readinessIncludesTheDatabase() {
    Api.anonymous()
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("database"));
  }

  @Test
  void livenessAnswers() {
    Api.anonymous().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void openApiListsTheResourcesAndSecuritySchemes() {
    Api.anonymous()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("paths", hasKey("/api/me"))
        .body("paths", hasKey("/api/device"))
        .body("paths", hasKey("/api/devices/{id}"))
        .body("components.securitySchemes", hasKey("bearer"))
        .body("components.securitySchemes", hasKey("basic"));
  }

  @Test
  void theApiExplorerIsServedWithoutSignIn() {
    Api.anonymous()
        .get("/api-explorer/")
        .then()
        .statusCode(200)
        .body(containsString("swagger-ui-bundle.js"));
    Api.anonymous().get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").then().statusCode(200);
  }

  @Test
  void theApiWithoutCredentialsAnswers401WithAChallengeAndAProblem() {
    Api.anonymous()
        .get("/api/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("realm=\"Teamward\""))
        .body("status", equalTo(401))
        .body("type", containsString("/unauthenticated"))
        .body("title", equalTo("Unauthorized"));
  }

  @Test
  void anUnknownApiPathIsAProblemToo() {
    Api.admin()
        .bearer()
        .get("/api/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  /** The OpenAPI document is the one description: Jersey's WADL is not served. */
  @Test
  void jerseysWadlIsNotServed() {
    Api.admin()
        .bearer()
        .get("/api/application.wadl")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Api.anonymous()
        .get("/api/application.wadl")
        .then()
        .statusCode(org.hamcrest.Matchers.not(200))
        .contentType("application/problem+json");
  }

  @Test
  void aSessionCookieIsNotAnApiCredential() {
    String session =
        Api.anonymous().get("/login.xhtml").then().statusCode(200).extract().cookie("JSESSIONID");
    Api.anonymous().cookie("JSESSIONID", session).get("/api/me").then().statusCode(401);
  }
}
