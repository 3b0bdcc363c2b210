package org.teamward.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.teamward.it.support.Browser;

/** The dashboard (dashboard.xhtml): the hours chart and its table for screen readers. */
public final class DashboardPage {

  public static final String PATH = "/dashboard.xhtml";

  private static final By CHART = By.cssSelector("[id='dashboard:hoursChart'] canvas");
  private static final By TABLE = By.id("hoursTable");

  private final Browser b;

  public DashboardPage(Browser b) {
    this.b = b;
  }

  public static DashboardPage open(Browser b) {
    b.open(PATH);
    return new DashboardPage(b);
  }

  /** The chart's canvas, once it is shown. */
  public WebElement chart() {
    return b.visible(CHART);
  }

  /** The chart's figures as a table. */
  public WebElement table() {
    return b.driver.findElement(TABLE);
  }

  public List<WebElement> tableRows(WebElement table) {
    return table.findElements(By.cssSelector("tbody tr"));
  }
}
