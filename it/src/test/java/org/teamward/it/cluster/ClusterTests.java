package org.teamward.it.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.teamward.it.access.TwoFactorTests;
import org.teamward.it.cluster.Cluster.Node;
import org.teamward.it.pages.AbsencesPage;
import org.teamward.it.pages.Frame;
import org.teamward.it.pages.MyDayPage;
import org.teamward.it.pages.SessionsPage;
import org.teamward.it.signin.HostileProvider;
import org.teamward.it.signin.ProviderFlow;
import org.teamward.it.support.Api;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Processes;
import org.teamward.it.support.Secrets;
import org.teamward.it.support.Server;
import org.teamward.it.support.WebClient;

/**
 * Every security decision holds on every node: two clustered Payara Micro nodes on one PostgreSQL
 * schema behind nginx ({@link Cluster}), started once for all of these. A change made through one
 * node is judged by the other at its next request, counters and one-time codes are shared, and a
 * web session survives the death of its node. The last test kills a node, so the order matters. Run
 * by {@code .ci/run} ({@code mvn verify -pl it -am -Pcluster}), not by the README's test command,
 * since it needs PostgreSQL and nginx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

  private Cluster cluster;

  @BeforeAll
  void start() throws Exception {
    cluster = Cluster.start();
    on(cluster.a());
  }

  @AfterAll
  void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  /** The suite's helpers talk to this node from now on. */
  private static void on(Node node) {
    Server.base(node.base());
  }

  @Test
  @Order(1)
  void twoNodesStartingTogetherMadeOneSchemaAndOneAdministrator() throws SQLException {
    try (Connection db = Cluster.database();
        Statement sql = db.createStatement()) {
      assertThat(count(sql, "select count(*) from user_account")).isEqualTo(1);
      assertThat(count(sql, "select count(*) from flyway_schema_history where not success"))
          .isZero();
      assertThat(
              count(
                  sql,
                  "select count(*) - count(distinct version) from flyway_schema_history"
                      + " where version is not null"))
          .as("each migration once")
          .isZero();
    }
    for (Node node : cluster.nodes) {
      on(node);
      Api.postDevice(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD, "node " + node.name())
          .then()
          .statusCode(201);
    }
  }

  /** Its log says why, naming the setting and never its value; it serves nothing meanwhile. */
  @Test
  @Order(2)
  void aNodeWithAnotherPepperRefusesToStart() throws Exception {
    Node stranger = cluster.misconfigured();
    try {
      String log = Cluster.awaitLog(stranger, "TEAMWARD_TOKEN_PEPPER differs from the one");
      assertThat(log).doesNotContain("another-pepper-not-secret");
      assertThat(log).doesNotContain("cluster-pepper-not-secret");
      assertThat(Cluster.ready(stranger)).isFalse();
    } finally {
      Processes.stopGroup(stranger.process());
    }
  }

  @Test
  @Order(3)
  void aDevicePasswordRevokedThroughOneNodeFailsAtOnceOnTheOther() {
    on(cluster.a());
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.Device device = Api.createDevice(person.email(), person.password(), "phone");
    on(cluster.b());
    device.bearer().get("/api/me").then().statusCode(200);

    on(cluster.a());
    device.bearer().delete("/api/devices/" + device.id()).then().statusCode(204);

    on(cluster.b());
    device.bearer().get("/api/me").then().statusCode(401);
  }

  @Test
  @Order(4)
  void anAccessAuthorisationRegeneratedOnOneNodeRefusesTheOldPasswordOnTheOther() {
    on(cluster.a());
    Api.Interface service =
        Api.createInterface(
            Map.of(
                "name", Api.unique("cluster service"),
                "permissions", List.of("PROJECT_VIEW"),
                "employeeScope", "all",
                "allowedNetworks", List.of(),
                "active", true));
    service.bearer().get("/api/projects?limit=1").then().statusCode(200);

    on(cluster.b());
    String fresh =
        Api.admin()
            .bearer()
            .post("/api/access-authorisations/" + service.id() + "/password")
            .then()
            .statusCode(200)
            .extract()
            .path("password");
    Secrets.remember(fresh);

    on(cluster.a());
    service.bearer().get("/api/projects?limit=1").then().statusCode(401);
    new Api.Interface(service.id(), fresh)
        .bearer()
        .get("/api/projects?limit=1")
        .then()
        .statusCode(200);
  }

  @Test
  @Order(5)
  void aRightRemovedThroughOneNodeIsGoneOnTheOther() {
    on(cluster.a());
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION", "PROJECT_VIEW"));
    Api.Device device = Api.createDevice(person.email(), person.password(), "phone");
    on(cluster.b());
    device.bearer().get("/api/projects?limit=1").then().statusCode(200);

    on(cluster.a());
    Api.setGroupPermissions(person.groupId(), Set.of("SYNCHRONISATION"));

    on(cluster.b());
    device.bearer().get("/api/projects?limit=1").then().statusCode(403);
  }

  /** The same count as on one node (the throttling suite): five free failures, then a delay. */
  @Test
  @Order(6)
  void failedSignInsSpreadOverBothNodesMeetTheThrottleAtTheSameCount() {
    on(cluster.a());
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    for (int attempt = 0; attempt < 5; attempt++) {
      on(cluster.nodes.get(attempt % 2));
      Api.postDevice(person.email(), "not-the-password", "x").then().statusCode(401);
    }

    for (Node node : cluster.nodes) {
      on(node);
      Api.postDevice(person.email(), person.password(), "x").then().statusCode(429);
    }
  }

  @Test
  @Order(7)
  void aPunchSentToOneNodeAndRetriedOnTheOtherMakesOneRecord() {
    on(cluster.a());
    Api.Employee employee = Api.createEmployee("Hall 9");
    Api.Interface terminal =
        Api.createInterface(
            Map.of(
                "name", Api.unique("cluster terminal"),
                "permissions", List.of("ATTENDANCE_CHECK_IN_OUT"),
                "employeeScope", Map.of("departments", List.of("Hall 9")),
                "allowedNetworks", List.of(),
                "active", true));
    String key = Api.unique("swipe");

    Response first = checkIn(terminal, employee, key);
    on(cluster.b());
    Response retry = checkIn(terminal, employee, key);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.jsonPath().getLong("id")).isEqualTo(first.jsonPath().getLong("id"));
    assertThat(
            Api.admin()
                .bearer()
                .get("/api/attendance?limit=500&employeeId=" + employee.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items"))
        .hasSize(1);
  }

  private static Response checkIn(Api.Interface terminal, Api.Employee employee, String key) {
    return terminal
        .basic()
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("employeeId", employee.id()))
        .post("/api/attendance/check-in");
  }

  @Test
  @Order(8)
  void aTwoFactorCodeUsedOnOneNodeIsRefusedOnTheOther() throws Exception {
    on(cluster.a());
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    try (Browser browser = new Browser()) {
      TwoFactorTests.Enrolled enrolled = TwoFactorTests.enrol(browser, person);
      String code = TwoFactorTests.code(enrolled.secret(), 1);
      browser.signIn(person.email(), person.password());
      TwoFactorTests.enterCode(browser, code);
      browser.until(d -> d.getCurrentUrl().endsWith("/index.xhtml"));

      on(cluster.b());
      browser.signIn(person.email(), person.password());
      assertThat(browser.driver.getCurrentUrl()).endsWith("/login-code.xhtml");
      TwoFactorTests.enterCode(browser, code);

      browser.waitForText("The code is wrong or was used already");
      assertThat(browser.driver.getCurrentUrl()).endsWith("/login-code.xhtml");
    }
  }

  /**
   * The session moves between nodes, and so does its end: a deactivation on one ends it on both.
   */
  @Test
  @Order(9)
  void aWebSessionEndedThroughOneNodeIsOverOnTheOther() {
    on(cluster.a());
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    WebClient web = new WebClient();
    web.signIn(person.email(), person.password());
    on(cluster.b());
    assertThat(web.signedIn()).as("the session, on the other node").isTrue();

    on(cluster.a());
    Api.setActive(person.id(), false);

    for (Node node : cluster.nodes) {
      on(node);
      assertThat(web.signedIn()).as("on node " + node.name()).isFalse();
    }
  }

  @Test
  @Order(10)
  void aSignOutThroughOneNodeEndsTheSessionOnTheOther() {
    on(cluster.a());
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    try (Browser browser = new Browser()) {
      browser.signIn(person.email(), person.password());
      WebClient copy = WebClient.copyOf(browser);
      on(cluster.b());
      assertThat(copy.signedIn()).as("the session, on the other node").isTrue();

      on(cluster.a());
      MyDayPage.open(browser);
      new Frame(browser).signOut();
      browser.until(d -> d.getCurrentUrl().contains("/login.xhtml"));

      on(cluster.b());
      assertThat(copy.signedIn()).as("the old cookie on the other node").isFalse();
    }
  }

  @Test
  @Order(11)
  void endingTheOtherSessionsThroughOneNodeEndsThemOnTheOther() {
    on(cluster.b());
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    WebClient phone = new WebClient();
    phone.signIn(person.email(), person.password());
    assertThat(phone.signedIn()).isTrue();

    on(cluster.a());
    try (Browser browser = new Browser()) {
      browser.signIn(person.email(), person.password());
      SessionsPage.open(browser).endOthers();
      browser.waitForText("One other session has been ended.");

      on(cluster.b());
      assertThat(phone.signedIn()).as("the phone's session, on the node it signed in on").isFalse();
    }
  }

  @Test
  @Order(12)
  void aTwoFactorResetThroughOneNodeEndsTheSessionsOnTheOther() throws Exception {
    on(cluster.a());
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    try (Browser browser = new Browser()) {
      TwoFactorTests.enrol(browser, person);
      WebClient copy = WebClient.copyOf(browser);
      assertThat(copy.signedIn()).isTrue();

      on(cluster.b());
      Api.admin()
          .bearer()
          .delete("/api/users/" + person.id() + "/two-factor")
          .then()
          .statusCode(200);

      on(cluster.a());
      assertThat(copy.signedIn()).as("the session on the node it was made on").isFalse();
    }
  }

  /** The provider tells one node that the person signed out; the session made on the other ends. */
  @Test
  @Order(13)
  void theProvidersLogoutThroughOneNodeEndsTheSessionOnTheOther() {
    on(cluster.a());
    Api.createPerson(Set.of("PROJECT_VIEW"), null, HostileProvider.EMAIL);
    ProviderFlow browser = new ProviderFlow(cluster.a().base());
    browser.callback(browser.atProvider(browser.start(), "not", "asked"));
    assertThat(browser.signedIn()).isTrue();
    WebClient copy = browser.teamwardCookies();
    on(cluster.b());
    assertThat(copy.signedIn()).as("the session, on the other node").isTrue();

    assertThat(
            given()
                .baseUri(cluster.b().base())
                .formParam("logout_token", HostileProvider.logoutToken())
                .post("/sso/back-channel-logout")
                .statusCode())
        .isEqualTo(200);

    assertThat(copy.signedIn()).as("on node b").isFalse();
    assertThat(browser.signedIn()).as("on node a").isFalse();
  }

  /**
   * Both nodes try the housekeeping at the same moments; of each turn one does it. Three access
   * authorisations expire: both nodes refuse them at once (the expiry is a date compared on every
   * request), and each expiry is noted once in the audit log, by one node, although both tried.
   */
  @Test
  @Order(14)
  void theHousekeepingRunsOnOneNodeAtATime() throws Exception {
    on(cluster.a());
    List<Api.Interface> services = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      services.add(
          Api.createInterface(
              Map.of(
                  "name", Api.unique("expiring service"),
                  "permissions", List.of("PROJECT_VIEW"),
                  "employeeScope", "all",
                  "allowedNetworks", List.of(),
                  "active", true)));
    }
    String ids =
        services.stream().map(a -> String.valueOf(a.id())).collect(Collectors.joining(","));
    try (Connection db = Cluster.database();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "update access_authorisation set expires_on = current_date - 1 where id in ("
              + ids
              + ")");
      for (Node node : cluster.nodes) {
        on(node);
        for (Api.Interface service : services) {
          service.bearer().get("/api/projects?limit=1").then().statusCode(401);
        }
      }

      String noted =
          "select count(*) from audit_event where action = 'AccessAuthorisations.expired'"
              + " and target_id in ("
              + ids
              + ")";
      await("the expiries noted", () -> count(sql, noted) >= 3);
      String lease = "select lease_until from job_lease where name = 'audit-purge'";
      Timestamp taken = timestamp(sql, lease);
      // two turns more: every node has had its try at the turn that noted them, and at later ones
      await("the next turn", () -> timestamp(sql, lease).after(taken));
      Timestamp next = timestamp(sql, lease);
      await("the turn after", () -> timestamp(sql, lease).after(next));

      assertThat(count(sql, noted)).as("each expiry noted once").isEqualTo(3);
    }
    List<String> turns = new ArrayList<>();
    for (Node node : cluster.nodes) {
      Files.readString(node.log())
          .lines()
          .map(TURN::matcher)
          .filter(Matcher::find)
          .forEach(turn -> turns.add(turn.group(1) + " " + turn.group(2)));
    }
    assertThat(turns).as("turns done").hasSizeGreaterThanOrEqualTo(3);
    assertThat(turns.stream().map(t -> t.split(" ")[0]))
        .as("no turn done by two nodes")
        .doesNotHaveDuplicates();
    assertThat(turns.stream().filter(t -> t.endsWith(" 3")))
        .as("the turn that noted the three expiries")
        .hasSize(1);
  }

  /** A node's log line for a turn of the housekeeping it did: the turn, and what it changed. */
  private static final Pattern TURN =
      Pattern.compile("housekeeping of the turn at (\\S+) done on this node: (\\d+) records");

  private interface Check {
    boolean holds() throws Exception;
  }

  /** Looks again until the cluster's own timer has done something, for a few of its turns. */
  private static void await(String what, Check check) throws Exception {
    Instant deadline = Instant.now().plus(Cluster.PURGE_INTERVAL.multipliedBy(10));
    while (!check.holds()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "not within " + Cluster.PURGE_INTERVAL.multipliedBy(10) + ": " + what);
      }
      Processes.pause();
    }
  }

  private static Timestamp timestamp(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getTimestamp(1);
    }
  }

  /**
   * Through nginx, a person half-way through an absence request loses the node that holds the
   * session, and submits: the other node has the session and the form, and the request is made.
   */
  @Test
  @Order(100)
  void aWebSessionThroughTheProxyContinuesWhenItsNodeIsKilled() throws Exception {
    on(cluster.a());
    Api.Employee employee = Api.createEmployee();
    Api.Person person = Api.createPerson(Set.of("ABSENCE_REQUEST"), employee.id());
    String day =
        LocalDate.now()
            .plusWeeks(3)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
            .toString();
    Server.base(cluster.proxy());
    try (Browser browser = new Browser()) {
      browser.signIn(person.email(), person.password());
      AbsencesPage absences = AbsencesPage.open(browser);
      absences.waitForRequestForm();
      assertThat(absences.chooseType("ANNUAL_LEAVE")).isTrue();
      absences.enterPeriod(day, day);

      Node serving = servingNode(browser);
      Cluster.kill(serving);
      Node survivor = cluster.nodes.stream().filter(n -> n != serving).findFirst().orElseThrow();
      assertThat(servingNode(browser)).as("nginx moved the session").isEqualTo(survivor);
      absences.submitRequest();

      assertThat(browser.driver.getCurrentUrl()).endsWith("/absences/absences.xhtml");
      on(survivor);
      assertThat(
              Api.admin()
                  .bearer()
                  .get("/api/absences?limit=50&employeeId=" + employee.id())
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getList("items.from", String.class))
          .as("the request made through the surviving node")
          .containsExactly(day);
    }
  }

  /** The node nginx sends this browser's session to, as nginx itself says. */
  private Node servingNode(Browser browser) {
    String cookies =
        browser.driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    String upstream =
        given()
            .baseUri(cluster.proxy())
            .header("Cookie", cookies)
            .get("/health/live")
            .then()
            .statusCode(200)
            .extract()
            .header("X-Test-Upstream");
    // after a failover nginx lists every node it tried: "a, b"; the last one answered
    String answered = upstream.substring(upstream.lastIndexOf(' ') + 1);
    return cluster.nodes.stream()
        .filter(n -> n.upstream().equals(answered))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node at " + answered));
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
