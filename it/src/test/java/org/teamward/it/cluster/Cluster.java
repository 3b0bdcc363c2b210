package org.teamward.it.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.teamward.it.signin.HostileProvider;
import org.teamward.it.signin.Keycloak;
import org.teamward.it.support.Processes;

/**
 * Two Teamward nodes of one Payara Micro cluster (Hazelcast over TCP on loopback) on one PostgreSQL
 * schema, behind nginx, as {@code docs/operations.md} sets them up. Both nodes start at the same
 * moment on an empty schema, so the start itself is a test of preparing a database once. Each runs
 * in its own process group and is stopped, or killed, by its process id.
 */
final class Cluster implements AutoCloseable {

  /** The PostgreSQL the CI starts (trust authentication); the schema is the cluster's own. */
  static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/test";

  static final String SCHEMA = "teamward_cluster";
  static final String USER = "postgres";

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  static final Duration PURGE_INTERVAL = Duration.ofSeconds(3);

  /** One Payara Micro instance: its HTTP port, its process and its log. */
  record Node(String name, int port, Process process, Path log) {
    String base() {
      return "http://127.0.0.1:" + port;
    }

    String upstream() {
      return "127.0.0.1:" + port;
    }
  }

  final List<Node> nodes = new ArrayList<>();
  private final Path home;
  private Process nginx;
  private int proxyPort;

  private Cluster(Path home) {
    this.home = home;
  }

  /** Starts both nodes together on an empty schema, then nginx in front of them. */
  static Cluster start() throws Exception {
    Path target = Path.of(System.getProperty("teamward.it.target"));
    Cluster cluster = new Cluster(Files.createDirectories(target.resolve("cluster")));
    try {
      cluster.emptySchema();
      int hazelcastA = Processes.freePort();
      int hazelcastB = Processes.freePort();
      String members = "127.0.0.1:" + hazelcastA + ",127.0.0.1:" + hazelcastB;
      // A name of its own, so that it never joins another cluster on the network (payara#4866).
      String name = "teamward-it-" + UUID.randomUUID().toString().substring(0, 8);
      cluster.nodes.add(cluster.node("a", hazelcastA, members, name));
      cluster.nodes.add(cluster.node("b", hazelcastB, members, name));
      for (Node node : cluster.nodes) {
        cluster.awaitReady(node);
      }
      cluster.startNginx();
      return cluster;
    } catch (Exception | AssertionError e) {
      cluster.close();
      throw e;
    }
  }

  Node a() {
    return nodes.get(0);
  }

  Node b() {
    return nodes.get(1);
  }

  /** nginx's address: what people use. */
  String proxy() {
    return "http://127.0.0.1:" + proxyPort;
  }

  /**
   * The node's log, once it holds {@code text}: what a node says while it starts (or refuses to) is
   * in its log before anything else could tell.
   */
  static String awaitLog(Node node, String text) throws IOException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      String log = Files.exists(node.log()) ? Files.readString(node.log()) : "";
      if (log.contains(text)) {
        return log;
      }
      if (!node.process().isAlive()) {
        throw new AssertionError("Node " + node.name() + " ended without saying: " + text);
      }
      Processes.pause();
    }
    throw new AssertionError("Node " + node.name() + " did not say: " + text);
  }

  /** Whether the node answers its readiness check with 200 now. */
  static boolean ready(Node node) throws InterruptedException {
    try {
      return HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(node.base() + "/health/ready"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException notListening) {
      return false;
    }
  }

  /** Kills a node as a power cut would: no shutdown, no goodbye to the cluster. */
  static void kill(Node node) throws InterruptedException {
    node.process().destroyForcibly();
    node.process().waitFor();
  }

  static Connection database() throws SQLException {
    return DriverManager.getConnection(DATABASE + "?currentSchema=" + SCHEMA, USER, "");
  }

  private void emptySchema() throws SQLException {
    try (Connection db = DriverManager.getConnection(DATABASE, USER, "");
        Statement sql = db.createStatement()) {
      sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      sql.execute("CREATE SCHEMA " + SCHEMA);
    }
  }

  private Node node(String name, int hazelcastPort, String members, String clusterName)
      throws IOException {
    return node(name, hazelcastPort, members, clusterName, Map.of());
  }

  /**
   * A third node that joins with another token pepper than the database was set up with: it must
   * refuse to start. Answers it, started; the caller stops it.
   */
  Node misconfigured() throws IOException {
    int hazelcast = Processes.freePort();
    return node(
        "c",
        hazelcast,
        "127.0.0.1:" + hazelcast,
        "teamward-it-misconfigured",
        Map.of("TEAMWARD_TOKEN_PEPPER", "another-pepper-not-secret-0123456789abcdef"));
  }

  private Node node(
      String name,
      int hazelcastPort,
      String members,
      String clusterName,
      Map<String, String> overrides)
      throws IOException {
    int port = Processes.freePort();
    Path log = home.resolve("payara-" + name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Processes.payaraMicro(
                    Files.createDirectories(home.resolve("tmp-" + name)),
                    port,
                    "--clustermode",
                    "tcpip:" + members,
                    "--startport",
                    String.valueOf(hazelcastPort),
                    "--interfaces",
                    "127.0.0.1",
                    "--clustername",
                    clusterName,
                    "--prebootcommandfile",
                    clusterPrebootCommands().toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("TEAMWARD_DATA", Files.createDirectories(home.resolve("data-" + name)).toString());
    env.put("TEAMWARD_DB_URL", DATABASE + "?currentSchema=" + SCHEMA);
    env.put("TEAMWARD_DB_USER", USER);
    env.put("TEAMWARD_DEMO_DATA", "false");
    // the same secrets on every node (a node with others refuses to start)
    env.put("TEAMWARD_TOKEN_PEPPER", "cluster-pepper-not-secret-0123456789abcdef");
    env.put("TEAMWARD_TOTP_KEY", "cluster-totp-key-not-secret-0123456789abcdef");
    // nginx, on loopback, is the one proxy whose X-Forwarded-For counts
    env.put("TEAMWARD_TRUSTED_PROXIES", "127.0.0.1/32");
    // a provider of the test's own, whose back-channel logout may reach either node
    env.put("TEAMWARD_OIDC_ISSUER", HostileProvider.issuer());
    env.put("TEAMWARD_OIDC_CLIENT_ID", Keycloak.CLIENT_ID);
    env.put("TEAMWARD_OIDC_CLIENT_SECRET", "hostile-client-secret-not-secret");
    // the housekeeping's turns come every few seconds, so that a test sees who takes them
    env.put("TEAMWARD_AUDIT_PURGE_INTERVAL", PURGE_INTERVAL.toString());
    env.putAll(overrides);
    return new Node(name, port, builder.start(), log);
  }

  /** The README's pre-boot commands, less the line that keeps sessions on one node. */
  private Path clusterPrebootCommands() throws IOException {
    Path file = home.resolve("pre-boot-commands.asadmin");
    List<String> lines =
        Files.readAllLines(Path.of(System.getProperty("teamward.it.prebootCommands"))).stream()
            .filter(line -> !line.contains("web-container-availability.availability-enabled"))
            .toList();
    Files.write(file, lines);
    return file;
  }

  private void awaitReady(Node node) {
    Processes.awaitAnswer(
        "Node " + node.name(),
        node.process(),
        URI.create(node.base() + "/health/ready"),
        false,
        START_TIMEOUT,
        node.log());
  }

  /**
   * nginx as {@code docs/operations.md} configures it: sticky by the session cookie, on to the
   * other node when one does not answer. One line more, for the test: which node answered.
   */
  private void startNginx() throws IOException {
    proxyPort = Processes.freePort();
    Path conf = home.resolve("nginx.conf");
    String servers =
        String.join(
            "\n",
            nodes.stream()
                .map(n -> "    server " + n.upstream() + " max_fails=1 fail_timeout=30s;")
                .toList());
    Files.writeString(
        conf,
        """
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/nginx-error.log warn;
        events { worker_connections 256; }
        http {
          access_log off;
          client_body_temp_path %1$s/nginx-body;
          proxy_temp_path %1$s/nginx-proxy;
          fastcgi_temp_path %1$s/nginx-fastcgi;
          uwsgi_temp_path %1$s/nginx-uwsgi;
          scgi_temp_path %1$s/nginx-scgi;
          upstream teamward {
            hash $cookie_JSESSIONID consistent;
        %2$s
          }
          server {
            listen 127.0.0.1:%3$d;
            location / {
              proxy_pass http://teamward;
              proxy_set_header Host $http_host;
              proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $scheme;
              proxy_next_upstream error timeout;
              proxy_connect_timeout 2s;
              add_header X-Test-Upstream $upstream_addr always;
            }
          }
        }
        """
            .formatted(home, servers, proxyPort));
    nginx =
        new ProcessBuilder("setsid", "nginx", "-c", conf.toString(), "-p", home.toString())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("nginx.out").toFile())
            .start();
    // any answer will do: nginx listens, whatever the nodes say
    Processes.awaitAnswer(
        "nginx",
        nginx,
        URI.create(proxy() + "/health/live"),
        true,
        Duration.ofSeconds(30),
        home.resolve("nginx.out"));
  }

  @Override
  public void close() {
    Processes.stopGroup(nginx);
    nodes.forEach(node -> Processes.stopGroup(node.process()));
  }
}
