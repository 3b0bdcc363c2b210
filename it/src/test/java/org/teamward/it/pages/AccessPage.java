package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.teamward.it.support.Browser;

/** Access authorisations of interfaces (admin/access.xhtml): the form and the password once. */
public final class AccessPage {

  public static final String PATH = "/admin/access.xhtml";

  private static final By NEW = By.id("access:new");
  private static final By OPTIONS = By.id("access:options");
  private static final By NAME = By.id("access:name");
  private static final By NETWORKS = By.id("access:networks");
  private static final By SAVE = By.id("access:save");
  private static final By PASSWORD = By.id("password");
  private static final By AUTHORISATION_ID = By.id("authorisationId");

  private final Browser b;

  public AccessPage(Browser b) {
    this.b = b;
  }

  public static AccessPage open(Browser b) {
    b.open(PATH);
    return new AccessPage(b);
  }

  /** Opens the form for a new authorisation. */
  public void startNew() {
    b.click(NEW);
  }

  /** The text of the form's options, once they are shown. */
  public String options() {
    return b.visible(OPTIONS).getText();
  }

  /** The networks field, once it is shown. */
  public WebElement networks() {
    return b.visible(NETWORKS);
  }

  public void enterName(String name) {
    b.type(NAME, name);
  }

  public void enterNetworks(String networks) {
    b.type(NETWORKS, networks);
  }

  /** Clicks into the name field: the networks field loses the focus and is taken. */
  public void clickName() {
    b.click(NAME);
  }

  public void save() {
    b.click(SAVE);
  }

  /** The password shown once, when it is shown. */
  public String password() {
    return b.visible(PASSWORD).getText();
  }

  /** The id of the authorisation just created. */
  public long authorisationId() {
    return Long.parseLong(b.visible(AUTHORISATION_ID).getText());
  }
}
