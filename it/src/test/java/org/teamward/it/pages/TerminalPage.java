package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.teamward.it.support.Browser;

/**
 * The time-clock terminal's kiosk page (terminal/, a plain page beside the Faces ones): its set-up,
 * the clock screen with the keypad or the list of names, and the locked settings.
 */
public final class TerminalPage {

  public static final String PATH = "/terminal";

  private static final By SETUP = By.id("setup");
  private static final By INTERFACE_ID = By.id("interface-id");
  private static final By INTERFACE_PASSWORD = By.id("interface-password");
  private static final By CONNECT = By.id("connect");
  private static final By SETUP_ERROR = By.id("setup-error");
  private static final By CLOCK = By.id("clock");
  private static final By NUMBER = By.id("number");
  private static final By FEEDBACK = By.id("feedback");
  private static final By PRESENT = By.id("present");
  private static final By CONNECTION = By.id("connection");
  private static final By OPEN_SETTINGS = By.id("open-settings");
  private static final By UNLOCK_PASSWORD = By.id("unlock-password");
  private static final By UNLOCK = By.id("unlock-open");
  private static final By UNLOCK_ERROR = By.id("unlock-error");
  private static final By SETTINGS = By.id("settings");
  private static final By CLOSE_SETTINGS = By.id("close-settings");
  private static final By SHOWN_SECTION = By.cssSelector("section:not([hidden])");

  private final Browser b;

  public TerminalPage(Browser b) {
    this.b = b;
  }

  /** Opens the page at {@code path} ("/terminal" or "/terminal/"). */
  public static TerminalPage open(Browser b, String path) {
    b.open(path);
    return new TerminalPage(b);
  }

  /** Waits until its script has run: it shows one of the sections, all hidden in the markup. */
  public void waitForScript() {
    b.until(d -> !d.findElements(SHOWN_SECTION).isEmpty());
  }

  public void waitForSetup() {
    b.visible(SETUP);
  }

  /** Connects the terminal as the interface with that id and password. */
  public void connect(long interfaceId, String password) {
    b.type(INTERFACE_ID, Long.toString(interfaceId));
    connect(password);
  }

  /** Connects again with another password, the interface's id as typed before. */
  public void connect(String password) {
    b.type(INTERFACE_PASSWORD, password);
    b.click(CONNECT);
  }

  /** The set-up's error, once there is one. */
  public String setupError() {
    b.until(d -> !d.findElement(SETUP_ERROR).getText().isEmpty());
    return b.driver.findElement(SETUP_ERROR).getText();
  }

  /** Waits until the clock screen is shown. */
  public void waitForClock() {
    b.visible(CLOCK);
  }

  /** Presses a key of the keypad. */
  public void press(char key) {
    b.click(By.cssSelector("[data-key='" + key + "']"));
  }

  /** The personnel number typed so far. */
  public String number() {
    return b.driver.findElement(NUMBER).getAttribute("value");
  }

  /** Types the personnel number into its field. */
  public void typeNumber(String number) {
    b.type(NUMBER, number);
  }

  /** Clocks: check-in, check-out, ... */
  public void clock(String action) {
    b.click(By.id(action));
  }

  /** The feedback box. */
  public WebElement feedback() {
    return b.driver.findElement(FEEDBACK);
  }

  /** Waits until the list of those present names the person. */
  public void waitUntilPresent(String name) {
    b.until(d -> d.findElement(PRESENT).getText().contains(name));
  }

  /** Waits until the connection says how many punches wait for delivery: "1", "0". */
  public void waitUntilWaiting(String count) {
    b.until(d -> count.equals(d.findElement(CONNECTION).getAttribute("data-waiting")));
  }

  /** Opens the settings: the unlock question. */
  public void openSettings() {
    b.click(OPEN_SETTINGS);
  }

  public void unlock(String password) {
    b.type(UNLOCK_PASSWORD, password);
    b.click(UNLOCK);
  }

  /** Waits until the unlock question says it was refused. */
  public void waitForUnlockError() {
    b.until(d -> !d.findElement(UNLOCK_ERROR).getText().isEmpty());
  }

  public boolean settingsShown() {
    return b.driver.findElement(SETTINGS).isDisplayed();
  }

  public void waitForSettings() {
    b.visible(SETTINGS);
  }

  /** Chooses how people find themselves: "keypad" or "list". */
  public void chooseMode(String mode) {
    b.click(By.cssSelector("input[name='settings-mode'][value='" + mode + "']"));
  }

  public void closeSettings() {
    b.click(CLOSE_SETTINGS);
  }

  /** Chooses the person in the list of names. */
  public void choosePerson(String name) {
    b.click(By.xpath("//ul[@id='people']//button[text()='" + name + "']"));
  }
}
