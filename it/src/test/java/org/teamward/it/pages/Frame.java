package org.teamward.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;

/**
 * What every page of the application shows around its content: the page's title, the top bar's menu
 * (folded into a menu button at narrow width, the administration pages under one entry, the account
 * menu), the confirmation dialog, date pickers and the messages next to fields.
 */
public final class Frame {

  /** The menu button that the top bar folds into at narrow width. */
  public static final By MENU_BUTTON = By.id("menuToggle");

  /** The top bar's entry that opens the administration pages. */
  public static final By ADMINISTRATION = By.id("adminToggle");

  private static final By TITLE = By.cssSelector("h1.tw-title");
  private static final By ACCOUNT_MENU = By.id("menuForm:userMenu");
  private static final By TOP_LEVEL = By.cssSelector("#menuItems > li");
  private static final By CONFIRM_DIALOG = By.cssSelector(".ui-confirm-dialog");
  private static final By CONFIRM_ANSWERS = By.cssSelector(".ui-dialog-buttonpane button");
  private static final By DATE_PICKER_BUTTON = By.cssSelector(".ui-datepicker-trigger");
  private static final By DATE_PICKER_POPUP = By.cssSelector(".ui-datepicker-panel");
  private static final By TABLE = By.cssSelector(".ui-datatable");
  private static final By ACTIONS_HEAD = By.xpath("//thead//th[contains(., 'Actions')]");

  private final Browser b;

  public Frame(Browser b) {
    this.b = b;
  }

  /** A menu entry, by its id in the menu form: mMyDay, mBookings, mUsers, ... */
  private static By entry(String entry) {
    return By.id("menuForm:" + entry);
  }

  /** Whether the menu renders the entry (shown or folded away). */
  public boolean offersMenuEntry(String entry) {
    return b.present(entry(entry));
  }

  /** The menu entry once it is shown. */
  public WebElement menuEntry(String entry) {
    return b.visible(entry(entry));
  }

  /** Whether the menu entry is shown now, without waiting. */
  public boolean menuEntryShown(String entry) {
    return b.driver.findElement(entry(entry)).isDisplayed();
  }

  public void openMenuEntry(String entry) {
    b.click(entry(entry));
  }

  /** The page's title, once it is shown: every page that renders has one. */
  public WebElement title() {
    return b.visible(TITLE);
  }

  /** The menu button, as it is now (hidden at laptop width). */
  public WebElement menuButton() {
    return b.driver.findElement(MENU_BUTTON);
  }

  /** The menu button, once it is shown. */
  public WebElement shownMenuButton() {
    return b.visible(MENU_BUTTON);
  }

  public void openMenu() {
    b.click(MENU_BUTTON);
  }

  /** The administration entry, once it is shown. */
  public WebElement administration() {
    return b.visible(ADMINISTRATION);
  }

  public void openAdministration() {
    b.click(ADMINISTRATION);
  }

  public void waitUntilAdministrationHidden() {
    b.waitUntilGone(ADMINISTRATION);
  }

  /** The top bar's top-level entries. */
  public List<WebElement> topLevelEntries() {
    return b.driver.findElements(TOP_LEVEL);
  }

  public boolean offersAccountMenu() {
    return b.present(ACCOUNT_MENU);
  }

  /** The account menu, once it is shown; its label is the person's name. */
  public WebElement accountMenu() {
    return b.visible(ACCOUNT_MENU);
  }

  public void signOut() {
    openAccountMenuEntry("mSignOut");
  }

  /** The confirmation dialog, once it is shown. */
  public WebElement confirmDialog() {
    return b.visible(CONFIRM_DIALOG);
  }

  /** The confirmation dialog's answers, in their order. */
  public List<WebElement> confirmAnswers(WebElement dialog) {
    return dialog.findElements(CONFIRM_ANSWERS);
  }

  public void waitUntilConfirmDialogGone() {
    b.waitUntilGone(CONFIRM_DIALOG);
  }

  /** Says yes to the confirmation dialog. */
  public void confirm() {
    b.click(Control.CONFIRM);
  }

  /** The date pickers' buttons, once there is at least one. */
  public List<WebElement> datePickerButtons() {
    return b.until(
        d -> {
          var found = d.findElements(DATE_PICKER_BUTTON);
          return found.isEmpty() ? null : found;
        });
  }

  /** The first date picker's button, as it is now. */
  public WebElement firstDatePickerButton() {
    return b.driver.findElement(DATE_PICKER_BUTTON);
  }

  /** The date pickers' pop-ups in the page. */
  public List<WebElement> datePickerPopups() {
    return b.driver.findElements(DATE_PICKER_POPUP);
  }

  /** Waits until a data table is shown. */
  public void waitForTable() {
    b.visible(TABLE);
  }

  /** The column heads named Actions. */
  public List<WebElement> actionsColumnHeads() {
    return b.driver.findElements(ACTIONS_HEAD);
  }

  /** Whether the page's HTML holds the element of that client id (a dialog, say). */
  public boolean holds(String clientId) {
    return b.present(By.id(clientId));
  }

  /** Moves the focus with Tab to the control of that client id; see {@link Browser#tabTo}. */
  public WebElement tabTo(String clientId, int maxTabs) {
    return b.tabTo(By.id(clientId), maxTabs);
  }

  /** Waits until what the CSS selector names is shown: an action's effect. */
  public WebElement waitFor(String cssSelector) {
    return b.visible(By.cssSelector(cssSelector));
  }

  /** The message next to the field of that client id, once it is shown. */
  public String fieldMessage(String fieldId) {
    return b.visible(fieldMessageOf(fieldId)).getText();
  }

  /** Whether a message stands next to the field of that client id. */
  public boolean showsFieldMessage(String fieldId) {
    return b.present(fieldMessageOf(fieldId));
  }

  private static By fieldMessageOf(String fieldId) {
    return By.cssSelector("[id='" + fieldId + "'] ~ .ui-message-error");
  }

  /** The page's language, as its html element declares it. */
  public String language() {
    return b.driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  /** Opens an entry of the account menu: mSessions, mSignOut, ... */
  public void openAccountMenuEntry(String entry) {
    b.click(ACCOUNT_MENU);
    b.click(entry(entry));
  }

  /** Ticks the checkbox or radio button labelled {@code label}, as a person clicks it. */
  public void tick(String label) {
    b.click(
        By.xpath(
            "//label[normalize-space(.)=\""
                + label
                + "\" or starts-with(normalize-space(.), \""
                + label
                + " —\")]/preceding-sibling::div[1]//div[contains(@class, '-box')]"));
  }
}
