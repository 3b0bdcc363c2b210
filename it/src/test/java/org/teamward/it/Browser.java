package org.teamward.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser: Debian's headless Chromium driven by Selenium through Debian's chromedriver,
 * named explicitly so that nothing is ever downloaded.
 */
final class Browser implements AutoCloseable {

  final WebDriver driver;
  private final WebDriverWait wait;

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  Browser() {
    // On a machine without Debian's browser the browser tests are reported as skipped, not
    // failed, so `mvn verify` still passes with only a JDK and Maven; .ci/run installs both.
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian chromium and chromium-driver are not installed; browser tests skipped");
    try {
      Path profile = Files.createTempDirectory("chromium-profile");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1400,1000",
          "--lang=en",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      driver = new ChromeDriver(service, options);
      wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void open(String path) {
    driver.get(Server.base() + path);
  }

  void signIn(String email, String password) {
    driver.manage().deleteAllCookies();
    open("/login.xhtml");
    type(By.id("login:email"), email);
    type(By.id("login:password_input"), password, By.id("login:password"));
    driver.findElement(By.id("login:signIn")).click();
    wait.until(d -> !d.getCurrentUrl().endsWith("/login.xhtml") || hasMessage(d));
  }

  private static boolean hasMessage(WebDriver d) {
    return !d.findElements(By.cssSelector("#login\\:messages .ui-messages-error")).isEmpty();
  }

  /** Types into the element, or the first alternative that exists (PrimeFaces suffixes some). */
  void type(By locator, String text, By... alternatives) {
    WebElement element = find(locator, alternatives);
    element.clear();
    element.sendKeys(text);
  }

  private WebElement find(By locator, By... alternatives) {
    if (!driver.findElements(locator).isEmpty()) {
      return driver.findElement(locator);
    }
    for (By alternative : alternatives) {
      if (!driver.findElements(alternative).isEmpty()) {
        return driver.findElement(alternative);
      }
    }
    return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  /** Clicks, finding the element afresh if an ajax update replaced it meanwhile. */
  void click(By locator) {
    settle();
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              ExpectedConditions.elementToBeClickable(locator).apply(d).click();
              return true;
            });
  }

  /**
   * Waits until no PrimeFaces/jQuery ajax request is running, so the DOM is not about to change.
   */
  void settle() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return (typeof jQuery === 'undefined' || jQuery.active === 0)"
                            + " && (typeof PrimeFaces === 'undefined'"
                            + " || PrimeFaces.ajax.Queue.isEmpty());"));
  }

  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void waitUntilGone(By locator) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
  }

  void until(java.util.function.Function<WebDriver, Boolean> condition) {
    try {
      wait.until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failure-" + System.currentTimeMillis());
      throw e;
    }
  }

  boolean present(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void waitForText(String text) {
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  /** Keeps a picture of the current page for the README, under it/target/screenshots. */
  void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("teamward.it.target", "target"), "screenshots");
      Files.createDirectories(dir);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
