package org.teamward.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.accounts.UserGroupDraft;

/**
 * The dialog for a group's name, description and scope on the groups page. View scoped because it
 * keeps the group as read, with its version, until it is saved.
 */
@Named
@ViewScoped
public class GroupRenameDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DepartmentChoices departments;

  private GroupsPage.Column renaming;
  private String name;
  private String description;
  private UserGroup.Scope scope;
  private List<String> chosenDepartments;
  private List<String> departmentChoices;

  /** Opens the dialog for a group, with its name, description and scope as read. */
  void open(GroupsPage.Column column) {
    renaming = column;
    name = column.name();
    description = column.description();
    scope = column.scope();
    chosenDepartments = new ArrayList<>(column.departments());
  }

  void close() {
    renaming = null;
  }

  /** The group as read when the dialog opened, or null when it is closed. */
  GroupsPage.Column column() {
    return renaming;
  }

  /** Name, description and scope as entered; the permissions stay as they were read. */
  UserGroupDraft draft() {
    return new UserGroupDraft(
        name,
        description,
        renaming.original(),
        scope,
        chosenDepartments == null ? Set.of() : new TreeSet<>(chosenDepartments));
  }

  public List<UserGroup.Scope> getScopes() {
    return Arrays.asList(UserGroup.Scope.values());
  }

  /** The departments to choose from, read once per view. */
  public List<String> getDepartmentChoices() {
    if (departmentChoices == null) {
      departmentChoices = departments.names();
    }
    return departmentChoices;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public UserGroup.Scope getScope() {
    return scope;
  }

  public void setScope(UserGroup.Scope scope) {
    this.scope = scope;
  }

  public List<String> getChosenDepartments() {
    return chosenDepartments;
  }

  public void setChosenDepartments(List<String> chosenDepartments) {
    this.chosenDepartments = chosenDepartments;
  }
}
