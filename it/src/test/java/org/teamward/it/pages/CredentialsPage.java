package org.teamward.it.pages;

import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.WebSteps;

/** The credentials inventory (admin/credentials.xhtml). */
public final class CredentialsPage {

  public static final String PATH = "/admin/credentials.xhtml";

  public static final String LIST = "//*[@id='credentials:list']";

  private final Browser b;

  public CredentialsPage(Browser b) {
    this.b = b;
  }

  public static CredentialsPage open(Browser b) {
    b.open(PATH);
    return new CredentialsPage(b);
  }

  public Control rowAction(String text, String action) {
    return WebSteps.row(b, LIST, text, action);
  }
}
