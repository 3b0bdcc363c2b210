package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.WebSteps;

/** Absences (absences/absences.xhtml): the request form, the filter, the list. */
public final class AbsencesPage {

  public static final String PATH = "/absences/absences.xhtml";

  public static final String LIST = "//*[@id='absences:list']";

  private static final By SUBMIT_REQUEST = By.id("absences:submitRequest");
  private static final By EMPLOYEE = By.id("absences:employee_input");
  private static final By EMPLOYEE_FILTER = By.id("absences:employeeFilter_input");
  private static final By FILTER = By.id("absences:filter");

  private final Browser b;

  public AbsencesPage(Browser b) {
    this.b = b;
  }

  public static AbsencesPage open(Browser b) {
    b.open(PATH);
    return new AbsencesPage(b);
  }

  /** Opens the page: its button that submits a request, or why it is not offered. */
  public static Control submitRequestButton(Browser b) {
    return WebSteps.page(b, PATH, SUBMIT_REQUEST);
  }

  public boolean refused() {
    return WebSteps.refused(b);
  }

  public boolean offersEmployee() {
    return b.present(EMPLOYEE);
  }

  public boolean pickEmployee(long employeeId) {
    return WebSteps.pick(b, "absences:employee", employeeId);
  }

  /** Fills in the request: its type and its first and last day. */
  public void fillRequest(String type, String from, String to) {
    chooseType(type);
    enterPeriod(from, to);
  }

  /**
   * Narrows the list to the employee where the page offers the employee filter; false when it does
   * not offer it. Does not wait for the answer.
   */
  public boolean filterByEmployee(long employeeId) {
    if (!b.present(EMPLOYEE_FILTER) || !WebSteps.pick(b, "absences:employeeFilter", employeeId)) {
      return false;
    }
    b.click(FILTER);
    return true;
  }

  /** As {@link #filterByEmployee(long)}, and waits for the row holding {@code name}. */
  public boolean filterByEmployee(long employeeId, String name) {
    if (!filterByEmployee(employeeId)) {
      return false;
    }
    WebSteps.waitForRows(b, LIST, name);
    return true;
  }

  public Control rowAction(String text, String action) {
    return WebSteps.row(b, LIST, text, action);
  }

  private static final By TABLE = By.id("absences:list");
  private static final By LEGEND = By.id("calendarLegend");
  private static final By DAY_HEAD = By.cssSelector("[id='absences:calendar'] .fc-col-header-cell");
  private static final By WITHHELD = By.id("absences:list:withheld");
  private static final By EMPLOYEE_FILTER_CHOSEN = By.id("absences:employeeFilter_hinput");

  /** The list, once it is shown. */
  public WebElement list() {
    return b.visible(TABLE);
  }

  /** The list's text, once it is shown. */
  public String listText() {
    return b.visible(By.xpath(LIST)).getText();
  }

  /** Waits for the one row holding {@code text} (or none); see {@link WebSteps#waitForRows}. */
  public void waitForRows(String text) {
    WebSteps.waitForRows(b, LIST, text);
  }

  /** The calendar's legend, once it is shown. */
  public WebElement legend() {
    return b.visible(LEGEND);
  }

  /** The calendar's first day head, once it is shown. */
  public WebElement firstDayHead() {
    return b.visible(DAY_HEAD);
  }

  /** The calendar's entry of that status (requested, approved, rejected) for the person. */
  public WebElement calendarEntry(String status, String name) {
    return b.visible(
        By.xpath(
            "//*[contains(@class, 'fc-event') and contains(@class, 'tw-status-"
                + status
                + "') and contains(., '"
                + name
                + "')]"));
  }

  /** The note below the list on withheld details, once it is shown. */
  public WebElement withheldNote() {
    return b.visible(WITHHELD);
  }

  /** Moves the focus with Tab alone to the employee filter's picker. */
  public WebElement tabToEmployeeFilter(int maxTabs) {
    return b.tabTo(EMPLOYEE_FILTER, maxTabs);
  }

  /** Waits until the employee filter suggests the employee. */
  public void waitForFilterSuggestion(long employeeId) {
    b.until(
        d ->
            d.findElement(
                    By.cssSelector(
                        "[id='absences:employeeFilter_panel'] li[data-item-value='"
                            + employeeId
                            + "']"))
                .isDisplayed());
  }

  /** The employee the filter's picker holds: their id. */
  public String filterEmployeeId() {
    return b.driver.findElement(EMPLOYEE_FILTER_CHOSEN).getAttribute("value");
  }

  /** The text of the filter's picker. */
  public String filterEmployeeText() {
    return b.driver.findElement(EMPLOYEE_FILTER).getAttribute("value");
  }

  /** Whether the focus is on the filter button. */
  public boolean filterButtonFocused() {
    return "absences:filter".equals(b.driver.switchTo().activeElement().getAttribute("id"));
  }

  /** Waits until the request form is shown. */
  public void waitForRequestForm() {
    b.visible(SUBMIT_REQUEST);
  }

  /** Chooses the request's type; false when it is not offered. */
  public boolean chooseType(String type) {
    return WebSteps.select(b, "absences:type", type);
  }

  /** Enters the request's first and last day as if typed. */
  public void enterPeriod(String from, String to) {
    WebSteps.value(b, "absences:from_input", from);
    WebSteps.value(b, "absences:to_input", to);
  }

  public void submitRequest() {
    b.click(SUBMIT_REQUEST);
  }
}
