package org.teamward.it.support;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser: Debian's headless Chromium driven by Selenium through Debian's chromedriver,
 * named explicitly so that nothing is ever downloaded.
 */
public final class Browser implements AutoCloseable {

  public final WebDriver driver;
  private final WebDriverWait wait;

  /**
   * The tag of what only the browser checks: the page's controls and forms, whose database work
   * runs through the same use cases that the API groups drive on both databases. The second
   * database's pass leaves it out (see the README's testing section).
   */
  public static final String ONLY = "browser-only";

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** A browser that asks for English pages. */
  public Browser() {
    this("en");
  }

  /**
   * A browser whose interface language, and so its Accept-Language, is {@code language}: what a
   * person with a German browser sends.
   */
  public Browser(String language) {
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
          "--lang=" + language,
          "--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
      // the console, where the browser reports what the Content-Security-Policy refused
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      driver = new ChromeDriver(service, options);
      // Selenium polls every 500 ms by default; most conditions hold a few milliseconds after an
      // ajax answer, and every click waits for the page to settle before and after.
      wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(25));
      // What an ajax update or an animation causes for a moment; the condition is tried again.
      wait.ignoring(StaleElementReferenceException.class)
          .ignoring(ElementClickInterceptedException.class)
          .ignoring(ElementNotInteractableException.class)
          .ignoring(NoSuchElementException.class)
          // A script run while the page is being replaced by a navigation.
          .ignoring(JavascriptException.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void open(String path) {
    driver.get(Server.base() + path);
  }

  public void signIn(String email, String password) {
    driver.manage().deleteAllCookies();
    open("/login.xhtml");
    type(By.id("login:email"), email);
    type(By.id("login:password_input"), password, By.id("login:password"));
    click(By.id("login:signIn"));
    until(d -> !d.getCurrentUrl().endsWith("/login.xhtml") || hasMessage(d));
  }

  private static boolean hasMessage(WebDriver d) {
    return !d.findElements(By.cssSelector("#login\\:messages .ui-messages-error")).isEmpty();
  }

  /**
   * Types into the element, or the first alternative that exists (PrimeFaces suffixes some), once
   * it is shown and enabled; typed afresh if an ajax update replaced it meanwhile.
   */
  public void type(By locator, String text, By... alternatives) {
    until(
        d -> {
          WebElement element = usable(d, locator, alternatives);
          if (element == null) {
            return null;
          }
          element.clear();
          element.sendKeys(text);
          return true;
        });
  }

  /**
   * Clicks once the element is shown and enabled. A click that an animation or overlay intercepts,
   * or that hits an element an ajax update just replaced, is retried on the element found afresh,
   * until it lands or the wait times out. Waits for ajax to settle before and after.
   */
  public void click(By locator) {
    settle();
    until(
        d -> {
          WebElement element = usable(d, locator);
          if (element == null) {
            return null;
          }
          element.click();
          return true;
        });
    settle();
  }

  /** The first of the locators whose element is present, shown and enabled; else null. */
  private static WebElement usable(WebDriver d, By locator, By... alternatives) {
    List<By> candidates = new ArrayList<>();
    candidates.add(locator);
    candidates.addAll(List.of(alternatives));
    for (By candidate : candidates) {
      for (WebElement element : d.findElements(candidate)) {
        if (element.isDisplayed() && element.isEnabled()) {
          return element;
        }
      }
    }
    return null;
  }

  /**
   * Waits until no PrimeFaces/jQuery ajax request is running, so the DOM is not about to change.
   */
  public void settle() {
    until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (typeof jQuery === 'undefined' || jQuery.active === 0)"
                            + " && (typeof PrimeFaces === 'undefined'"
                            + " || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  public WebElement visible(By locator) {
    return until(ExpectedConditions.visibilityOfElementLocated(locator)::apply);
  }

  public void waitUntilGone(By locator) {
    until(ExpectedConditions.invisibilityOfElementLocated(locator)::apply);
  }

  /**
   * Waits until the condition answers something other than null or false. Elements replaced,
   * missing or covered meanwhile count as "not yet", never as a failure; on time-out a screenshot
   * is kept.
   */
  public <T> T until(Function<WebDriver, T> condition) {
    try {
      return wait.until(condition::apply);
    } catch (TimeoutException e) {
      screenshot("failure-" + System.currentTimeMillis());
      throw e;
    }
  }

  public boolean present(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  /** The page's text, read again if the page was replaced while reading. */
  public String text() {
    return until(d -> d.findElement(By.tagName("body")).getText());
  }

  public void waitForText(String text) {
    until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  /**
   * Moves the focus with the Tab key alone, from the top of the page, until it is on the element;
   * fails if that takes more than {@code maxTabs} presses. Answers the focused element.
   */
  public WebElement tabTo(By locator, int maxTabs) {
    WebElement target = visible(locator);
    settle();
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    for (int i = 0; i < maxTabs; i++) {
      new org.openqa.selenium.interactions.Actions(driver)
          .sendKeys(org.openqa.selenium.Keys.TAB)
          .perform();
      if (target.equals(driver.switchTo().activeElement())) {
        return target;
      }
    }
    throw new AssertionError(locator + " is not reached with " + maxTabs + " presses of Tab");
  }

  /** Whether the focused element shows it: an outline or a focus ring (box shadow). */
  public boolean focusIsVisible(WebElement element) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript(
                "var s = getComputedStyle(arguments[0]);"
                    + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                    + " || (s.boxShadow && s.boxShadow !== 'none');",
                element));
  }

  /** The impacts that fail the suite; moderate and minor ones are reported, not failed. */
  static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious");

  /**
   * Rules axe-core leaves out by default (tagged experimental) that the suite runs all the same,
   * and that fail it at any impact: an accessible name that does not contain a control's visible
   * text (WCAG 2.5.3), as PrimeFaces' date picker buttons once had.
   */
  static final Set<String> EXTRA_RULES = Set.of("label-content-name-mismatch");

  /**
   * Runs axe-core on the page as it is now and answers its critical and serious violations, one
   * line per rule and node, so that a failure names what to fix.
   */
  public List<String> accessibilityViolations() {
    settle();
    // A button fades back from its disabled look after an ajax request, and axe measured its
    // contrast mid-way, also when the fade began just after a wait for it: colours are judged in
    // their final state, with transitions and animations switched off for the rest of the page's
    // life, and once no finite animation plays any more (a spinner's endless one is not waited
    // for).
    ((JavascriptExecutor) driver)
        .executeScript(
            "if (!document.getElementById('no-motion')) {"
                + " const style = document.createElement('style'); style.id = 'no-motion';"
                + " style.textContent = '*, *::before, *::after { transition: none !important;"
                + " animation-duration: 0s !important; }';"
                + " document.head.appendChild(style); }");
    until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.getAnimations().every(a => a.playState !== 'running'"
                            + " || a.effect.getComputedTiming().iterations === Infinity);")));
    List<String> found = new ArrayList<>();
    AxeRunOptions options = new AxeRunOptions();
    Map<String, AxeRuleOptions> rules = new java.util.HashMap<>();
    for (String extra : EXTRA_RULES) {
      AxeRuleOptions enabled = new AxeRuleOptions();
      enabled.setEnabled(true);
      rules.put(extra, enabled);
    }
    options.setRules(rules);
    for (Rule rule : new AxeBuilder().withOptions(options).analyze(driver).getViolations()) {
      if (!FAILING_IMPACTS.contains(rule.getImpact()) && !EXTRA_RULES.contains(rule.getId())) {
        continue;
      }
      for (CheckedNode node : rule.getNodes()) {
        found.add(
            rule.getImpact()
                + " "
                + rule.getId()
                + " at "
                + node.getTarget()
                + ": "
                + node.getFailureSummary());
      }
    }
    return found;
  }

  /**
   * What the browser refused because of the page's Content-Security-Policy since the last call (a
   * script without the response's nonce, an inline event handler, an eval), as its console reported
   * it. Reading the console empties it.
   */
  public List<String> policyViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy"))
        .toList();
  }

  /** Keeps a picture of the current page for the README, under it/target/screenshots. */
  public void screenshot(String name) {
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
