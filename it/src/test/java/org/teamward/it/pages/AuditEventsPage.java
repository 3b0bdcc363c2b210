package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;

/** The audit log (audit/events.xhtml): its filter, its list and the export link. */
public final class AuditEventsPage {

  public static final String PATH = "/audit/events.xhtml";

  private static final By ACTOR = By.id("audit:actor");
  private static final By TYPE = By.id("audit:type");
  private static final By FILTER = By.id("audit:filter");
  private static final By FIRST_ROW = By.xpath("//*[@id='audit:list']//tbody/tr[1]");
  private static final By EXPORT = By.id("audit:export");

  private final Browser b;

  public AuditEventsPage(Browser b) {
    this.b = b;
  }

  public static AuditEventsPage open(Browser b) {
    b.open(PATH);
    return new AuditEventsPage(b);
  }

  /** Filters by the actor (an id or an e-mail address), without waiting for the answer. */
  public void filterByActor(String actor) {
    b.type(ACTOR, actor);
    b.click(FILTER);
  }

  /** Filters by the actor and the action type, without waiting for the answer. */
  public void filterByActorAndType(String actor, String type) {
    b.type(ACTOR, actor);
    b.type(TYPE, type);
    b.click(FILTER);
  }

  /** The first row's text, as it is now. */
  public String firstRow() {
    return b.driver.findElement(FIRST_ROW).getText();
  }

  /** The address of the CSV export of what the filter shows. */
  public String exportLink() {
    return b.driver.findElement(EXPORT).getAttribute("href");
  }
}
