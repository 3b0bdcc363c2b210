package org.teamward.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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

  private static final By NEW = By.id("bookings:tabs:create");
  private static final By DIALOG = By.id("bookings:bookingDialog");
  private static final By MINUTES = By.id("bookings:minutes_input");
  private static final By TABLE = By.id("bookings:tabs:list");
  private static final By DATES = By.cssSelector("[id='bookings:tabs:list'] td.tw-nowrap");

  /** Opens the new-booking dialog from the list's tab and waits for it. */
  public void openNewBooking() {
    b.click(NEW);
    b.visible(DIALOG);
  }

  /** Whether the booking dialog is shown, once it is. */
  public boolean dialogShown() {
    return b.visible(DIALOG).isDisplayed();
  }

  /** The projects the dialog's picker suggests for {@code text}. */
  public List<WebElement> suggestProjects(String text) {
    return WebSteps.suggest(b, "bookings:project", text);
  }

  /** Chooses one of the picker's suggestions. */
  public void choose(WebElement suggestion) {
    b.click(By.id(suggestion.getAttribute("id")));
  }

  /** Enters the date as if typed. */
  public void enterDate(String date) {
    WebSteps.value(b, "bookings:date_input", date);
  }

  public void enterMinutes(String minutes) {
    b.type(MINUTES, minutes);
  }

  /** The message next to the dialog's field (project, minutes, date), once it is shown. */
  public String fieldMessage(String field) {
    return new Frame(b).fieldMessage("bookings:" + field);
  }

  public boolean showsFieldMessage(String field) {
    return new Frame(b).showsFieldMessage("bookings:" + field);
  }

  /** The filter's date field ("from", "to"), once it is shown. */
  public WebElement filterDate(String picker) {
    return b.visible(By.id("bookings:tabs:" + picker + "_input"));
  }

  /** The button of the filter's date picker ("from", "to"). */
  public WebElement filterDateButton(String picker) {
    return b.driver.findElement(
        By.cssSelector("[id='bookings:tabs:" + picker + "'] .ui-datepicker-trigger"));
  }

  /** The label of the filter's date field ("from", "to"), once it is shown. */
  public WebElement filterDateLabel(String picker) {
    return b.visible(By.cssSelector("label[for='bookings:tabs:" + picker + "_input']"));
  }

  /** The list's column heads, once the list is shown. */
  public List<String> columnHeads() {
    return b.visible(TABLE).findElements(By.cssSelector("thead th")).stream()
        .map(th -> th.getText().strip())
        .toList();
  }

  /** The list's date cells. */
  public List<WebElement> dateCells() {
    return b.driver.findElements(DATES);
  }
}
