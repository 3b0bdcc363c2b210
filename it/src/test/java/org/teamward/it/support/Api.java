package org.teamward.it.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Drives the REST API like an integrator: device passwords only. Creates per-test users and groups
 * through the API as the bootstrap administrator, so that tests never share records.
 */
public final class Api {

  public static final String ADMIN_EMAIL = "it-admin@teamward.test";
  public static final String ADMIN_PASSWORD = "it-admin-password-1";
  public static final String TOKEN_PATTERN = "tw_dp_[0-9A-Za-z]{49}";

  private static Device admin;

  private Api() {}

  /** A device password, as {@code POST /api/device} returned it. */
  public record Device(long id, String token, long userId) {

    public RequestSpecification bearer() {
      return given().baseUri(Server.base()).header("Authorization", "Bearer " + token);
    }

    public RequestSpecification basic() {
      return given().baseUri(Server.base()).header("Authorization", basicHeader(id + ":" + token));
    }
  }

  /** An access authorisation, as {@code POST /api/access-authorisations} returned it. */
  public record Interface(long id, String password) {

    public RequestSpecification bearer() {
      return given().baseUri(Server.base()).header("Authorization", "Bearer " + password);
    }

    public RequestSpecification basic() {
      return given()
          .baseUri(Server.base())
          .header("Authorization", basicHeader(id + ":" + password));
    }
  }

  /** Creates an access authorisation as the administrator. */
  public static Interface createInterface(Map<String, ?> body) {
    Response response =
        admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/access-authorisations");
    response.then().statusCode(201);
    Interface created =
        new Interface(
            response.jsonPath().getLong("authorisation.id"),
            response.jsonPath().getString("password"));
    Secrets.remember(created.password());
    return created;
  }

  /** A person created for one test: account, password and the group holding their rights. */
  public record Person(long id, String email, String password, long groupId) {}

  public static RequestSpecification anonymous() {
    return given().baseUri(Server.base());
  }

  public static String basicHeader(String userColonSecret) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userColonSecret.getBytes(StandardCharsets.UTF_8));
  }

  public static synchronized Device admin() {
    if (admin == null) {
      admin = createDevice(ADMIN_EMAIL, ADMIN_PASSWORD, "integration tests");
    }
    return admin;
  }

  public static Response postDevice(String email, String password, String name) {
    return anonymous()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email", email, "password", password, "deviceName", name, "deviceType", "Script"))
        .post("/api/device");
  }

  public static Device createDevice(String email, String password, String name) {
    Response response = postDevice(email, password, name);
    response.then().statusCode(201);
    Device device =
        new Device(
            response.jsonPath().getLong("id"),
            response.jsonPath().getString("token"),
            response.jsonPath().getLong("user.id"));
    Secrets.remember(device.token());
    return device;
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A group with exactly these permissions. */
  public static long createGroup(Set<String> permissions) {
    return admin()
        .bearer()
        .contentType(ContentType.JSON)
        .body(Map.of("name", unique("group"), "permissions", permissions))
        .post("/api/user-groups")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /**
   * The current ETag of a record, as the administrator reads it: what a write to it must send in
   * {@code If-Match}. For a record that does not exist (or no longer does), a well-formed tag of a
   * version nobody has, so that a write with it is judged on everything but its version.
   */
  public static String etag(String path) {
    String tag = admin().bearer().get(path).header("ETag");
    return tag == null ? "\"0\"" : tag;
  }

  /** {@link #etag} of the record a transition such as {@code /api/projects/7/archive} changes. */
  static String etagOfRecord(String transitionPath) {
    return etag(transitionPath.substring(0, transitionPath.lastIndexOf('/')));
  }

  public static void setGroupPermissions(long groupId, Set<String> permissions) {
    admin()
        .bearer()
        .contentType(ContentType.JSON)
        .header("If-Match", etag("/api/user-groups/" + groupId))
        .body(Map.of("name", unique("group"), "permissions", permissions))
        .put("/api/user-groups/" + groupId)
        .then()
        .statusCode(200);
  }

  /** A new person with their own group holding {@code permissions}. */
  public static Person createPerson(Set<String> permissions) {
    return createPerson(permissions, null);
  }

  /** An employee record, in UTC so that "today" is the same day for the test and the server. */
  public static Employee createEmployee() {
    return createEmployee(null);
  }

  /** An employee record in {@code department} (none when null). */
  public static Employee createEmployee(String department) {
    return createEmployee(department, unique("PN"));
  }

  /** An employee record in {@code department} (none when null) with that personnel number. */
  public static Employee createEmployee(String department, String personnelNumber) {
    String last = unique("Emp");
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("personnelNumber", personnelNumber);
    body.put("firstName", "Test");
    body.put("lastName", last);
    body.put("timeZone", "UTC");
    if (department != null) {
      body.put("department", department);
    }
    long id =
        admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/employees")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return new Employee(id, "Test " + last, personnelNumber);
  }

  /** An employee record as the tests know it. */
  public record Employee(long id, String fullName, String personnelNumber) {}

  /** A person with an employee record of their own and a device password: both channels. */
  public record Actor(Person person, Employee employee, Device device) {}

  /**
   * A person linked to a new employee record, holding {@code permissions} plus SYNCHRONISATION
   * (which grants no domain right) so that they can also act through a device password.
   */
  public static Actor createActor(Set<String> permissions) {
    Set<String> withDevice = new java.util.TreeSet<>(permissions);
    withDevice.add("SYNCHRONISATION");
    Employee employee = createEmployee();
    Person person = createPerson(withDevice, employee.id());
    Device device = createDevice(person.email(), person.password(), "parity");
    return new Actor(person, employee, device);
  }

  /** The department of the people whose rights reach only their own department. */
  private static final String SCOPED_DEPARTMENT = unique("Scoped");

  /**
   * Like {@link #createActor}, but the person works in {@link #SCOPED_DEPARTMENT}, with a colleague
   * there, and their group reaches only their own department (scope OWN_DEPARTMENT): every employee
   * of no or another department is out of their scope, whatever permissions they hold.
   */
  public static Actor createScopedActor(Set<String> permissions) {
    Set<String> withDevice = new java.util.TreeSet<>(permissions);
    withDevice.add("SYNCHRONISATION");
    createEmployee(SCOPED_DEPARTMENT);
    Employee employee = createEmployee(SCOPED_DEPARTMENT);
    Person person = createPerson(withDevice, employee.id());
    admin()
        .bearer()
        .contentType(ContentType.JSON)
        .header("If-Match", etag("/api/user-groups/" + person.groupId()))
        .body(
            Map.of(
                "name",
                unique("scoped"),
                "permissions",
                withDevice,
                "scope",
                "OWN_DEPARTMENT",
                "departments",
                List.of()))
        .put("/api/user-groups/" + person.groupId())
        .then()
        .statusCode(200);
    Device device = createDevice(person.email(), person.password(), "parity");
    return new Actor(person, employee, device);
  }

  /** A new person with their own group holding {@code permissions}, linked to an employee. */
  public static Person createPerson(Set<String> permissions, Long employeeId) {
    return createPerson(permissions, employeeId, unique("person") + "@teamward.test");
  }

  /** A new person with this e-mail address, such as one the identity provider knows. */
  public static Person createPerson(Set<String> permissions, Long employeeId, String email) {
    long group = createGroup(permissions);
    String password = "pw-" + UUID.randomUUID();
    Secrets.remember(password);
    long id =
        admin()
            .bearer()
            .contentType(ContentType.JSON)
            .body(newUser(email, group, password, employeeId))
            .post("/api/users")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return new Person(id, email, password, group);
  }

  private static Map<String, Object> newUser(
      String email, long group, String password, Long employeeId) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("email", email);
    body.put("name", "Test " + email);
    body.put("groups", List.of(group));
    body.put("password", password);
    if (employeeId != null) {
      body.put("employeeId", employeeId);
    }
    return body;
  }

  public static void setActive(long userId, boolean active) {
    admin()
        .bearer()
        .contentType(ContentType.JSON)
        .header("If-Match", etag("/api/users/" + userId))
        .body(Map.of("active", active))
        .put("/api/users/" + userId)
        .then()
        .statusCode(200);
  }
}
