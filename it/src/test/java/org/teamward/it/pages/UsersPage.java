package org.teamward.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.WebSteps;

/** User accounts (admin/users.xhtml): the search, the list, the new-account and edit dialogs. */
public final class UsersPage extends SearchableList {

  public static final String PATH = "/admin/users.xhtml";

  public static final String LIST = "//*[@id='users:list']";

  private static final By CREATE = By.id("users:create");
  private static final By EMAIL = By.id("users:email");
  private static final By NAME = By.id("users:name");
  private static final By PASSWORD = By.id("users:password");
  private static final By SAVE = By.id("users:save");
  private static final By EDIT_NAME = By.id("users:editName");
  private static final By SAVE_MEMBERSHIP = By.id("users:saveMembership");

  public UsersPage(Browser b) {
    super(b, "users");
  }

  public static UsersPage open(Browser b) {
    b.open(PATH);
    return new UsersPage(b);
  }

  /** Opens the page: its create button, or why it is not offered. */
  public static Control createButton(Browser b) {
    return WebSteps.page(b, PATH, CREATE);
  }

  /** Fills in a new account once the dialog shows, and saves it. */
  public void createAccount(String email, String name, String password) {
    b.visible(EMAIL);
    b.type(EMAIL, email);
    b.type(NAME, name);
    b.type(PASSWORD, password);
    b.click(SAVE);
  }

  /** Waits for the edit dialog. */
  public void waitForEditDialog() {
    b.visible(EDIT_NAME);
  }

  public void rename(String name) {
    b.type(EDIT_NAME, name);
  }

  /** Ticks the group in the edit dialog's memberships; false when it is not offered. */
  public boolean tickGroup(String groupId) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) b.driver)
            .executeScript(
                "var boxes = document.querySelectorAll("
                    + "\"input[name='users:editGroups']\");"
                    + "for (var i = 0; i < boxes.length; i++) {"
                    + "  if (boxes[i].value === arguments[0]) {"
                    + "    boxes[i].checked = true; return true;"
                    + "  }"
                    + "}"
                    + "return false;",
                groupId));
  }

  /** Chooses the sign-in mode (PASSWORD, SSO, ...) in the edit dialog; false when not offered. */
  public boolean chooseSignInMode(String mode) {
    return WebSteps.select(b, "users:editSso", mode);
  }

  /** Saves the edit dialog. */
  public void saveChanges() {
    b.click(SAVE_MEMBERSHIP);
  }

  /** The row holding {@code text}, once it is shown. */
  public WebElement row(String text) {
    return b.visible(By.xpath(LIST + "//tbody/tr[contains(., '" + text + "')]"));
  }

  /** Clicks the deactivate button of the row holding {@code text}, without confirming. */
  public void deactivate(String text) {
    b.click(
        By.xpath(
            LIST
                + "//tbody/tr[contains(., '"
                + text
                + "')]//button[contains(@id, ':deactivate')]"));
  }

  /** Waits until the list is shown. */
  public void waitForList() {
    b.visible(By.id("users:list"));
  }

  /** The e-mail addresses the list cuts off. */
  public List<?> clippedEmails() {
    return (List<?>)
        ((JavascriptExecutor) b.driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('[id=\\'users:list\\'] tbody td:first-child'))"
                    + ".filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.textContent);");
  }

  /** Chooses whom two-factor authentication is required for; false when it is not offered. */
  public boolean requireTwoFactorFor(String whom) {
    return WebSteps.select(b, "users:twoFactorRule", whom);
  }

  public void saveTwoFactorRule() {
    b.click(By.id("users:saveTwoFactorRule"));
  }
}
