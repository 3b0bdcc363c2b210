package org.teamward.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.teamward.it.support.Api;
import org.teamward.it.support.Secrets;

/** Device passwords over the API: creation, both header forms, and their whole lifecycle. */
public abstract class DevicePasswordApiTests {

  static final Set<String> SYNC_AND_USERS = Set.of("SYNCHRONISATION", "USER_MANAGE");

  @Test
  void createdOnceThroughTheApiAndNeverListedAgain() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    Response created = Api.postDevice(person.email(), person.password(), "Payroll sync");
    created
        .then()
        .statusCode(201)
        .contentType(ContentType.JSON)
        .header("Cache-Control", "no-store")
        .body("token", matchesPattern(Api.TOKEN_PATTERN))
        .body("deviceName", equalTo("Payroll sync"))
        .body("deviceType", equalTo("Script"))
        .body("user.email", equalTo(person.email()));
    String token = created.jsonPath().getString("token");
    Secrets.remember(token);
    long id = created.jsonPath().getLong("id");

    Api.Device device = new Api.Device(id, token, person.id());
    String listing =
        device.bearer().get("/api/devices").then().statusCode(200).extract().asString();
    assertThat(listing).contains("Payroll sync").doesNotContain(token);
    device.bearer().get("/api/devices").then().body("items.id", hasItem((int) id));
  }

  @Test
  void basicAndBearerBothAuthenticateAsTheDevicesUser() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.Device device = Api.createDevice(person.email(), person.password(), "both forms");
    for (var request :
        new io.restassured.specification.RequestSpecification[] {device.bearer(), device.basic()}) {
      request
          .get("/api/me")
          .then()
          .statusCode(200)
          .body("kind", equalTo("user"))
          .body("id", equalTo((int) person.id()))
          .body("credential", equalTo("device-password"))
          .body("credentialId", equalTo((int) device.id()))
          .body("employeeScope", equalTo("all"))
          .body("permissions", hasItem("SYNCHRONISATION"));
    }
    // Basic with the token under another device id is refused.
    Api.anonymous()
        .header("Authorization", Api.basicHeader((device.id() + 1) + ":" + device.token()))
        .get("/api/me")
        .then()
        .statusCode(401);
  }

  @Test
  void unknownUserAndWrongPasswordAreIndistinguishable() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    Response wrongPassword = Api.postDevice(person.email(), "not-the-password", "x");
    Response unknownUser = Api.postDevice("nobody-" + person.email(), person.password(), "x");
    wrongPassword.then().statusCode(401).contentType("application/problem+json");
    unknownUser.then().statusCode(401).contentType("application/problem+json");
    assertThat(unknownUser.asString()).isEqualTo(wrongPassword.asString());
    assertThat(unknownUser.header("WWW-Authenticate"))
        .isEqualTo(wrongPassword.header("WWW-Authenticate"))
        .contains("Bearer");
  }

  @Test
  void withoutSynchronisationNoDevicePasswordIsCreated() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    Api.postDevice(person.email(), person.password(), "denied")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
  }

  @Test
  void aRevokedTokenFailsAtTheNextRequest() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.Device device = Api.createDevice(person.email(), person.password(), "to revoke");
    device.bearer().get("/api/me").then().statusCode(200);
    device.bearer().delete("/api/devices/" + device.id()).then().statusCode(204);
    device.bearer().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    device.basic().get("/api/me").then().statusCode(401);
  }

  @Test
  void revokingSomeoneElsesDeviceIsNotFound() {
    Api.Person owner = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.Person other = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.Device ownersDevice = Api.createDevice(owner.email(), owner.password(), "owner's");
    Api.Device othersDevice = Api.createDevice(other.email(), other.password(), "other's");
    othersDevice.bearer().delete("/api/devices/" + ownersDevice.id()).then().statusCode(404);
    ownersDevice.bearer().get("/api/me").then().statusCode(200);
  }

  /** Existing device passwords are then suspended: {@link DevicePasswordRightsTests}. */
  @Test
  void losingSynchronisationBlocksCreation() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION", "PROJECT_VIEW"));
    Api.createDevice(person.email(), person.password(), "kept");
    Api.setGroupPermissions(person.groupId(), Set.of("PROJECT_VIEW"));

    Api.postDevice(person.email(), person.password(), "new one")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void aRightTakenFromTheUserIsGoneFromTheirDeviceAtOnce() {
    Api.Person person = Api.createPerson(SYNC_AND_USERS);
    Api.Device device = Api.createDevice(person.email(), person.password(), "admin script");
    device.bearer().get("/api/users").then().statusCode(200);

    Api.setGroupPermissions(person.groupId(), Set.of("SYNCHRONISATION"));

    device
        .bearer()
        .get("/api/users")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    device.bearer().get("/api/me").then().body("permissions", not(hasItem("USER_MANAGE")));
  }

  @Test
  void aDeactivatedUsersDevicesStopWorking() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.Device device = Api.createDevice(person.email(), person.password(), "to deactivate");
    device.bearer().get("/api/me").then().statusCode(200);

    Api.setActive(person.id(), false);

    device.bearer().get("/api/me").then().statusCode(401);
    Api.postDevice(person.email(), person.password(), "again").then().statusCode(401);

    // Reactivation revives no device password: DevicePasswordRightsTests.
    Api.setActive(person.id(), true);
    device.bearer().get("/api/me").then().statusCode(401);
  }

  @Test
  void thePersonalPasswordIsRefusedEverywhereButDeviceCreation() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION", "USER_MANAGE"));
    Api.anonymous()
        .header("Authorization", Api.basicHeader(person.email() + ":" + person.password()))
        .get("/api/me")
        .then()
        .statusCode(401);
    Api.anonymous()
        .header("Authorization", "Bearer " + person.password())
        .get("/api/users")
        .then()
        .statusCode(401);
  }

  @Test
  void lastUseIsRecordedWithTimeAndAddress() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.Device device = Api.createDevice(person.email(), person.password(), "tracked");
    device.bearer().get("/api/me").then().statusCode(200);
    device
        .bearer()
        .get("/api/devices")
        .then()
        .body("items[0].lastUsedAt", not(equalTo(null)))
        .body("items[0].lastUsedIp", matchesPattern("[0-9.]{7,15}|[0-9a-fA-F:]{2,39}"));
  }

  @Test
  void deviceCreationValidatesItsInput() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.anonymous()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email", person.email(),
                "password", person.password(),
                "deviceName", "x".repeat(101),
                "deviceType", "Script"))
        .post("/api/device")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("deviceName"));
  }

  /**
   * Two-factor required for the account and not yet set up has a problem type of its own, and the
   * detail names the menus the web interface has.
   */
  @Test
  void twoFactorRequiredButNotSetUpHasItsOwnProblemType() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    try {
      TwoFactorTests.setRule("SYNCHRONISATION_HOLDERS").then().statusCode(200);
      Api.postDevice(person.email(), person.password(), "x")
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("type", org.hamcrest.Matchers.endsWith("/two-factor-required"))
          .body("detail", org.hamcrest.Matchers.containsString("account menu"))
          .body("detail", org.hamcrest.Matchers.containsString("Two-factor authentication"))
          .body("detail", not(org.hamcrest.Matchers.containsString("Settings")));
    } finally {
      TwoFactorTests.setRule("NOBODY").then().statusCode(200);
    }
  }
}
