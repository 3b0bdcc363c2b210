package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.WebSteps;

/** Time bookings (time/bookings.xhtml): the list in its tab view, its filter and the form. */
public final class BookingsPage {

  public static final String PATH = "/time/bookings.xhtml";

  /** The list inside the tab view, whatever the tab view adds to its id. */
  public static final String LIST =
      "//form[@id='bookings']//div[substring(@id, string-length(@id) - 4) = ':list']";

  private static final By CREATE = By.cssSelector("#bookings [id$=':create']");
  private static final By FILTER = By.cssSelector("#bookings [id$=':filter']");
  private static final By DATE = By.id("bookings:date_input");
  private static final By EMPLOYEE = By.id("bookings:employee_input");
  private static final By DESCRIPTION = By.id("bookings:description");
  private static final By SAVE = By.id("bookings:save");

  private final Browser b;

  public BookingsPage(Browser b) {
    this.b = b;
  }

  public static BookingsPage open(Browser b) {
    b.open(PATH);
    return new BookingsPage(b);
  }

  /** Opens the page: its create button, or why it is not offered. */
  public static Control createButton(Browser b) {
    return WebSteps.page(b, PATH, CREATE);
  }

  public boolean refused() {
    return WebSteps.refused(b);
  }

  /** Waits for the booking form (after create or edit). */
  public void waitForForm() {
    b.visible(DATE);
  }

  public boolean offersEmployee() {
    return b.present(EMPLOYEE);
  }

  public boolean pickEmployee(long employeeId) {
    return WebSteps.pick(b, "bookings:employee", employeeId);
  }

  public boolean pickProject(String code, long projectId) {
    return WebSteps.pick(b, "bookings:project", code, "" + projectId);
  }

  /** Enters the date and the times as if typed. */
  public void enterTimes(String date, String start, String end) {
    WebSteps.value(b, "bookings:date_input", date);
    WebSteps.value(b, "bookings:start_input", start);
    WebSteps.value(b, "bookings:end_input", end);
  }

  public void describe(String description) {
    b.visible(DESCRIPTION);
    b.type(DESCRIPTION, description);
  }

  public void save() {
    b.click(SAVE);
  }

  /**
   * Narrows the list to the project where the page offers the project filter, and waits for the
   * answer; false when it does not offer it.
   */
  public boolean filterByProject(String code, long projectId) {
    if (!WebSteps.pick(b, "bookings:tabs:projectFilter", code, "" + projectId)) {
      return false;
    }
    b.click(FILTER);
    WebSteps.waitForRows(b, LIST, code);
    return true;
  }

  /** The action of the row holding {@code text}; see {@link WebSteps#row}. */
  public Control rowAction(String text, String action) {
    return WebSteps.row(b, LIST, text, action);
  }
}
