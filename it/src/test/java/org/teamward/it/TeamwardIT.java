package org.teamward.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The integration suite: one deployment of the real WAR on Payara Micro, shared by every nested
 * group of tests, so that the whole suite pays for one server start.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamwardIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    File war = new File(System.getProperty("teamward.war"));
    return ShrinkWrap.create(ZipImporter.class, "teamward.war")
        .importFrom(war)
        .as(WebArchive.class);
  }

  @ArquillianResource URL base;

  @BeforeEach
  void remember() {
    if (base != null) {
      Server.base(base);
    }
  }

  @Test
  void readyWithDatabase() {
    given()
        .baseUri(Server.base())
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("database"));
  }

  @Nested
  class Operations {
    @Test
    void apiWithoutCredentialsIsUnauthorized() {
      given()
          .baseUri(Server.base())
          .get("/api/me")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic"));
    }
  }
}
