package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.teamward.it.support.Browser;

/** My day (index.xhtml): the clock and one's own clocking buttons. */
public final class MyDayPage {

  public static final String PATH = "/index.xhtml";

  private final Browser b;

  public MyDayPage(Browser b) {
    this.b = b;
  }

  public static MyDayPage open(Browser b) {
    b.open(PATH);
    return new MyDayPage(b);
  }

  /** A clocking button: checkIn, startBreak, endBreak, checkOut. */
  private static By button(String clocking) {
    return By.id("myday:" + clocking);
  }

  /** Whether the page offers that clocking now. */
  public boolean offers(String clocking) {
    return b.present(button(clocking));
  }

  public void clock(String clocking) {
    b.click(button(clocking));
  }

  /** Waits until the clock is shown. */
  public void waitForClock() {
    b.visible(By.id("myday:clock"));
  }

  /** Waits until that clocking's button is shown. */
  public void waitFor(String clocking) {
    b.visible(button(clocking));
  }

  /** Waits until the page says since when one is checked in. */
  public void waitForCheckedIn() {
    b.visible(By.id("checkedInSince"));
  }

  /** Moves the focus with Tab alone to that clocking's button. */
  public WebElement tabTo(String clocking, int maxTabs) {
    return b.tabTo(button(clocking), maxTabs);
  }
}
