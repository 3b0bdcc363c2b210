package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;

/**
 * A searched list whose records are created and edited in a dialog form (projects, employees): the
 * form's create and save buttons, and its messages.
 */
public abstract class FormPage extends SearchableList {

  FormPage(Browser b, String form) {
    super(b, form);
  }

  /** Clicks the page's create button. */
  public void startNew() {
    b.click(By.id(form + ":create"));
  }

  /** Waits until the dialog's Save button is shown. */
  public void waitForSave() {
    b.visible(By.id(form + ":save"));
  }

  public void save() {
    b.click(By.id(form + ":save"));
  }

  /** The message next to the dialog's field, once it is shown. */
  public String fieldMessage(String field) {
    return new Frame(b).fieldMessage(form + ":" + field);
  }

  /** The summary at the dialog's top, once it is shown. */
  public String dialogMessages() {
    return b.visible(By.id(form + ":dialogMessages")).getText();
  }

  /** The page object of the form of that name: "projects" or "employees". */
  public static FormPage of(Browser b, String form) {
    return switch (form) {
      case "projects" -> new ProjectsPage(b);
      case "employees" -> new EmployeesPage(b);
      default -> throw new IllegalArgumentException(form);
    };
  }
}
