package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;

/** Changing one's password (account/password.xhtml). */
public final class PasswordPage {

  public static final String PATH = "/account/password.xhtml";

  private static final By REVOKE_DEVICES = By.id("password:revokeDevices_input");
  private static final By REVOKE_DEVICES_BOX =
      By.cssSelector("#password\\:revokeDevices .ui-chkbox-box");
  private static final By SAVE = By.id("password:save");
  private static final By MESSAGES = By.id("password:messages");

  private final Browser b;

  public PasswordPage(Browser b) {
    this.b = b;
  }

  public static PasswordPage open(Browser b) {
    b.open(PATH);
    return new PasswordPage(b);
  }

  /** Whether revoking the device passwords is chosen. */
  public boolean revokesDevices() {
    return b.driver.findElement(REVOKE_DEVICES).isSelected();
  }

  /** Switches "revoke the device passwords". */
  public void switchRevokeDevices() {
    b.click(REVOKE_DEVICES_BOX);
  }

  /** Fills in the current and the new password (twice), without saving. */
  public void fillIn(String current, String next) {
    b.type(By.id("password:current_input"), current, By.id("password:current"));
    b.type(By.id("password:next_input"), next, By.id("password:next"));
    b.type(By.id("password:repeat_input"), next, By.id("password:repeat"));
  }

  public void save() {
    b.click(SAVE);
  }

  /** Changes the password and waits until the page has moved on. */
  public void change(String current, String next) {
    fillIn(current, next);
    save();
    b.until(d -> !d.getCurrentUrl().endsWith(PATH));
  }

  /** What the page's messages say, once they are shown. */
  public String messages() {
    return b.visible(MESSAGES).getText();
  }

  /** Whether ending the other sessions is chosen. */
  public boolean endsOtherSessions() {
    return b.driver.findElement(By.id("password:endOtherSessions_input")).isSelected();
  }
}
