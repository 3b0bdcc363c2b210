package org.teamward.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.teamward.it.support.Browser;

/** Two-factor authentication (account/two-factor.xhtml): enrolment and the recovery codes. */
public final class TwoFactorPage {

  public static final String PATH = "/account/two-factor.xhtml";

  private static final By START = By.id("twoFactor:start");
  private static final By SECRET = By.id("secret");
  private static final By QR = By.cssSelector("#qr svg[role='img'] path");
  private static final By CONFIRM_CODE = By.id("twoFactor:confirmCode");
  private static final By CONFIRM = By.id("twoFactor:confirm");
  private static final By RECOVERY_CODES = By.cssSelector("#recoveryCodes code");
  private static final By CODES_SAVED = By.id("twoFactor:codesSaved");

  private final Browser b;

  public TwoFactorPage(Browser b) {
    this.b = b;
  }

  public static TwoFactorPage open(Browser b) {
    b.open(PATH);
    return new TwoFactorPage(b);
  }

  public boolean offersStart() {
    return b.present(START);
  }

  /** Starts the enrolment and answers the secret shown, once it is shown. */
  public String start() {
    b.click(START);
    return b.visible(SECRET).getText();
  }

  /** Whether the page shows the secret as a QR code. */
  public boolean showsQrCode() {
    return b.present(QR);
  }

  /** Confirms the enrolment with the code. */
  public void confirm(String code) {
    b.type(CONFIRM_CODE, code);
    b.click(CONFIRM);
  }

  /** The recovery codes shown, once the page answers a list (which may be empty). */
  public List<WebElement> recoveryCodes() {
    return b.until(d -> d.findElements(RECOVERY_CODES));
  }

  /** Says the recovery codes are kept safe. */
  public void codesSaved() {
    b.click(CODES_SAVED);
  }
}
