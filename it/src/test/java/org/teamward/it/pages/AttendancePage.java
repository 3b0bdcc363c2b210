package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
}
