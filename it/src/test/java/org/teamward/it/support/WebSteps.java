package org.teamward.it.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.teamward.it.support.Operation.Outcome;

/**
 * Browser steps shared by the catalogue's entries: open a page, find a record's row and its action,
 * choose in PrimeFaces menus, and read what the page said about a refused or missing record.
 */
public final class WebSteps {

  /** The page a refused address shows (error.forbidden). */
  public static final String REFUSED_PAGE = "You do not have the permission for this page.";

  /** How the web says "403" and "404" after an action (failure.forbidden, failure.notFound). */
  static final String NOT_ALLOWED = "Not allowed: ";

  static final String NOT_FOUND = "Not found: the record does not exist, or you may not see it.";

  private WebSteps() {}

  /** Opens the page: the control, or REFUSED when the page is refused or does not render it. */
  public static Control page(Browser b, String path, By control) {
    b.open(path);
    if (refused(b) || !b.present(control)) {
      return Control.absent(Outcome.REFUSED);
    }
    return Control.at(control);
  }

  public static boolean refused(Browser b) {
    return b.text().contains(REFUSED_PAGE);
  }

  /**
   * Waits until a filtered table shows its answer: exactly the one row holding {@code text}, or no
   * row at all (the record is hidden). A filter only narrows, so neither state can be the table
   * from before the filter unless that already was the answer.
   */
  public static void waitForRows(Browser b, String table, String text) {
    b.until(
        d -> {
          List<WebElement> rows = d.findElements(By.xpath(table + "//table/tbody/tr"));
          return rows.size() == 1
              && (rows.get(0).getText().contains(text)
                  || String.valueOf(rows.get(0).getAttribute("class"))
                      .contains("ui-datatable-empty-message"));
        });
  }

  /**
   * The row action of the row holding {@code text}: NOT_FOUND when no row holds it, REFUSED when
   * the row shows no such action.
   */
  public static Control row(Browser b, String table, String text, String action) {
    b.settle();
    String row = table + "//tbody/tr[contains(., '" + text + "')]";
    if (!b.present(By.xpath(row))) {
      return Control.absent(Outcome.NOT_FOUND);
    }
    By button =
        By.xpath(
            "("
                + row
                + "//button[substring(@id, string-length(@id) - "
                + action.length()
                + ") = ':"
                + action
                + "'])[1]");
    return b.present(button) ? Control.at(button) : Control.absent(Outcome.REFUSED);
  }

  /**
   * What the page's messages said about a refused or missing record, or null when they said
   * neither.
   */
  public static Outcome shownFailure(Browser b) {
    String text = b.text();
    if (text.contains(NOT_FOUND)) {
      return Outcome.NOT_FOUND;
    }
    if (text.contains(NOT_ALLOWED) || text.contains(REFUSED_PAGE)) {
      return Outcome.REFUSED;
    }
    return null;
  }

  /**
   * Chooses in a PrimeFaces select menu through the select element it submits; false when the menu
   * is not there or does not offer the value.
   */
  public static boolean select(Browser b, String menuId, String value) {
    b.settle();
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) b.driver)
            .executeScript(
                "var s = document.getElementById(arguments[0]);"
                    + "if (!s) { return false; }"
                    + "s.value = arguments[1]; s.dispatchEvent(new Event('change'));"
                    + "return s.value === arguments[1];",
                menuId + "_input",
                value));
  }

  /**
   * Chooses an employee in an employee picker (a PrimeFaces AutoComplete) as a person does: types
   * the employee's personnel number, waits for the suggestions, and picks the employee's. False
   * when the picker is not there or does not suggest them, as a menu that did not offer them.
   */
  public static boolean pick(Browser b, String pickerId, long employeeId) {
    return pick(b, pickerId, personnelNumber(employeeId), String.valueOf(employeeId));
  }

  /**
   * Types {@code query} into the picker {@code pickerId}, waits for its suggestions and chooses the
   * one whose value is {@code value}; false when the picker is not there or does not suggest it.
   */
  public static boolean pick(Browser b, String pickerId, String query, String value) {
    b.settle();
    By input = By.id(pickerId + "_input");
    if (!b.present(input)) {
      return false;
    }
    for (WebElement item : suggest(b, pickerId, query)) {
      if (value.equals(item.getAttribute("data-item-value"))) {
        b.click(By.id(item.getAttribute("id")));
        return true;
      }
    }
    return false;
  }

  /**
   * Types {@code query} into the picker and answers its suggestions for that text once they are
   * shown: none when it says that no one matches. The picker asks after a pause in the typing, and
   * shows the answer to the last question only.
   */
  public static List<WebElement> suggest(Browser b, String pickerId, String query) {
    b.type(By.id(pickerId + "_input"), query);
    b.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var w = PrimeFaces.getWidgetById(arguments[0]);"
                            + "return !!w && !w.timeout && !w.querying"
                            + " && w.panel.is(':visible') && PrimeFaces.ajax.Queue.isEmpty();",
                        pickerId)));
    return b.driver
        .findElement(By.id(pickerId + "_panel"))
        .findElements(By.cssSelector("li[data-item-value]"));
  }

  /** An employee's personnel number, as the administrator reads it. */
  static String personnelNumber(long employeeId) {
    return Api.admin()
        .bearer()
        .get("/api/employees/" + employeeId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("personnelNumber");
  }

  /** Sets a date picker's text as if typed, without the pop-up. */
  public static void value(Browser b, String inputId, String value) {
    ((JavascriptExecutor) b.driver)
        .executeScript(
            "document.getElementById(arguments[0]).value = arguments[1];", inputId, value);
  }
}
