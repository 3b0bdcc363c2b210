package org.teamward.it.signin;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.teamward.it.support.Processes;

/**
 * The company's identity provider for the suite: a real Keycloak, the distribution the it module's
 * build unpacks from Maven Central, with the realm file beside the tests ({@code
 * src/test/keycloak}). It is started once, in the background, before the server under test, so that
 * its half minute of start-up overlaps Payara's; the tests that need it wait for {@link #ready()}.
 * It runs in a process group of its own ({@code setsid}) and is stopped by that group when the
 * suite ends, so that no Keycloak outlives a run, even one that was cut short.
 *
 * <p>Its address is chosen here, before Arquillian reads {@code arquillian.xml}, which hands the
 * issuer to the server under test as {@code TEAMWARD_OIDC_ISSUER}. Runs that select only other
 * groups ({@code -Dit.groups}) do not start it; the server then knows an issuer that does not
 * answer, as a production server whose provider is down.
 */
public final class Keycloak implements BeforeAllCallback {

  static final String REALM = "teamward";
  public static final String CLIENT_ID = "teamward";
  static final String CLIENT_SECRET = "it-oidc-secret-not-secret";

  /** The groups that sign in with the provider; runs without them need no Keycloak. */
  static final Set<String> GROUPS = Set.of("CompanySignIn", "TrustedProviderMfa");

  private static final String ADMIN_PASSWORD = "it-keycloak-admin-not-secret";

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private static int port;
  private static Process process;

  @Override
  public void beforeAll(ExtensionContext context) {
    if (context.getRequiredTestClass().getEnclosingClass() != null) {
      return;
    }
    synchronized (Keycloak.class) {
      if (port != 0) {
        return;
      }
      port = Processes.freePort();
      System.setProperty("teamward.it.oidcIssuer", issuer());
      if (wanted()) {
        start();
      }
    }
  }

  static String base() {
    return "http://127.0.0.1:" + port;
  }

  static String issuer() {
    return base() + "/realms/" + REALM;
  }

  /** Waits until the realm's discovery document answers; fails when Keycloak stopped instead. */
  static void ready() {
    synchronized (Keycloak.class) {
      if (process == null) {
        start();
      }
    }
    Processes.awaitAnswer(
        "Keycloak",
        process,
        URI.create(issuer() + "/.well-known/openid-configuration"),
        false,
        START_TIMEOUT,
        log());
  }

  /**
   * Changes a person's e-mail address at the provider, as the company's administrators may at any
   * time (Keycloak's admin API).
   */
  static void changeEmail(
      String username, String firstName, String lastName, String email, boolean verified) {
    String token = adminToken();
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(
            Map.of(
                "username", username,
                "firstName", firstName,
                "lastName", lastName,
                "email", email,
                "emailVerified", verified))
        .put(base() + "/admin/realms/" + REALM + "/users/" + userId(token, username))
        .then()
        .statusCode(204);
  }

  /** Where Keycloak sends the client's back-channel logouts: the server under test. */
  static void setBackChannelLogout(String url) {
    String token = adminToken();
    String clients = base() + "/admin/realms/" + REALM + "/clients";
    String id =
        given()
            .auth()
            .oauth2(token)
            .queryParam("clientId", CLIENT_ID)
            .get(clients)
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(
            Map.of(
                "clientId",
                CLIENT_ID,
                "attributes",
                Map.of(
                    "backchannel.logout.url", url, "backchannel.logout.session.required", "true")))
        .put(clients + "/" + id)
        .then()
        .statusCode(204);
  }

  /**
   * Signs the person out at the provider, as its administrators can ("Sign out" on the user's
   * sessions); Keycloak then sends the back-channel logouts before it answers.
   */
  static void logOut(String username) {
    String token = adminToken();
    given()
        .auth()
        .oauth2(token)
        .post(base() + "/admin/realms/" + REALM + "/users/" + userId(token, username) + "/logout")
        .then()
        .statusCode(204);
  }

  private static String adminToken() {
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", "admin-cli")
        .formParam("username", "admin")
        .formParam("password", ADMIN_PASSWORD)
        .post(base() + "/realms/master/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  private static String userId(String token, String username) {
    return given()
        .auth()
        .oauth2(token)
        .queryParam("username", username)
        .queryParam("exact", true)
        .get(base() + "/admin/realms/" + REALM + "/users")
        .then()
        .statusCode(200)
        .extract()
        .path("[0].id");
  }

  private static boolean wanted() {
    String groups = System.getProperty("it.groups", "");
    return groups.isBlank()
        || Arrays.stream(groups.split(",")).map(String::trim).anyMatch(GROUPS::contains);
  }

  private static void start() {
    Path home = Path.of(System.getProperty("teamward.it.keycloakHome"));
    if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          "No Keycloak at " + home + ": the it module's build unpacks it (mvn verify -pl it -am)");
    }
    try {
      // A fresh database each time, so that the realm file is imported as it is now.
      deleteTree(home.resolve("data"));
      Path imports = Files.createDirectories(home.resolve("data/import"));
      Files.copy(
          Path.of(System.getProperty("teamward.it.keycloakRealm")),
          imports.resolve("teamward-realm.json"));
      ProcessBuilder builder =
          new ProcessBuilder(
                  "setsid",
                  "bash",
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--http-host=127.0.0.1",
                  "--http-port=" + port,
                  "--import-realm")
              .redirectErrorStream(true)
              .redirectOutput(log().toFile());
      // Keycloak needs Java 21 or newer, as does the server under test: the suite's own JDK.
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      process = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(Keycloak::stop, "keycloak-stop"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ends the whole process group: {@code kc.sh} and the JVM it starts. {@code setsid} made the
   * started process the leader of a new group, so its id is the group's.
   */
  static synchronized void stop() {
    Processes.stopGroup(process);
  }

  private static Path log() {
    return Path.of(System.getProperty("teamward.it.target"), "keycloak.log");
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      Files.delete(path);
    }
  }
}
