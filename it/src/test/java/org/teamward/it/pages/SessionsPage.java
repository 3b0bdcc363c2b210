package org.teamward.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;

/** My sessions (account/sessions.xhtml): one's signed-in clients, and ending them. */
public final class SessionsPage {

  public static final String PATH = "/account/sessions.xhtml";

  private static final By LIST = By.id("sessions:list");
  private static final By ROWS = By.cssSelector("#sessions\\:list_data > tr");
  private static final By END_OTHERS = By.id("sessions:endOthers");

  private final Browser b;

  public SessionsPage(Browser b) {
    this.b = b;
  }

  public static SessionsPage open(Browser b) {
    b.open(PATH);
    return new SessionsPage(b);
  }

  public void waitForList() {
    b.visible(LIST);
  }

  /** The list's rows, as they are now. */
  public List<WebElement> rows() {
    return b.driver.findElements(ROWS);
  }

  /** Ends the session of the row and confirms it. */
  public void end(int row) {
    b.click(By.id("sessions:list:" + row + ":end"));
    b.click(Control.CONFIRM);
  }

  /** Ends all other sessions and confirms it. */
  public void endOthers() {
    b.click(END_OTHERS);
    b.click(Control.CONFIRM);
  }
}
