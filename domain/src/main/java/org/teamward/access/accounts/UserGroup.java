package org.teamward.access.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Permission;
import org.teamward.persistence.Identified;

/**
 * A named bundle of permissions with the employees they reach. A user's rights are the union of
 * their groups, per permission: a permission reaches everyone that any group granting it reaches.
 * So a team lead in "Team leads" (own department) and "Employees" (everyone) sees everyone's
 * absences if "Employees" grants ABSENCE_VIEW, but approves only in the own department.
 */
@Entity
@Table(name = "user_group")
public class UserGroup extends Identified {

  /** Whose records the group's permissions reach. */
  public enum Scope {
    ALL,
    OWN_DEPARTMENT,
    DEPARTMENTS
  }

  private String name;
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @Enumerated(EnumType.STRING)
  @CollectionTable(name = "user_group_permission", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "permission")
  private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

  @Enumerated(EnumType.STRING)
  @Column(name = "employee_scope")
  private Scope scope = Scope.ALL;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_group_department", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "department")
  private Set<String> departments = new TreeSet<>();

  @ManyToMany(mappedBy = "groups")
  private Set<UserAccount> members = new LinkedHashSet<>();

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

  public Set<Permission> getPermissions() {
    return permissions;
  }

  public void setPermissions(Set<Permission> permissions) {
    this.permissions.clear();
    this.permissions.addAll(permissions);
  }

  /** Whom a group's permissions reach for a member of {@code memberDepartment} (or of none). */
  public static EmployeeScope scopeFor(
      Scope scope, Set<String> departments, String memberDepartment) {
    return switch (scope) {
      case ALL -> EmployeeScope.ALL;
      case OWN_DEPARTMENT ->
          memberDepartment == null
              ? EmployeeScope.NONE
              : EmployeeScope.departments(Set.of(memberDepartment));
      case DEPARTMENTS -> EmployeeScope.departments(departments);
    };
  }

  public Scope getScope() {
    return scope;
  }

  public void setScope(Scope scope) {
    this.scope = scope;
  }

  public Set<String> getDepartments() {
    return departments;
  }

  public void setDepartments(Set<String> departments) {
    this.departments.clear();
    this.departments.addAll(departments);
  }

  public Set<UserAccount> getMembers() {
    return members;
  }
}
