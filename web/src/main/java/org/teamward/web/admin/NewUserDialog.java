package org.teamward.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.teamward.access.accounts.CreatedUser;
import org.teamward.access.accounts.NewUser;
import org.teamward.access.management.Users;
import org.teamward.web.EmployeeChoices;
import org.teamward.web.EmployeePick;
import org.teamward.web.Failures;
import org.teamward.web.FormFields;
import org.teamward.web.Messages;

/**
 * The new-account dialog of the user accounts page. A generated initial password lives only in the
 * request that created it (a request attribute, never a field of this view-scoped bean), so it is
 * rendered once and is in no view state or session.
 */
@Named
@ViewScoped
public class NewUserDialog implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String INITIAL_PASSWORD = NewUserDialog.class.getName() + ".initialPassword";

  /**
   * The new-user dialog's inputs, by the use case's field names. The password's weakness is the
   * domain's own sentence, so it goes to the dialog's messages.
   */
  static final FormFields FORM =
      FormFields.of("createForm")
          .field("email", "users:email", "users.email")
          .field("name", "users:name", "users.name")
          .field("employeeId", "users:employee", "col.employee");

  @Inject Users users;
  @Inject EmployeeChoices employeeChoices;
  @Inject Failures failures;
  @Inject Messages messages;

  private String email;
  private String name;
  private EmployeePick employee;
  private List<Long> groupIds = new ArrayList<>();
  private transient String password;

  /** The new account's employee picker: the active employees the caller can see. */
  public List<EmployeePick> completeEmployees(String text) {
    return EmployeeChoices.pickRows(employeeChoices.visible(text));
  }

  public void create() {
    email = null;
    name = null;
    employee = null;
    groupIds = new ArrayList<>();
    password = null;
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
    CreatedUser created = failures.attempt(() -> users.create(draft), FORM);
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
}
