package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;

/**
 * The company's sign-in provider's own page (Keycloak's, in the tests), to which "Sign in with the
 * company account" on {@link LoginPage} leads. Not a page of Teamward's.
 */
public final class CompanyProviderPage {

  private static final By USERNAME = By.id("username");
  private static final By PASSWORD = By.id("password");
  private static final By SIGN_IN = By.id("kc-login");

  private final Browser b;

  public CompanyProviderPage(Browser b) {
    this.b = b;
  }

  public void signIn(String username, String password) {
    b.type(USERNAME, username);
    b.type(PASSWORD, password);
    b.click(SIGN_IN);
  }
}
