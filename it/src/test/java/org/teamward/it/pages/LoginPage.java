package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;

/**
 * Sign-in (login.xhtml). Signing in itself is {@link Browser#signIn}, which every test uses; this
 * page object reads what the page shows.
 */
public final class LoginPage {

  public static final String PATH = "/login.xhtml";

  private static final By SIGN_IN = By.id("login:signIn");
  private static final By MESSAGES = By.cssSelector("#login\\:messages");

  private final Browser b;

  public LoginPage(Browser b) {
    this.b = b;
  }

  public static LoginPage open(Browser b) {
    b.open(PATH);
    return new LoginPage(b);
  }

  /** Signs in and answers the page the browser is on afterwards; see {@link Browser#signIn}. */
  public static LoginPage signIn(Browser b, String email, String password) {
    b.signIn(email, password);
    return new LoginPage(b);
  }

  public boolean offersSignIn() {
    return b.present(SIGN_IN);
  }

  /** Waits until the sign-in button is shown. */
  public void waitForSignIn() {
    b.visible(SIGN_IN);
  }

  /** What the page's messages say, once they are shown. */
  public String messages() {
    return b.visible(MESSAGES).getText();
  }

  /** Chooses to sign in with the company account: on to the provider. */
  public CompanyProviderPage signInWithCompany() {
    b.click(By.id("login:sso"));
    return new CompanyProviderPage(b);
  }
}
