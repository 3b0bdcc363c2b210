package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.WebSteps;

/**
 * What the pages whose table is searched by a text have in common (employees, projects, users): the
 * form's search field and filter button, and the rows of its list ({@code form:list}).
 */
abstract class SearchableList {

  protected final Browser b;
  protected final String form;
  private final String list;
  private final By search;
  private final By filter;

  SearchableList(Browser b, String form) {
    this.b = b;
    this.form = form;
    this.list = "//*[@id='" + form + ":list']";
    this.search = By.id(form + ":search");
    this.filter = By.id(form + ":filter");
  }

  public boolean refused() {
    return WebSteps.refused(b);
  }

  /** Types the search text and filters, without waiting for the answer. */
  public void filter(String text) {
    b.type(search, text);
    b.click(filter);
  }

  /** Searches for {@code text} and waits for the one row holding it (or none). */
  public void search(String text) {
    filter(text);
    WebSteps.waitForRows(b, list, text);
  }

  /** The action of the row holding {@code text}, or why there is none. */
  public Control rowAction(String text, String action) {
    return WebSteps.row(b, list, text, action);
  }
}
