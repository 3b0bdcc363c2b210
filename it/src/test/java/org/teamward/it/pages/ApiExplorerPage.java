package org.teamward.it.pages;

import org.openqa.selenium.By;
import org.teamward.it.support.Browser;

/** The API explorer (api-explorer/, a plain page beside the Faces ones). */
public final class ApiExplorerPage {

  public static final String PATH = "/api-explorer/";

  private static final By INFO = By.cssSelector(".swagger-ui .info");

  private ApiExplorerPage() {}

  /** Opens it and waits until it shows the API's description. */
  public static void open(Browser b) {
    b.open(PATH);
    b.visible(INFO);
  }
}
