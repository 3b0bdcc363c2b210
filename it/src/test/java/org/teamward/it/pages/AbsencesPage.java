package org.teamward.it.pages;

import org.openqa.selenium.By;
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
    WebSteps.select(b, "absences:type", type);
    WebSteps.value(b, "absences:from_input", from);
    WebSteps.value(b, "absences:to_input", to);
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
}
