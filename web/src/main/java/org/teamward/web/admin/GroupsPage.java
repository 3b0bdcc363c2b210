package org.teamward.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.primefaces.PrimeFaces;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.accounts.UserGroupDraft;
import org.teamward.access.accounts.UserGroupPolicy;
import org.teamward.access.accounts.UserGroups;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Permission;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.web.Failures;
import org.teamward.web.FormFields;
import org.teamward.web.Messages;

/**
 * User groups as a permission matrix: a row per permission, grouped by area, a column per group.
 * One Save writes every changed group with the version it was read at, so a group someone else
 * changed meanwhile is refused as stale and the others still save. A group's name, description and
 * scope are edited in {@link GroupRenameDialog}.
 */
@Named
@ViewScoped
public class GroupsPage implements Serializable {

  /** The new group's inputs; the page's one message list shows what they refuse. */
  private static final FormFields CREATE_FORM =
      FormFields.of("groups")
          .field("name", "groups:name", "groups.name")
          .field("description", "groups:description", "groups.description");

  private static final FormFields RENAME_FORM =
      FormFields.of("groups")
          .field("name", "groups:renameName", "groups.name")
          .field("description", "groups:renameDescription", "groups.description")
          .field("departments", "groups:renameDepartments", "groups.departments");

  private static final long serialVersionUID = 1L;

  @Inject UserGroups userGroups;
  @Inject UserGroupPolicy policy;
  @Inject Caller caller;
  @Inject Failures failures;
  @Inject Messages messages;
  @Inject GroupRenameDialog renameDialog;

  /**
   * A group as read, with the permissions and the scope it had then, and whether the policy let the
   * caller delete it then.
   */
  public record Column(
      long id,
      long version,
      String name,
      String description,
      Set<Permission> original,
      UserGroup.Scope scope,
      Set<String> departments,
      boolean deletable)
      implements Serializable {

    public String departmentList() {
      return String.join(", ", departments);
    }

    UserGroupDraft draft(Set<Permission> permissions) {
      return new UserGroupDraft(name, description, permissions, scope, departments);
    }
  }

  private List<Column> columns;
  private final Map<Long, Map<Permission, Boolean>> cells = new HashMap<>();

  /**
   * The matrix shows only the groups whose name contains this text: with many groups it grows a
   * column per group. The other columns keep their unsaved ticks, and Save saves them too.
   */
  private String shown;

  /**
   * The text typed into the find field. It becomes {@link #shown} only in {@link #show()}, after
   * the matrix's ticks have been taken into the model: the matrix's rows are matched to its
   * checkboxes by position, so the columns must stay those of the page that was posted until then.
   */
  private String find;

  private String newName;
  private String newDescription;

  /** The groups the matrix shows: those whose name contains {@link #shown}, in any case. */
  public List<Column> getColumns() {
    String text = shown == null ? "" : shown.strip().toLowerCase(Locale.ROOT);
    return text.isEmpty()
        ? allColumns()
        : allColumns().stream()
            .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(text))
            .toList();
  }

  private List<Column> allColumns() {
    if (columns == null) {
      load();
    }
    return columns;
  }

  private void load() {
    columns = new ArrayList<>();
    cells.clear();
    Page<UserGroup> groups =
        failures.attempt(() -> userGroups.list(PageRequest.first(PageRequest.MAX_LIMIT)));
    if (groups == null) {
      return;
    }
    for (UserGroup g : groups.items()) {
      Set<Permission> held = EnumSet.noneOf(Permission.class);
      held.addAll(g.getPermissions());
      boolean deletable = policy.canDelete(caller.grant(), g).allowed();
      columns.add(
          new Column(
              g.getId(),
              g.getVersion(),
              g.getName(),
              g.getDescription(),
              held,
              g.getScope(),
              new TreeSet<>(g.getDepartments()),
              deletable));
      Map<Permission, Boolean> row = new EnumMap<>(Permission.class);
      for (Permission p : Permission.values()) {
        row.put(p, held.contains(p));
      }
      cells.put(g.getId(), row);
    }
  }

  /** The checkboxes: group id, then permission. */
  public Map<Long, Map<Permission, Boolean>> getCells() {
    allColumns();
    return cells;
  }

  public List<Permission.Area> getAreas() {
    return Arrays.asList(Permission.Area.values());
  }

  public List<Permission> permissionsOf(Permission.Area area) {
    return Arrays.stream(Permission.values()).filter(p -> p.area() == area).toList();
  }

  public boolean isCanManage() {
    return policy.canManage(caller.grant()).allowed();
  }

  /**
   * Whether the caller may switch the permission on or off, as {@link UserGroupPolicy} decides: the
   * other checkboxes are read-only here (the domain refuses such a change regardless).
   */
  public boolean canChange(Permission permission) {
    return policy.canChangePermission(caller.grant(), permission).allowed();
  }

  public void save() {
    int saved = 0;
    for (Column column : allColumns()) {
      Set<Permission> wanted = EnumSet.noneOf(Permission.class);
      cells
          .get(column.id())
          .forEach(
              (p, on) -> {
                if (Boolean.TRUE.equals(on)) {
                  wanted.add(p);
                }
              });
      if (!wanted.equals(column.original())) {
        UserGroupDraft draft = column.draft(wanted);
        if (failures.attempt(() -> userGroups.update(column.id(), column.version(), draft))
            != null) {
          saved++;
        }
      }
    }
    if (saved > 0) {
      messages.info("groups.saved", saved);
    }
    columns = null;
  }

  public void create() {
    UserGroupDraft draft =
        new UserGroupDraft(newName, newDescription, EnumSet.noneOf(Permission.class));
    if (failures.attempt(() -> userGroups.create(draft), CREATE_FORM) != null) {
      messages.info("groups.created");
      newName = null;
      newDescription = null;
      columns = null;
    }
  }

  public void delete(long id, long version) {
    if (failures.attempt(() -> userGroups.delete(id, version))) {
      messages.info("groups.deleted");
    }
    columns = null;
  }

  public void reload() {
    columns = null;
  }

  /** Opens the edit dialog for a group, with its name, description and scope as read. */
  public void startRename(Column column) {
    renameDialog.open(column);
  }

  /**
   * Saves name, description and scope with the version the group was read at; its permissions stay
   * as they were.
   */
  public void rename() {
    Column column = renameDialog.column();
    if (column == null) {
      return;
    }
    UserGroupDraft draft = renameDialog.draft();
    if (failures.attempt(() -> userGroups.update(column.id(), column.version(), draft), RENAME_FORM)
        != null) {
      messages.info("groups.renamed");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      renameDialog.close();
    }
    columns = null;
  }

  /** Narrows the matrix to the groups whose name contains the text typed into the find field. */
  public void show() {
    shown = find;
  }

  public String getFind() {
    return find == null ? shown : find;
  }

  public void setFind(String find) {
    this.find = find;
  }

  public String getShown() {
    return shown;
  }

  /** The text the matrix opens narrowed to (the page's ?find= parameter). */
  public void setShown(String shown) {
    this.shown = shown;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewDescription() {
    return newDescription;
  }

  public void setNewDescription(String newDescription) {
    this.newDescription = newDescription;
  }
}
