package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.WebSteps;

/** Employees (employees/employees.xhtml): the search, the list and the employee form. */
public final class EmployeesPage extends FormPage {

  public static final String PATH = "/employees/employees.xhtml";

  private static final By CREATE = By.id("employees:create");
  private static final By PERSONNEL_NUMBER = By.id("employees:personnelNumber");
  private static final By FIRST_NAME = By.id("employees:firstName");
  private static final By LAST_NAME = By.id("employees:lastName");

  public EmployeesPage(Browser b) {
    super(b, "employees");
  }

  public static EmployeesPage open(Browser b) {
    b.open(PATH);
    return new EmployeesPage(b);
  }

  /** Opens the page: its create button, or why it is not offered. */
  public static Control createButton(Browser b) {
    return WebSteps.page(b, PATH, CREATE);
  }

  /** Fills in a new employee once the form shows; the time zone is chosen in its picker. */
  public void fillNew(String personnelNumber, String firstName, String lastName, String zone) {
    b.visible(PERSONNEL_NUMBER);
    b.type(PERSONNEL_NUMBER, personnelNumber);
    b.type(FIRST_NAME, firstName);
    b.type(LAST_NAME, lastName);
    WebSteps.pick(b, "employees:timeZone", zone, zone);
  }

  /** Changes the first name once the form shows. */
  public void rename(String firstName) {
    b.visible(FIRST_NAME);
    b.type(FIRST_NAME, firstName);
  }

  /** Fills in a new employee with an e-mail address once the form shows. */
  public void fillNew(
      String personnelNumber, String firstName, String lastName, String email, String zone) {
    b.visible(PERSONNEL_NUMBER);
    b.type(PERSONNEL_NUMBER, personnelNumber);
    b.type(FIRST_NAME, firstName);
    b.type(LAST_NAME, lastName);
    b.type(By.id("employees:email"), email);
    WebSteps.pick(b, "employees:timeZone", zone, zone);
  }

  /** Whether the employee dialog is shown, once it is. */
  public boolean dialogShown() {
    return b.visible(By.id("employees:employeeDialog")).isDisplayed();
  }
}
