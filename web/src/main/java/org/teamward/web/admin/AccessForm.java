package org.teamward.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.credentials.AccessAuthorisationDraft;
import org.teamward.access.rights.Permission;
import org.teamward.attendance.AttendanceCategory;

/**
 * The one form for creating and editing an API access authorisation: what has been typed so far,
 * and the id and version of the authorisation being edited, kept until it is saved.
 */
@Named
@ViewScoped
public class AccessForm implements Serializable {

  private static final long serialVersionUID = 1L;

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

  /** Opens the form empty. */
  void open() {
    close();
    editing = true;
  }

  /** Opens the form with a row's settings. */
  void open(AccessRow row) {
    open();
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

  /** Closes the form and forgets what was typed. */
  void close() {
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

  /** The networks typed, one per line or separated by commas. */
  List<String> networkList() {
    if (networks == null) {
      return List.of();
    }
    return Arrays.stream(networks.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
  }

  /** The id of the authorisation being edited, or null while creating one. */
  Long editId() {
    return editId;
  }

  Long editVersion() {
    return editVersion;
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
