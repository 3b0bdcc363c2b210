package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;

/** Device passwords (account/devices.xhtml): create one, see its token once, regenerate, revoke. */
public final class DevicesPage {

  public static final String PATH = "/account/devices.xhtml";

  private static final By NAME = By.id("devices:name");
  private static final By CREATE = By.id("devices:create");
  private static final By LIST = By.id("devices:list");
  private static final By TOKEN = By.id("token");
  private static final By DEVICE_ID = By.id("deviceId");

  private final Browser b;

  public DevicesPage(Browser b) {
    this.b = b;
  }

  public static DevicesPage open(Browser b) {
    b.open(PATH);
    return new DevicesPage(b);
  }

  public boolean offersCreate() {
    return b.present(CREATE);
  }

  /** Creates a device password of that name. */
  public void create(String name) {
    b.type(NAME, name);
    b.click(CREATE);
  }

  /** The token shown once, when it is shown. */
  public String token() {
    return b.visible(TOKEN).getText();
  }

  public boolean showsToken() {
    return b.present(TOKEN);
  }

  /** Waits until a token is shown. */
  public void waitForToken() {
    b.until(d -> !d.findElements(TOKEN).isEmpty());
  }

  /** The id of the device password just created. */
  public long deviceId() {
    return Long.parseLong(b.visible(DEVICE_ID).getText());
  }

  public void waitForList() {
    b.visible(LIST);
  }

  /** Regenerates the row's device password and confirms it. */
  public void regenerate(int row) {
    b.click(By.id("devices:list:" + row + ":regenerate"));
    b.click(Control.CONFIRM);
  }

  /** Revokes the row's device password and confirms it. */
  public void revoke(int row) {
    b.click(By.id("devices:list:" + row + ":revoke"));
    b.click(Control.CONFIRM);
  }
}
