package org.teamward.web.admin;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.rights.Permission;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.employee.EmployeeFilter;
import org.teamward.employee.EmployeeRow;
import org.teamward.employee.Employees;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.web.Failures;
import org.teamward.web.Messages;

/**
 * What the access form offers to choose from. View scoped: the departments and employees are read
 * once per view, not on every ajax update of the form.
 */
@Named
@ViewScoped
public class AccessChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DepartmentChoices departments;
  @Inject Employees employees;
  @Inject Failures failures;
  @Inject Messages messages;

  private List<String> departmentChoices;
  // Loaded on demand, and again after the session moved to another node: entities do not travel.
  private transient List<EmployeeRow> employeeChoices;

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
      departmentChoices = departments.names();
    }
    return departmentChoices;
  }

  public List<EmployeeRow> getEmployeeChoices() {
    if (employeeChoices == null) {
      Page<EmployeeRow> page =
          failures.attempt(
              () ->
                  employees.list(
                      new EmployeeFilter(null, null, true),
                      PageRequest.first(PageRequest.MAX_LIMIT)));
      employeeChoices = page == null ? List.of() : page.items();
    }
    return employeeChoices;
  }
}
