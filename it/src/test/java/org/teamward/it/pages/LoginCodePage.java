package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;

/** The second step of signing in (login-code.xhtml): the code from the app, or a recovery code. */
public final class LoginCodePage {

  public static final String PATH = "/login-code.xhtml";

  private static final By VALUE = By.id("code:value");
  private static final By VERIFY = By.id("code:verify");

  private final Browser b;

  public LoginCodePage(Browser b) {
    this.b = b;
  }

  public static LoginCodePage open(Browser b) {
    b.open(PATH);
    return new LoginCodePage(b);
  }

  public void enterCode(String code) {
    b.type(VALUE, code);
    b.click(VERIFY);
  }
}
