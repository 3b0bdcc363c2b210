package org.teamward.it.signin;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.teamward.it.support.Api;
import org.teamward.it.support.Processes;
import org.teamward.it.support.Secrets;

/**
 * Another Teamward beside the server under test, for settings that server cannot have at the same
 * time as its other tests. The same WAR and Payara Micro, an embedded database of its own; started
 * on first use, in its own process group, and stopped when the suite ends.
 */
final class SecondServer {

  static final String ADMIN_EMAIL = "second-admin@teamward.test";
  static final String ADMIN_PASSWORD = "second-admin-password-1";

  /**
   * {@code TEAMWARD_OIDC_TRUST_PROVIDER_MFA=true} with {@code TEAMWARD_OIDC_MFA_ACR=1}, on the
   * suite's Keycloak. Keycloak marks a sign-in with a password in that request with {@code acr}
   * "1", and one from its own session cookie with "0": the one shows the second factor the operator
   * declared, the other does not.
   */
  static final SecondServer TRUSTING =
      new SecondServer(
          "trusting",
          () -> {
            Keycloak.ready();
            return Map.of(
                "TEAMWARD_OIDC_ISSUER",
                Keycloak.issuer(),
                "TEAMWARD_OIDC_CLIENT_SECRET",
                Keycloak.CLIENT_SECRET,
                "TEAMWARD_OIDC_TRUST_PROVIDER_MFA",
                "true",
                "TEAMWARD_OIDC_MFA_ACR",
                "1");
          });

  /** Signed in through {@link HostileProvider}, which answers with the tokens a test asks for. */
  static final SecondServer FORGING =
      new SecondServer(
          "forging",
          () ->
              Map.of(
                  "TEAMWARD_OIDC_ISSUER",
                  HostileProvider.issuer(),
                  "TEAMWARD_OIDC_CLIENT_SECRET",
                  "hostile-client-secret-not-secret"));

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final String name;
  private final Supplier<Map<String, String>> settings;
  private Process process;
  private int port;
  private String adminToken;

  private SecondServer(String name, Supplier<Map<String, String>> settings) {
    this.name = name;
    this.settings = settings;
  }

  /** Starts it on first use, and waits until its sign-in page answers; answers its address. */
  synchronized String ready() {
    if (process == null) {
      start();
    }
    Processes.awaitAnswer(
        "The " + name + " server",
        process,
        URI.create(base() + "/login.xhtml"),
        false,
        START_TIMEOUT,
        log());
    return base();
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** Its administrator, through a device password made on first use. */
  synchronized RequestSpecification admin() {
    if (adminToken == null) {
      adminToken =
          given()
              .baseUri(ready())
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "email",
                      ADMIN_EMAIL,
                      "password",
                      ADMIN_PASSWORD,
                      "deviceName",
                      "tests",
                      "deviceType",
                      "Script"))
              .post("/api/device")
              .then()
              .statusCode(201)
              .extract()
              .path("token");
      Secrets.remember(adminToken);
    }
    return given()
        .baseUri(base())
        .header("Authorization", "Bearer " + adminToken)
        .contentType(ContentType.JSON);
  }

  /** An account that may book its own time, for someone the identity provider knows. */
  void createPerson(String email, String name) {
    long group =
        admin()
            .body(Map.of("name", Api.unique("Bookers"), "permissions", List.of("TIME_BOOK_OWN")))
            .post("/api/user-groups")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    admin()
        .body(
            Map.of(
                "email",
                email,
                "name",
                name,
                "groups",
                List.of(group),
                "password",
                "pw-" + java.util.UUID.randomUUID()))
        .post("/api/users")
        .then()
        .statusCode(201);
  }

  private void start() {
    port = Processes.freePort();
    Path target = Path.of(System.getProperty("teamward.it.target"));
    try {
      Path data = Files.createTempDirectory(target, name + "-data");
      ProcessBuilder builder =
          new ProcessBuilder(
                  Processes.payaraMicro(
                      Files.createTempDirectory(target, name + "-tmp"),
                      port,
                      "--nohazelcast",
                      "--prebootcommandfile",
                      System.getProperty("teamward.it.prebootCommands")))
              .redirectErrorStream(true)
              .redirectOutput(log().toFile());
      Map<String, String> env = builder.environment();
      env.put("TEAMWARD_DATA", data.toString());
      env.put("TEAMWARD_ADMIN_EMAIL", ADMIN_EMAIL);
      env.put("TEAMWARD_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("TEAMWARD_TOKEN_PEPPER", name + "-pepper-not-secret-0123456789abcdef");
      env.put("TEAMWARD_TOTP_KEY", name + "-totp-key-not-secret-0123456789abcdef");
      env.put("TEAMWARD_PASSWORD_ITERATIONS", "1024");
      env.put("TEAMWARD_PASSWORD_TEST_ONLY_LOW_COST", "true");
      env.put("TEAMWARD_OIDC_CLIENT_ID", Keycloak.CLIENT_ID);
      // Not the suite's database, whatever the run chose for the server under test.
      env.remove("TEAMWARD_DB_URL");
      env.remove("TEAMWARD_DB_USER");
      env.remove("TEAMWARD_DEMO_DATA");
      env.putAll(settings.get());
      process = builder.start();
      Process started = process;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> Processes.stopGroup(started), name + "-server-stop"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path log() {
    return Path.of(System.getProperty("teamward.it.target"), "payara-" + name + ".log");
  }
}
