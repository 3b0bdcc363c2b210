package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.WebSteps;

/** Projects (projects/projects.xhtml): the search, the list and the project form. */
public final class ProjectsPage extends FormPage {

  public static final String PATH = "/projects/projects.xhtml";

  private static final By CREATE = By.id("projects:create");
  private static final By CODE = By.id("projects:code");
  private static final By NAME = By.id("projects:name");

  public ProjectsPage(Browser b) {
    super(b, "projects");
  }

  public static ProjectsPage open(Browser b) {
    b.open(PATH);
    return new ProjectsPage(b);
  }

  /** Opens the page: its create button, or why it is not offered. */
  public static Control createButton(Browser b) {
    return WebSteps.page(b, PATH, CREATE);
  }

  /** Fills in a new project once the form shows. */
  public void fillNew(String code, String name) {
    b.visible(CODE);
    b.type(CODE, code);
    b.type(NAME, name);
  }

  /** Changes the name once the form shows. */
  public void rename(String name) {
    b.visible(NAME);
    b.type(NAME, name);
  }
}
