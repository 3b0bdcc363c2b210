package org.teamward.web.employees;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.primefaces.PrimeFaces;
import org.teamward.access.rights.Caller;
import org.teamward.employee.Employee;
import org.teamward.employee.EmployeeDraft;
import org.teamward.employee.EmployeeFilter;
import org.teamward.employee.EmployeePolicy;
import org.teamward.employee.EmployeeRow;
import org.teamward.employee.Employees;
import org.teamward.paging.PageRequest;
import org.teamward.web.EmployeeChoices;
import org.teamward.web.EmployeePick;
import org.teamward.web.Failures;
import org.teamward.web.FormFields;
import org.teamward.web.Messages;
import org.teamward.web.PagedModel;
import org.teamward.web.UseCase;

/**
 * Employees: a paged list with a search, and one dialog for people managers to create and edit
 * records. View scoped for the dialog's id and version.
 */
@Named
@ViewScoped
public class EmployeesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

  @Inject Employees employees;
  @Inject EmployeePolicy policy;
  @Inject Caller caller;
  @Inject EmployeeChoices employeeChoices;
  @Inject Failures failures;
  @Inject Messages messages;

  private String text;
  private Boolean activeFilter = Boolean.TRUE;
  private transient PagedModel<EmployeeRow> model;

  private Long editId;
  private Long editVersion;
  private String personnelNumber;
  private String firstName;
  private String lastName;
  private String email;
  private String department;
  private EmployeePick lineManager;
  private String timeZone;
  private boolean active = true;

  public PagedModel<EmployeeRow> getModel() {
    if (model == null) {
      model =
          new PagedModel<>(
              (offset, limit) ->
                  failures.attempt(
                      () ->
                          employees.list(
                              new EmployeeFilter(text, null, activeFilter),
                              new PageRequest(offset, limit))),
              EmployeeRow::id);
    }
    return model;
  }

  public boolean isCanCreate() {
    return policy.canCreate(caller.grant()).allowed();
  }

  /** Whether the caller may change any record at all; without it no Actions column is shown. */
  public boolean isMayEdit() {
    return UseCase.EMPLOYEES_UPDATE.allows(caller.grant());
  }

  /**
   * The line manager's picker: the people the caller can see, except the edited person, by the text
   * typed so far.
   */
  public List<EmployeePick> completeManagers(String text) {
    return EmployeeChoices.pickRows(
        employeeChoices.visible(text, EmployeeChoices.LIMIT + 1).stream()
            .filter(e -> editId == null || editId != e.id())
            .limit(EmployeeChoices.LIMIT)
            .toList());
  }

  /** The time zone's picker: the zones whose id holds the text typed so far. */
  public List<String> completeZones(String text) {
    String part = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return ZONES.stream()
        .filter(z -> z.toLowerCase(Locale.ROOT).contains(part))
        .limit(EmployeeChoices.LIMIT)
        .toList();
  }

  public void create() {
    editId = null;
    editVersion = null;
    personnelNumber = null;
    firstName = null;
    lastName = null;
    email = null;
    department = null;
    lineManager = null;
    timeZone = ZoneId.systemDefault().getId();
    active = true;
  }

  /** The row action "edit", for the row the request names. */
  public void editRow() {
    getModel().requested(messages).ifPresent(this::edit);
  }

  public void edit(EmployeeRow employee) {
    editId = employee.id();
    editVersion = employee.version();
    personnelNumber = employee.personnelNumber();
    firstName = employee.firstName();
    lastName = employee.lastName();
    email = employee.email();
    department = employee.department();
    lineManager =
        employee.lineManagerId() == null
            ? null
            : EmployeePick.of(
                employee.lineManagerId(),
                employee.lineManagerName(),
                employee.lineManagerPersonnelNumber());
    timeZone = employee.timeZone();
    active = employee.active();
  }

  /** The employee dialog's inputs, by the use case's field names. */
  static final FormFields FORM =
      FormFields.of("employeeForm")
          .field("personnelNumber", "employees:personnelNumber", "employees.personnelNumber")
          .field("firstName", "employees:firstName", "employees.firstName")
          .field("lastName", "employees:lastName", "employees.lastName")
          .field("email", "employees:email", "employees.email")
          .field("department", "employees:department", "employees.department")
          .field("lineManagerId", "employees:lineManager", "employees.lineManager")
          .field("timeZone", "employees:timeZone", "employees.timeZone");

  public void save() {
    EmployeeDraft draft =
        new EmployeeDraft(
            personnelNumber,
            firstName,
            lastName,
            email,
            department,
            EmployeePick.idOf(lineManager),
            timeZone,
            active);
    Employee saved =
        failures.attempt(
            () ->
                editId == null
                    ? employees.create(draft)
                    : employees.update(editId, editVersion, draft),
            FORM);
    if (saved != null) {
      messages.info(editId == null ? "employees.created" : "employees.saved");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }
  }

  public boolean isEditing() {
    return editId != null;
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

  public String getPersonnelNumber() {
    return personnelNumber;
  }

  public void setPersonnelNumber(String personnelNumber) {
    this.personnelNumber = personnelNumber;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public EmployeePick getLineManager() {
    return lineManager;
  }

  public void setLineManager(EmployeePick lineManager) {
    this.lineManager = lineManager;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
