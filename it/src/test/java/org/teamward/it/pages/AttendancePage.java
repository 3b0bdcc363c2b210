package org.teamward.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.WebSteps;

/** Attendance (attendance/attendance.xhtml): the clocking panel, the filter, the list. */
public final class AttendancePage {

  public static final String PATH = "/attendance/attendance.xhtml";

  public static final String LIST = "//*[@id='attendance:list']";

  private static final By CLOCK_EMPLOYEE = By.id("attendance:clockEmployee_input");
  private static final By EMPLOYEE_FILTER = By.id("attendance:employeeFilter_input");
  private static final By FILTER = By.id("attendance:filter");
  private static final By CATEGORY = By.id("attendance:category");

  private final Browser b;

  public AttendancePage(Browser b) {
    this.b = b;
  }

  public static AttendancePage open(Browser b) {
    b.open(PATH);
    return new AttendancePage(b);
  }

  /** Opens the page: its clocking panel's employee picker, or why it is not offered. */
  public static Control clockingPanel(Browser b) {
    return WebSteps.page(b, PATH, CLOCK_EMPLOYEE);
  }

  public boolean refused() {
    return WebSteps.refused(b);
  }

  /** Chooses the employee to clock in the panel. */
  public boolean pickEmployeeToClock(long employeeId) {
    return WebSteps.pick(b, "attendance:clockEmployee", employeeId);
  }

  /** Clicks a clocking button of the panel: clockIn, clockBreakStart, clockBreakEnd, clockOut. */
  public void clock(String button) {
    b.click(By.id("attendance:" + button));
  }

  /**
   * Narrows the list to the employee where the page offers the employee filter, and waits for the
   * row holding {@code name}; false when it does not offer it.
   */
  public boolean filterByEmployee(long employeeId, String name) {
    if (!b.present(EMPLOYEE_FILTER) || !WebSteps.pick(b, "attendance:employeeFilter", employeeId)) {
      return false;
    }
    b.click(FILTER);
    WebSteps.waitForRows(b, LIST, name);
    return true;
  }

  public Control rowAction(String text, String action) {
    return WebSteps.row(b, LIST, text, action);
  }

  /** Waits for the correction dialog and chooses the category; false when it is not offered. */
  public boolean chooseCategory(String category) {
    b.visible(CATEGORY);
    return WebSteps.select(b, "attendance:category", category);
  }

  /** Saves the correction. */
  public void saveCorrection() {
    // The dialog focuses the check-in picker, whose pop-up covers the Save button.
    ((JavascriptExecutor) b.driver)
        .executeScript("document.getElementById('attendance:save').click();");
  }

  private static final By TABLE = By.id("attendance:list");
  private static final By FIRST_CORRECT =
      By.xpath("(//button[substring(@id, string-length(@id) - 7) = ':correct'])[1]");
  private static final By CORRECTION_DIALOG = By.id("attendance:correctionDialog");
  private static final By CHECK_IN = By.id("attendance:checkIn_input");
  private static final By CHECK_OUT = By.id("attendance:checkOut_input");

  /** The list's rows, once the list is shown. */
  public List<WebElement> rows() {
    return b.visible(TABLE).findElements(By.cssSelector("tbody > tr"));
  }

  /** Opens the correction dialog of the first row and waits for it. */
  public void correctFirstRecord() {
    b.click(FIRST_CORRECT);
    b.visible(CORRECTION_DIALOG);
  }

  /** Clicks into the correction dialog's check-in field, as to type. */
  public void clickCheckIn() {
    b.click(CHECK_IN);
  }

  /** Clicks into the correction dialog's check-out field, as to type. */
  public void clickCheckOut() {
    b.click(CHECK_OUT);
  }

  /** Whether the correction dialog's Save button is on top at its own middle. */
  public Object saveOnTop() {
    return ((JavascriptExecutor) b.driver)
        .executeScript(
            "var b = document.getElementById('attendance:save').getBoundingClientRect();"
                + " var e = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);"
                + " return !!e && !!e.closest('[id=\\'attendance:save\\']');");
  }
}
