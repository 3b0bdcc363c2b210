package org.teamward.it.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.Operation.Outcome;
import org.teamward.it.support.WebSteps;

/** User groups (admin/groups.xhtml): the new group's name, and the permission matrix. */
public final class GroupsPage {

  public static final String PATH = "/admin/groups.xhtml";

  private static final By NAME = By.id("groups:name");
  private static final By FIND = By.id("groups:find");
  private static final By SHOW = By.id("groups:show");
  private static final By CREATE = By.id("groups:create");
  private static final By SAVE = By.id("groups:save");
  private static final By RENAME_NAME = By.id("groups:renameName");
  private static final By SAVE_RENAME = By.id("groups:saveRename");

  private final Browser b;

  public GroupsPage(Browser b) {
    this.b = b;
  }

  public static GroupsPage open(Browser b) {
    b.open(PATH);
    return new GroupsPage(b);
  }

  /** Opens the page: the new group's name field, or why it is not offered. */
  public static Control newGroupName(Browser b) {
    return WebSteps.page(b, PATH, NAME);
  }

  /**
   * Opens the page narrowed to the groups whose name contains {@code group}, as a link to one group
   * does (?find=), so that the matrix does not render every group of the installation.
   */
  public static GroupsPage open(Browser b, String group) {
    b.open(narrowedTo(group));
    return new GroupsPage(b);
  }

  /** Opens the page narrowed to the group: the matrix's save button, or why it is not offered. */
  public static Control saveButton(Browser b, String group) {
    return WebSteps.page(b, narrowedTo(group), SAVE);
  }

  private static String narrowedTo(String group) {
    return PATH + "?find=" + URLEncoder.encode(group, StandardCharsets.UTF_8);
  }

  public boolean refused() {
    return WebSteps.refused(b);
  }

  /** Creates a group of that name. */
  public void createGroup(String name) {
    b.type(NAME, name);
    b.click(CREATE);
  }

  /** The group's column head in the permission matrix. */
  private static String head(String group) {
    return "//*[@id='matrixTable']/thead//th[contains(., '" + group + "')]";
  }

  /** The button of the group's column head whose id ends in {@code :action}. */
  private static By headButton(String group, String action) {
    return By.xpath(
        head(group)
            + "//button[substring(@id, string-length(@id) - "
            + action.length()
            + ") = ':"
            + action
            + "']");
  }

  /**
   * Shows only the groups whose name contains the group's name, as someone looking for one group
   * among many does, and waits until the matrix shows no other column.
   */
  public void showOnly(String group) {
    if (group.equals(b.visible(FIND).getDomProperty("value"))) {
      return;
    }
    b.type(FIND, group);
    b.click(SHOW);
    b.until(
        d ->
            d.findElements(
                    By.xpath(
                        "//*[@id='matrixTable']/thead/tr/th[position() > 1][not(contains(., '"
                            + group
                            + "'))]"))
                .isEmpty());
    b.settle();
  }

  /** Whether the matrix shows the group's column. */
  public boolean showsGroup(String group) {
    return b.present(By.xpath(head(group)));
  }

  /** Saves the matrix. */
  public void save() {
    b.click(SAVE);
  }

  /** The delete button in the group's column head, or REFUSED when it shows none. */
  public Control deleteButton(String group) {
    showOnly(group);
    By delete = headButton(group, "deleteGroup");
    return b.present(delete) ? Control.at(delete) : Control.absent(Outcome.REFUSED);
  }

  /** The rename button in the group's column head, or REFUSED when it shows none. */
  public Control renameButton(String group) {
    showOnly(group);
    By rename = headButton(group, "renameGroup");
    return b.present(rename) ? Control.at(rename) : Control.absent(Outcome.REFUSED);
  }

  /** Gives the group a new name in the rename dialog, once it shows, and saves it. */
  public void renameTo(String name) {
    b.visible(RENAME_NAME);
    b.type(RENAME_NAME, name);
    saveRename();
  }

  /**
   * Switches the group's checkbox for the permission in the matrix: NOT_FOUND without such a
   * column, REFUSED where the checkbox is disabled.
   */
  public Outcome tick(String group, String permission) {
    showOnly(group);
    Object answer =
        ((JavascriptExecutor) b.driver)
            .executeScript(
                "var cells = document.querySelectorAll('#matrixTable [title]');"
                    + "for (var i = 0; i < cells.length; i++) {"
                    + "  var t = cells[i].getAttribute('title');"
                    + "  if (t.indexOf(arguments[0] + ' ') === 0"
                    + "      && t.slice(-arguments[1].length - 1) === ' ' + arguments[1]) {"
                    + "    var box = cells[i].tagName === 'INPUT' ? cells[i]"
                    + "        : cells[i].querySelector('input[type=checkbox]');"
                    + "    if (!box || box.disabled) { return 'REFUSED'; }"
                    + "    box.checked = !box.checked; return 'ALLOWED';"
                    + "  }"
                    + "}"
                    + "return 'NOT_FOUND';",
                group,
                permission);
    return Outcome.valueOf(String.valueOf(answer));
  }

  private static final By MATRIX = By.id("matrixTable");
  private static final By MATRIX_STOP = By.cssSelector("#matrixTable [tabindex='0']");
  private static final By ERRORS = By.cssSelector("[id='groups:messages'] .ui-messages-error");

  /** Clicks create, with whatever name is typed. */
  public void submitNewGroup() {
    b.click(CREATE);
  }

  /** The page's error messages, once they are shown. */
  public String errors() {
    return b.visible(ERRORS).getText();
  }

  /** Waits until the permission matrix is shown. */
  public void waitForMatrix() {
    b.visible(MATRIX);
  }

  /** The group's checkbox for the permission, once the matrix is shown. */
  public WebElement permissionBox(String group, String permission) {
    By cell =
        By.xpath(
            "//*[@id='matrixTable']//tr[td[@title='"
                + permission
                + "']]"
                + "//input[starts-with(@aria-label, '"
                + group
                + ": ')]");
    return b.visible(MATRIX).findElement(cell);
  }

  /** Moves the focus with Tab alone into the matrix, which is one stop. */
  public WebElement tabToMatrix(int maxTabs) {
    return b.tabTo(MATRIX_STOP, maxTabs);
  }

  /** Opens the group's rename dialog from its column head and waits for it. */
  public void openRename(String group) {
    b.click(headButton(group, "renameGroup"));
    b.visible(RENAME_NAME);
  }

  /** Saves the rename dialog. */
  public void saveRename() {
    b.click(SAVE_RENAME);
  }
}
