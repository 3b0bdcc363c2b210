package org.teamward.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.teamward.it.pages.DevicesPage;
import org.teamward.it.pages.Frame;
import org.teamward.it.support.Api;
import org.teamward.it.support.Browser;
import org.teamward.it.support.WebSteps;

/**
 * Device passwords follow their owner's rights. Without SYNCHRONISATION they are suspended: the API
 * refuses them as unauthenticated and says why, they work again once the right is back, and the
 * owner still sees and revokes them on the Devices page. Deactivating the owner revokes them for
 * good.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DevicePasswordRightsTests {

  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aDevicePasswordIsSuspendedWhileItsOwnerLacksSynchronisation() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION", "PROJECT_VIEW"));
    Api.Device device = Api.createDevice(person.email(), person.password(), "suspended");
    device.bearer().get("/api/projects").then().statusCode(200);

    Api.setGroupPermissions(person.groupId(), Set.of("PROJECT_VIEW"));

    for (RequestSpecification request : List.of(device.bearer(), device.basic())) {
      for (String path : List.of("/api/me", "/api/projects", "/api/devices")) {
        Response refused = request.get(path);
        assertThat(refused.statusCode()).as(path).isEqualTo(401);
        assertThat(refused.contentType()).as(path).startsWith("application/problem+json");
        assertThat(refused.headers().getValues("WWW-Authenticate")).as(path).isNotEmpty();
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(401);
        assertThat(refused.jsonPath().getString("detail"))
            .as("%s says why", path)
            .containsIgnoringCase("Synchronisation")
            .containsIgnoringCase("permission");
      }
    }
    // A token that is wrong says nothing of the kind: only its owner learns of the suspension.
    String wrong =
        Api.anonymous()
            .header("Authorization", "Bearer " + device.token().substring(0, 20) + "x".repeat(35))
            .get("/api/me")
            .then()
            .statusCode(401)
            .extract()
            .jsonPath()
            .getString("detail");
    assertThat(wrong).doesNotContainIgnoringCase("Synchronisation");

    Api.setGroupPermissions(person.groupId(), Set.of("SYNCHRONISATION", "PROJECT_VIEW"));
    device.bearer().get("/api/projects").then().statusCode(200);
    device.basic().get("/api/me").then().statusCode(200);
  }

  @Test
  void whoLostSynchronisationStillSeesTheDevicesPageAndRevokes() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION", "PROJECT_VIEW"));
    Api.Device device = Api.createDevice(person.email(), person.password(), "kept phone");
    Api.setGroupPermissions(person.groupId(), Set.of("PROJECT_VIEW"));

    browser.signIn(person.email(), person.password());
    assertThat(new Frame(browser).offersMenuEntry("mDevices")).as("menu entry").isTrue();
    DevicesPage devices = DevicesPage.open(browser);
    assertThat(browser.text())
        .doesNotContain(WebSteps.REFUSED_PAGE)
        .contains("kept phone")
        .contains("suspended");
    assertThat(devices.offersCreate()).as("the create form").isFalse();
    browser.screenshot("devices-suspended");

    devices.revoke(0);
    browser.waitForText("The device password has been revoked.");

    // Revoked, not merely suspended: the right given back does not revive it.
    Api.setGroupPermissions(person.groupId(), Set.of("SYNCHRONISATION", "PROJECT_VIEW"));
    device.bearer().get("/api/me").then().statusCode(401);
  }

  @Test
  void withoutSynchronisationAndWithoutDevicePasswordsTheDevicesPageIsRefused() {
    Api.Person person = Api.createPerson(Set.of("PROJECT_VIEW"));
    browser.signIn(person.email(), person.password());
    assertThat(new Frame(browser).offersMenuEntry("mDevices")).isFalse();
    DevicesPage.open(browser);
    assertThat(browser.text()).contains(WebSteps.REFUSED_PAGE);
  }

  @Test
  void deactivationRevokesDevicePasswordsForGood() {
    Api.Person person = Api.createPerson(Set.of("SYNCHRONISATION"));
    Api.Device old = Api.createDevice(person.email(), person.password(), "before deactivation");
    old.bearer().get("/api/me").then().statusCode(200);

    Api.setActive(person.id(), false);
    old.bearer().get("/api/me").then().statusCode(401);
    Api.setActive(person.id(), true);

    old.bearer().get("/api/me").then().statusCode(401);
    old.basic().get("/api/me").then().statusCode(401);
    Api.Device fresh = Api.createDevice(person.email(), person.password(), "after reactivation");
    fresh.bearer().get("/api/me").then().statusCode(200);
    assertThat(
            fresh
                .bearer()
                .get("/api/devices")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.id == " + old.id() + " }.status"))
        .isEqualTo("revoked");
  }
}
