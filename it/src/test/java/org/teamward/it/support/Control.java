package org.teamward.it.support;

import org.openqa.selenium.By;
import org.teamward.it.support.Operation.Outcome;

/**
 * A control that a page offers for one record, or why it offers none: REFUSED when the page is
 * refused or shows the record without the control, NOT_FOUND when it does not show the record.
 */
public record Control(By locator, Outcome absent) {

  public static final By CONFIRM = By.cssSelector(".ui-confirmdialog-yes");

  public static Control at(By locator) {
    return new Control(locator, null);
  }

  public static Control absent(Outcome why) {
    return new Control(null, why);
  }

  public boolean offered() {
    return locator != null;
  }

  /** Clicks it: ALLOWED means submitted; or why it could not. */
  public Outcome click(Browser b) {
    if (!offered()) {
      return absent;
    }
    b.click(locator);
    return Outcome.ALLOWED;
  }

  /** Clicks it and says yes to the confirmation. */
  public Outcome confirm(Browser b) {
    if (!offered()) {
      return absent;
    }
    b.click(locator);
    b.click(CONFIRM);
    return Outcome.ALLOWED;
  }
}
