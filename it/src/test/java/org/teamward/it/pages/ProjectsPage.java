package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.WebSteps;

/** Projects (projects/projects.xhtml): the search, the list and the project form. */
public final class ProjectsPage implements FormPage {

  public static final String PATH = "/projects/projects.xhtml";

  public static final String LIST = "//*[@id='projects:list']";

  private static final By CREATE = By.id("projects:create");
  private static final By SEARCH = By.id("projects:search");
  private static final By FILTER = By.id("projects:filter");
  private static final By CODE = By.id("projects:code");
  private static final By NAME = By.id("projects:name");
  private static final By SAVE = By.id("projects:save");

  private final Browser b;

  public ProjectsPage(Browser b) {
    this.b = b;
  }

  public static ProjectsPage open(Browser b) {
    b.open(PATH);
    return new ProjectsPage(b);
  }

  /** Opens the page: its create button, or why it is not offered. */
  public static Control createButton(Browser b) {
    return WebSteps.page(b, PATH, CREATE);
  }

  public boolean refused() {
    return WebSteps.refused(b);
  }

  /** Searches for {@code text} and waits for the one row holding it (or none). */
  public void search(String text) {
    b.type(SEARCH, text);
    b.click(FILTER);
    WebSteps.waitForRows(b, LIST, text);
  }

  public Control rowAction(String text, String action) {
    return WebSteps.row(b, LIST, text, action);
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

  @Override
  public void save() {
    b.click(SAVE);
  }

  @Override
  public void startNew() {
    b.click(CREATE);
  }

  @Override
  public void waitForSave() {
    b.visible(SAVE);
  }

  @Override
  public String fieldMessage(String field) {
    return new Frame(b).fieldMessage("projects:" + field);
  }

  @Override
  public String dialogMessages() {
    return b.visible(By.id("projects:dialogMessages")).getText();
  }
}
