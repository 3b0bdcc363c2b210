package org.teamward.it;

import org.openqa.selenium.By;
import org.teamward.it.Operation.Outcome;

/**
 * A control that a page offers for one record, or why it offers none: REFUSED when the page is
 * refused or shows the record without the control, NOT_FOUND when it does not show the record.
 */
record Control(By locator, Outcome absent) {

  static final By CONFIRM = By.cssSelector(".ui-confirmdialog-yes");

  static Control at(By locator) {
    return new Control(locator, null);
  }

  static Control absent(Outcome why) {
    return new Control(null, why);
  }

  boolean offered() {
    return locator != null;
  }

  /** Clicks it: ALLOWED means submitted; or why it could not. */
  Outcome click(Browser b) {
    if (!offered()) {
      return absent;
    }
    b.click(locator);
    return Outcome.ALLOWED;
  }

  /** Clicks it and says yes to the confirmation. */
  Outcome confirm(Browser b) {
    if (!offered()) {
      return absent;
    }
    b.click(locator);
    b.click(CONFIRM);
    return Outcome.ALLOWED;
  }
}
