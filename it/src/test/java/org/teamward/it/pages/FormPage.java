package org.teamward.it.pages;

import org.teamward.it.support.Browser;

/** A page whose records are created in a dialog form: projects, employees. */
public interface FormPage {

  /** Clicks the page's create button. */
  void startNew();

  /** Waits until the dialog's Save button is shown. */
  void waitForSave();

  void save();

  /** The message next to the dialog's field, once it is shown. */
  String fieldMessage(String field);

  /** The summary at the dialog's top, once it is shown. */
  String dialogMessages();

  /** The page object of the form of that name: "projects" or "employees". */
  static FormPage of(Browser b, String form) {
    return switch (form) {
      case "projects" -> new ProjectsPage(b);
      case "employees" -> new EmployeesPage(b);
      default -> throw new IllegalArgumentException(form);
    };
  }
}
