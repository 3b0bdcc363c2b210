package org.teamward.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.teamward.access.accounts.SsoMode;
import org.teamward.access.accounts.UserChange;
import org.teamward.access.accounts.UserFilter;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.accounts.UserGroups;
import org.teamward.access.accounts.UserPolicy;
import org.teamward.access.management.TwoFactor;
import org.teamward.access.management.UserRow;
import org.teamward.access.management.Users;
import org.teamward.access.rights.Caller;
import org.teamward.paging.PageRequest;
import org.teamward.web.Failures;
import org.teamward.web.FormFields;
import org.teamward.web.Messages;
import org.teamward.web.PagedModel;

/**
 * User accounts: the list, (de)activating, resetting the second factor and changing name, group
 * membership and sign-in mode. A new account is made in {@link NewUserDialog}; the rule for who
 * needs a second factor is {@link TwoFactorRulePanel}.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The membership dialog's inputs, by the use case's field names. */
  static final FormFields EDIT_FORM =
      FormFields.of("editForm").field("name", "users:editName", "users.name");

  @Inject Users users;
  @Inject TwoFactor twoFactor;
  @Inject UserGroups userGroups;
  @Inject UserPolicy policy;
  @Inject Caller caller;
  @Inject Failures failures;
  @Inject Messages messages;

  private String text;
  private Boolean activeFilter;
  private transient PagedModel<UserRow> model;
  private transient List<UserGroup> assignable;

  // the membership dialog
  private Long editId;
  private Long editVersion;
  private String editName;
  private List<Long> editGroupIds = new ArrayList<>();
  private SsoMode editSso;

  public PagedModel<UserRow> getModel() {
    if (model == null) {
      model =
          new PagedModel<>(
              (offset, limit) ->
                  failures.attempt(
                      () ->
                          users.list(
                              new UserFilter(text, activeFilter), new PageRequest(offset, limit))),
              UserRow::id);
    }
    return model;
  }

  public boolean isCanManage() {
    return policy.canManage(caller.grant()).allowed();
  }

  /**
   * The groups the caller may put someone into: only those whose rights the caller holds, as {@link
   * UserPolicy} decides. Read once per view.
   */
  public List<UserGroup> getGroups() {
    if (assignable == null) {
      List<UserGroup> groups =
          failures.attempt(() -> userGroups.list(PageRequest.first(PageRequest.MAX_LIMIT)).items());
      assignable =
          groups == null
              ? List.of()
              : groups.stream()
                  .filter(g -> policy.canAssignGroups(caller.grant(), g.getPermissions()).allowed())
                  .toList();
    }
    return assignable;
  }

  public String groupNames(UserRow user) {
    return String.join(", ", user.groupNames());
  }

  /** A confirmation that names the person it acts on: {@code key} with their name and e-mail. */
  public String confirmText(String key, UserRow user) {
    return messages.text(key, user.displayName(), user.email());
  }

  /** The row actions, each for the row the request names, at the version it shows. */
  public void editRow() {
    getModel().requested(messages).ifPresent(this::edit);
  }

  public void resetTwoFactorRow() {
    getModel().requested(messages).ifPresent(u -> resetTwoFactor(u.id()));
  }

  public void activeRow(boolean active) {
    getModel().requested(messages).ifPresent(u -> setActive(u.id(), u.version(), active));
  }

  public void edit(UserRow user) {
    editId = user.id();
    editVersion = user.version();
    editName = user.displayName();
    editGroupIds = new ArrayList<>(user.groups());
    editSso = user.ssoMode();
  }

  public void saveMembership() {
    if (editId == null) {
      return;
    }
    UserChange change = new UserChange(editName, new LinkedHashSet<>(editGroupIds), null, editSso);
    if (failures.attempt(() -> users.update(editId, editVersion, change), EDIT_FORM) != null) {
      messages.info("users.saved");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }
  }

  /** For someone who lost their app and their recovery codes; they set it up again afterwards. */
  public void resetTwoFactor(long id) {
    if (failures.attempt(() -> twoFactor.reset(id)) != null) {
      messages.info("users.twoFactorReset");
    }
  }

  public void setActive(long id, long version, boolean active) {
    if (failures.attempt(() -> users.update(id, version, new UserChange(null, null, active)))
        != null) {
      messages.info(active ? "users.activated" : "users.deactivated");
    }
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Boolean getActiveFilter() {
    return activeFilter;
  }

  public void setActiveFilter(Boolean activeFilter) {
    this.activeFilter = activeFilter;
  }

  public String getEditName() {
    return editName;
  }

  public void setEditName(String editName) {
    this.editName = editName;
  }

  /** The sign-in modes, for the edit dialog's choice. */
  public SsoMode[] getSsoModes() {
    return SsoMode.values();
  }

  public SsoMode getEditSso() {
    return editSso;
  }

  public void setEditSso(SsoMode editSso) {
    this.editSso = editSso;
  }

  public List<Long> getEditGroupIds() {
    return editGroupIds;
  }

  public void setEditGroupIds(List<Long> editGroupIds) {
    this.editGroupIds = editGroupIds == null ? new ArrayList<>() : new ArrayList<>(editGroupIds);
  }
}
