package org.teamward.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A second Teamward, started for the tests of one setting that the server under test cannot have at
 * the same time as its other tests: {@code TEAMWARD_OIDC_TRUST_PROVIDER_MFA=true}, with {@code
 * TEAMWARD_OIDC_MFA_ACR=1}. Keycloak marks a sign-in with a password in that request with {@code
 * acr} "1", and a sign-in from its own session cookie with "0", so the one shows the second factor
 * the operator declared and the other does not. The same WAR and Payara Micro as the server under
 * test, an embedded database of its own, the same Keycloak; started on first use, in its own
 * process group, and stopped when the suite ends.
 */
final class TrustingServer {

  static final String ADMIN_EMAIL = "trusting-admin@teamward.test";
  static final String ADMIN_PASSWORD = "trusting-admin-password-1";

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private static Process process;
  private static int port;

  private TrustingServer() {}

  static String base() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts it on first use, and waits until its sign-in page answers. */
  static synchronized String ready() {
    if (process == null) {
      start();
    }
    Processes.awaitAnswer(
        "The second server",
        process,
        URI.create(base() + "/login.xhtml"),
        false,
        START_TIMEOUT,
        log());
    return base();
  }

  private static void start() {
    Keycloak.ready();
    port = Processes.freePort();
    Path target = Path.of(System.getProperty("teamward.it.target"));
    try {
      Path data = Files.createTempDirectory(target, "trusting-data");
      ProcessBuilder builder =
          new ProcessBuilder(
                  "setsid",
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx512m",
                  "-Djava.io.tmpdir=" + Files.createTempDirectory(target, "trusting-tmp"),
                  "-jar",
                  System.getProperty("payara.microJar"),
                  "--deploy",
                  System.getProperty("teamward.war"),
                  "--contextroot",
                  "/",
                  "--port",
                  String.valueOf(port),
                  "--nohazelcast",
                  "--disablephonehome",
                  "--prebootcommandfile",
                  System.getProperty("teamward.it.prebootCommands"))
              .redirectErrorStream(true)
              .redirectOutput(log().toFile());
      Map<String, String> env = builder.environment();
      env.put("TEAMWARD_DATA", data.toString());
      env.put("TEAMWARD_ADMIN_EMAIL", ADMIN_EMAIL);
      env.put("TEAMWARD_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("TEAMWARD_TOKEN_PEPPER", "trusting-pepper-not-secret-0123456789abcdef");
      env.put("TEAMWARD_TOTP_KEY", "trusting-totp-key-not-secret-0123456789abcdef");
      env.put("TEAMWARD_PASSWORD_ITERATIONS", "1024");
      env.put("TEAMWARD_PASSWORD_TEST_ONLY_LOW_COST", "true");
      env.put("TEAMWARD_OIDC_ISSUER", Keycloak.issuer());
      env.put("TEAMWARD_OIDC_CLIENT_ID", Keycloak.CLIENT_ID);
      env.put("TEAMWARD_OIDC_CLIENT_SECRET", Keycloak.CLIENT_SECRET);
      env.put("TEAMWARD_OIDC_TRUST_PROVIDER_MFA", "true");
      env.put("TEAMWARD_OIDC_MFA_ACR", "1");
      // Not the suite's database, whatever the run chose for the server under test.
      env.remove("TEAMWARD_DB_URL");
      env.remove("TEAMWARD_DB_USER");
      env.remove("TEAMWARD_DEMO_DATA");
      process = builder.start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> Processes.stopGroup(process), "trusting-server-stop"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path log() {
    return Path.of(System.getProperty("teamward.it.target"), "payara-trusting.log");
  }
}
