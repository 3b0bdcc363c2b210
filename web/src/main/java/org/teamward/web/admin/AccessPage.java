package org.teamward.web.admin;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.credentials.AccessAuthorisationDraft;
import org.teamward.access.credentials.AccessAuthorisations;
import org.teamward.access.credentials.CreatedAccessAuthorisation;
import org.teamward.access.rights.Permission;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.employee.Departments;
import org.teamward.employee.Employee;
import org.teamward.employee.EmployeeFilter;
import org.teamward.employee.Employees;
import org.teamward.failure.UseCaseFailure;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.web.Failures;
import org.teamward.web.Messages;

/**
 * API access authorisations: the list, one form for creating and editing, the effective rights in
 * words before saving, and the password shown once after creating or changing it. The domain
 * decides what may be given; the form only explains.
 */
@Named
@ViewScoped
public class AccessPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccessAuthorisations authorisations;
  @Inject Departments departments;
  @Inject Employees employees;
  @Inject Failures failures;
  @Inject Messages messages;

  /** A row of the list, as read. */
  public record Row(
      long id,
      long version,
      String name,
      String description,
      List<Permission> permissions,
      AttendanceCategory defaultCategory,
      AccessAuthorisation.ScopeKind scopeKind,
      List<String> departments,
      List<Long> employeeIds,
      List<String> networks,
      boolean active,
      LocalDate expiresOn,
      boolean usable,
      java.time.Instant lastUsedAt,
      String lastUsedIp)
      implements Serializable {

    public String departmentList() {
      return String.join(", ", departments);
    }

    public String networkList() {
      return String.join(", ", networks);
    }

    static Row of(AccessAuthorisation a) {
      return new Row(
          a.getId(),
          a.getVersion(),
          a.getName(),
          a.getDescription(),
          a.getPermissions().stream().sorted().toList(),
          a.getDefaultCategory(),
          a.getScopeKind(),
          a.getDepartments().stream().sorted().toList(),
          a.getEmployees().stream().map(Employee::getId).sorted().toList(),
          List.copyOf(a.getAllowedNetworks()),
          a.isActive(),
          a.getExpiresOn(),
          a.isUsable(LocalDate.now(ZoneOffset.UTC)),
          a.getLastUsedAt(),
          a.getLastUsedIp());
    }
  }

  private List<Row> rows;
  private List<String> departmentChoices;
  // Loaded on demand, and again after the session moved to another node: entities do not travel.
  private transient List<Employee> employeeChoices;

  private boolean editing;
  private Long editId;
  private Long editVersion;
  private String name;
  private String description;
  // Strings: a multiple choice bound to a List cannot tell JSF its element type.
  private List<String> options = new ArrayList<>();
  private AttendanceCategory defaultCategory;
  private AccessAuthorisation.ScopeKind scopeKind = AccessAuthorisation.ScopeKind.ALL;
  private List<String> chosenDepartments = new ArrayList<>();
  private List<String> chosenEmployees = new ArrayList<>();
  private String networks;
  private boolean active = true;
  private LocalDate expiresOn;

  // Transient: the password shown once is never written into the session that nodes replicate.
  private transient CreatedAccessAuthorisation shown;
  private transient AccessAuthorisationDraft previewed;
  private transient AccessAuthorisations.Preview preview;

  public List<Row> getRows() {
    if (rows == null) {
      Page<AccessAuthorisation> page =
          failures.attempt(() -> authorisations.list(PageRequest.first(PageRequest.MAX_LIMIT)));
      rows = page == null ? List.of() : page.items().stream().map(Row::of).toList();
    }
    return rows;
  }

  /** The options that act for an interface, grouped by area as the groups page shows rights. */
  public List<SelectItem> getOptionChoices() {
    Map<Permission.Area, List<SelectItem>> byArea = new EnumMap<>(Permission.Area.class);
    Arrays.stream(Permission.values())
        .filter(Permission.actingForInterfaces()::contains)
        .forEach(
            p ->
                byArea
                    .computeIfAbsent(p.area(), area -> new ArrayList<>())
                    .add(
                        new SelectItem(
                            p.name(),
                            messages.text("permission." + p.name())
                                + " — "
                                + messages.text("access.option." + p.name()))));
    List<SelectItem> groups = new ArrayList<>();
    byArea.forEach(
        (area, items) ->
            groups.add(
                new SelectItemGroup(
                    messages.text("area." + area.name()),
                    null,
                    false,
                    items.toArray(SelectItem[]::new))));
    return groups;
  }

  public List<AttendanceCategory> getCategories() {
    return Arrays.asList(AttendanceCategory.values());
  }

  public List<AccessAuthorisation.ScopeKind> getScopeKinds() {
    return Arrays.asList(AccessAuthorisation.ScopeKind.values());
  }

  public List<String> getDepartmentChoices() {
    if (departmentChoices == null) {
      List<Departments.Department> found = failures.attempt(departments::list);
      departmentChoices =
          found == null ? List.of() : found.stream().map(Departments.Department::name).toList();
    }
    return departmentChoices;
  }

  public List<Employee> getEmployeeChoices() {
    if (employeeChoices == null) {
      Page<Employee> page =
          failures.attempt(
              () ->
                  employees.list(
                      new EmployeeFilter(null, null, true),
                      PageRequest.first(PageRequest.MAX_LIMIT)));
      employeeChoices = page == null ? List.of() : page.items();
    }
    return employeeChoices;
  }

  /** Opens an empty form. */
  public void startNew() {
    clearForm();
    editing = true;
    shown = null;
  }

  /** Opens the form with a row's settings. */
  public void startEdit(Row row) {
    clearForm();
    editing = true;
    shown = null;
    editId = row.id();
    editVersion = row.version();
    name = row.name();
    description = row.description();
    options = row.permissions().stream().map(Permission::name).collect(Collectors.toList());
    defaultCategory = row.defaultCategory();
    scopeKind = row.scopeKind();
    chosenDepartments = new ArrayList<>(row.departments());
    chosenEmployees = row.employeeIds().stream().map(String::valueOf).collect(Collectors.toList());
    networks = String.join("\n", row.networks());
    active = row.active();
    expiresOn = row.expiresOn();
  }

  public void cancel() {
    clearForm();
  }

  private void clearForm() {
    editing = false;
    editId = null;
    editVersion = null;
    name = null;
    description = null;
    options = new ArrayList<>();
    defaultCategory = null;
    scopeKind = AccessAuthorisation.ScopeKind.ALL;
    chosenDepartments = new ArrayList<>();
    chosenEmployees = new ArrayList<>();
    networks = null;
    active = true;
    expiresOn = null;
  }

  AccessAuthorisationDraft draft() {
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    options.forEach(o -> permissions.add(Permission.valueOf(o)));
    Set<Long> employeeIds = new TreeSet<>();
    chosenEmployees.forEach(id -> employeeIds.add(Long.valueOf(id)));
    return new AccessAuthorisationDraft(
        name,
        description,
        permissions,
        defaultCategory,
        scopeKind,
        new TreeSet<>(chosenDepartments),
        employeeIds,
        networkList(),
        active,
        expiresOn);
  }

  private List<String> networkList() {
    if (networks == null) {
      return List.of();
    }
    return Arrays.stream(networks.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
  }

  /**
   * What the form would allow, or null while the form cannot say yet. Asked several times while a
   * page renders, so it is computed once per state of the form (the draft is a value).
   */
  public AccessAuthorisations.Preview getPreview() {
    if (!editing || options.isEmpty()) {
      return null;
    }
    AccessAuthorisationDraft draft = draft();
    if (!draft.equals(previewed)) {
      previewed = draft;
      try {
        preview = authorisations.preview(draft);
      } catch (UseCaseFailure e) {
        // an unknown employee or similar: the save will say what is wrong, field by field
        preview = null;
      }
    }
    return preview;
  }

  /**
   * The effective rights in one sentence, e.g. "May check in and out for the 12 employees of
   * Logistics, from 10.20.0.0/16 only."
   */
  public String getEffectiveRights() {
    AccessAuthorisations.Preview preview = getPreview();
    if (preview == null) {
      return null;
    }
    String optionWords =
        options.stream()
            .map(Permission::valueOf)
            .sorted()
            .map(p -> messages.text("permission." + p.name()))
            .collect(Collectors.joining(", "));
    String whom =
        switch (scopeKind) {
          case ALL -> messages.text("access.preview.forAll", preview.employees());
          case DEPARTMENTS ->
              messages.text(
                  "access.preview.forDepartments",
                  preview.employees(),
                  String.join(", ", preview.departments()));
          case EMPLOYEES -> messages.text("access.preview.forChosen", preview.employees());
        };
    List<String> list = networkList();
    String where =
        list.isEmpty()
            ? messages.text("access.preview.fromAnywhere")
            : messages.text("access.preview.from", String.join(", ", list));
    return messages.text("access.preview.sentence", optionWords, whom, where);
  }

  public void save() {
    AccessAuthorisationDraft draft = draft();
    if (editId == null) {
      shown = failures.attempt(() -> authorisations.create(draft));
      if (shown != null) {
        messages.info("access.created");
        clearForm();
        rows = null;
      }
    } else {
      long id = editId;
      Long version = editVersion;
      if (failures.attempt(() -> authorisations.update(id, version, draft)) != null) {
        messages.info("access.saved");
        clearForm();
        rows = null;
      }
    }
  }

  public void changePassword(long id) {
    shown = failures.attempt(() -> authorisations.regeneratePassword(id));
    if (shown != null) {
      messages.info("access.passwordChanged");
    }
    rows = null;
  }

  public void revoke(long id) {
    if (failures.attempt(() -> authorisations.revoke(id, null))) {
      messages.info("access.revoked");
    }
    rows = null;
  }

  public CreatedAccessAuthorisation getShown() {
    return shown;
  }

  public boolean isEditing() {
    return editing;
  }

  public boolean isCreating() {
    return editId == null;
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

  public List<String> getOptions() {
    return options;
  }

  public void setOptions(List<String> options) {
    this.options = options == null ? new ArrayList<>() : new ArrayList<>(options);
  }

  public AttendanceCategory getDefaultCategory() {
    return defaultCategory;
  }

  public void setDefaultCategory(AttendanceCategory defaultCategory) {
    this.defaultCategory = defaultCategory;
  }

  public AccessAuthorisation.ScopeKind getScopeKind() {
    return scopeKind;
  }

  public void setScopeKind(AccessAuthorisation.ScopeKind scopeKind) {
    this.scopeKind = scopeKind == null ? AccessAuthorisation.ScopeKind.ALL : scopeKind;
  }

  public List<String> getChosenDepartments() {
    return chosenDepartments;
  }

  public void setChosenDepartments(List<String> chosenDepartments) {
    this.chosenDepartments =
        chosenDepartments == null ? new ArrayList<>() : new ArrayList<>(chosenDepartments);
  }

  public List<String> getChosenEmployees() {
    return chosenEmployees;
  }

  public void setChosenEmployees(List<String> chosenEmployees) {
    this.chosenEmployees =
        chosenEmployees == null ? new ArrayList<>() : new ArrayList<>(chosenEmployees);
  }

  public String getNetworks() {
    return networks;
  }

  public void setNetworks(String networks) {
    this.networks = networks;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}
