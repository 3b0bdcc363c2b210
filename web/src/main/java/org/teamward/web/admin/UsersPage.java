package org.teamward.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.teamward.access.accounts.CreatedUser;
import org.teamward.access.accounts.NewUser;
import org.teamward.access.accounts.SsoMode;
import org.teamward.access.accounts.TwoFactorRule;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserChange;
import org.teamward.access.accounts.UserFilter;
import org.teamward.access.accounts.UserGroup;
import org.teamward.access.accounts.UserGroups;
import org.teamward.access.accounts.UserPolicy;
import org.teamward.access.management.TwoFactor;
import org.teamward.access.management.Users;
import org.teamward.access.rights.Caller;
import org.teamward.paging.PageRequest;
import org.teamward.web.EmployeeChoices;
import org.teamward.web.EmployeePick;
import org.teamward.web.Failures;
import org.teamward.web.FormFields;
import org.teamward.web.Messages;
import org.teamward.web.PagedModel;

/**
 * User accounts: list, create, (de)activate and change group membership. A generated initial
 * password lives only in the request that created it (a request attribute, never a field of this
 * view-scoped bean), so it is rendered once and is in no view state or session.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String INITIAL_PASSWORD = UsersPage.class.getName() + ".initialPassword";

  /**
   * The new-user dialog's inputs, by the use case's field names. The password's weakness is the
   * domain's own sentence, so it goes to the dialog's messages.
   */
  static final FormFields CREATE_FORM =
      FormFields.of("createForm")
          .field("email", "users:email", "users.email")
          .field("name", "users:name", "users.name")
          .field("employeeId", "users:employee", "col.employee");

  static final FormFields EDIT_FORM =
      FormFields.of("editForm").field("name", "users:editName", "users.name");

  @Inject Users users;
  @Inject TwoFactor twoFactor;
  @Inject UserGroups userGroups;
  @Inject UserPolicy policy;
  @Inject Caller caller;
  @Inject EmployeeChoices employeeChoices;
  @Inject Failures failures;
  @Inject Messages messages;

  private TwoFactorRule twoFactorRule;

  private String text;
  private Boolean activeFilter;
  private transient PagedModel<UserAccount> model;
  private transient List<UserGroup> assignable;

  // the new-account dialog
  private String email;
  private String name;
  private EmployeePick employee;
  private List<Long> groupIds = new ArrayList<>();
  private transient String password;

  // the membership dialog
  private Long editId;
  private Long editVersion;
  private String editName;
  private List<Long> editGroupIds = new ArrayList<>();
  private SsoMode editSso;

  public PagedModel<UserAccount> getModel() {
    if (model == null) {
      model =
          new PagedModel<>(
              (offset, limit) ->
                  failures.attempt(
                      () ->
                          users.list(
                              new UserFilter(text, activeFilter), new PageRequest(offset, limit))),
              UserAccount::getId);
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

  /**
   * Whether the caller may change this account at all (name, groups, status): not one with rights
   * the caller lacks, as {@link UserPolicy} decides.
   */
  public boolean canEdit(UserAccount user) {
    return policy.canEdit(caller.grant(), user).allowed();
  }

  /** The new account's employee picker: the active employees the caller can see. */
  public List<EmployeePick> completeEmployees(String text) {
    return EmployeeChoices.picks(employeeChoices.visible(text));
  }

  public String groupNames(UserAccount user) {
    return user.getGroups().stream()
        .map(UserGroup::getName)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public void create() {
    email = null;
    name = null;
    employee = null;
    groupIds = new ArrayList<>();
    password = null;
  }

  /** A confirmation that names the person it acts on: {@code key} with their name and e-mail. */
  public String confirmText(String key, UserAccount user) {
    return messages.text(key, user.getDisplayName(), user.getEmail());
  }

  public void save() {
    NewUser draft =
        new NewUser(
            email,
            name,
            EmployeePick.idOf(employee),
            new LinkedHashSet<>(groupIds),
            password == null || password.isEmpty() ? null : password);
    password = null;
    CreatedUser created = failures.attempt(() -> users.create(draft), CREATE_FORM);
    if (created != null) {
      messages.info("users.created");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      if (created.initialPassword() != null) {
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .put(INITIAL_PASSWORD, created.initialPassword());
        PrimeFaces.current().ajax().addCallbackParam("generated", true);
      }
    }
  }

  /** The generated password, in the response of the request that created the account only. */
  public String getInitialPassword() {
    return (String)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(INITIAL_PASSWORD);
  }

  public void edit(UserAccount user) {
    editId = user.getId();
    editVersion = user.getVersion();
    editName = user.getDisplayName();
    editGroupIds = user.getGroups().stream().map(UserGroup::getId).collect(Collectors.toList());
    editSso = user.getSsoMode();
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

  public TwoFactorRule getTwoFactorRule() {
    if (twoFactorRule == null) {
      twoFactorRule = twoFactor.rule();
    }
    return twoFactorRule;
  }

  public void setTwoFactorRule(TwoFactorRule twoFactorRule) {
    this.twoFactorRule = twoFactorRule;
  }

  public TwoFactorRule[] getTwoFactorRules() {
    return TwoFactorRule.values();
  }

  public void saveTwoFactorRule() {
    TwoFactorRule rule = twoFactorRule;
    if (failures.attempt(() -> twoFactor.require(rule)) != null) {
      messages.info("users.twoFactorRule.saved");
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

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public EmployeePick getEmployee() {
    return employee;
  }

  public void setEmployee(EmployeePick employee) {
    this.employee = employee;
  }

  public List<Long> getGroupIds() {
    return groupIds;
  }

  public void setGroupIds(List<Long> groupIds) {
    this.groupIds = groupIds == null ? new ArrayList<>() : new ArrayList<>(groupIds);
  }

  /** Never rendered back: the field stays empty after every request. */
  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
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
