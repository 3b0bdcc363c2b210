package org.teamward.it.pages;

import org.openqa.selenium.By;
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
}
