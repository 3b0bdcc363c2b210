package org.teamward.access.credentials;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Permission;
import org.teamward.attendance.AttendanceCategory;
import org.teamward.employee.Employee;
import org.teamward.persistence.Identified;

/**
 * A neutral API credential for a terminal or a service. No person's rights apply to it: it acts
 * with exactly its options, for its employee scope, from its networks. Only the keyed digest of its
 * password is stored; the password is shown once.
 */
@Entity
@Table(name = "access_authorisation")
public class AccessAuthorisation extends Identified {

  /** Whose records the options reach. */
  public enum ScopeKind {
    ALL,
    DEPARTMENTS,
    EMPLOYEES;

    /**
     * The employees an authorisation of this kind reaches: the one mapping from what is stored to
     * what the policies and queries understand.
     */
    public EmployeeScope scope(long authorisationId, Set<String> departments, Set<Long> chosen) {
      return switch (this) {
        case ALL -> EmployeeScope.ALL;
        case DEPARTMENTS -> EmployeeScope.departments(departments);
        case EMPLOYEES -> EmployeeScope.chosen(authorisationId, chosen);
      };
    }
  }

  private String name;
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @Enumerated(EnumType.STRING)
  @CollectionTable(
      name = "access_authorisation_permission",
      joinColumns = @JoinColumn(name = "authorisation_id"))
  @Column(name = "permission")
  private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

  @Enumerated(EnumType.STRING)
  @Column(name = "default_category")
  private AttendanceCategory defaultCategory;

  @Enumerated(EnumType.STRING)
  @Column(name = "employee_scope")
  private ScopeKind scopeKind = ScopeKind.ALL;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "access_authorisation_department",
      joinColumns = @JoinColumn(name = "authorisation_id"))
  @Column(name = "department")
  private Set<String> departments = new TreeSet<>();

  @ManyToMany
  @JoinTable(
      name = "access_authorisation_employee",
      joinColumns = @JoinColumn(name = "authorisation_id"),
      inverseJoinColumns = @JoinColumn(name = "employee_id"))
  private Set<Employee> employees = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "access_authorisation_network",
      joinColumns = @JoinColumn(name = "authorisation_id"))
  @Column(name = "network")
  private Set<String> allowedNetworks = new TreeSet<>();

  private boolean active = true;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "token_digest")
  private String tokenDigest;

  @Column(name = "created_at")
  private Instant createdAt = Instant.now();

  @ManyToOne
  @JoinColumn(name = "created_by")
  private UserAccount createdBy;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "last_used_ip")
  private String lastUsedIp;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /** The employees the options reach, as a scope the policies and queries understand. */
  public EmployeeScope scope() {
    return scopeKind.scope(
        getId() == null ? 0L : getId(),
        departments,
        employees.stream().map(Employee::getId).collect(Collectors.toSet()));
  }

  /** Whether it may be used on {@code today}: not revoked, active and not expired. */
  public boolean isUsable(LocalDate today) {
    return isUsable(revokedAt != null, active, expiresOn, today);
  }

  /** The one statement of "usable", for the entity and for the sign-in's row alike. */
  public static boolean isUsable(
      boolean revoked, boolean active, LocalDate expiresOn, LocalDate today) {
    return !revoked && active && (expiresOn == null || !today.isAfter(expiresOn));
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

  public Set<Permission> getPermissions() {
    return permissions;
  }

  public void setPermissions(Set<Permission> permissions) {
    this.permissions.clear();
    this.permissions.addAll(permissions);
  }

  public AttendanceCategory getDefaultCategory() {
    return defaultCategory;
  }

  public void setDefaultCategory(AttendanceCategory defaultCategory) {
    this.defaultCategory = defaultCategory;
  }

  public ScopeKind getScopeKind() {
    return scopeKind;
  }

  public void setScopeKind(ScopeKind scopeKind) {
    this.scopeKind = scopeKind;
  }

  public Set<String> getDepartments() {
    return departments;
  }

  public void setDepartments(Set<String> departments) {
    this.departments.clear();
    this.departments.addAll(departments);
  }

  public Set<Employee> getEmployees() {
    return employees;
  }

  public void setEmployees(Set<Employee> employees) {
    this.employees.clear();
    this.employees.addAll(employees);
  }

  public Set<String> getAllowedNetworks() {
    return allowedNetworks;
  }

  public void setAllowedNetworks(Set<String> allowedNetworks) {
    this.allowedNetworks.clear();
    this.allowedNetworks.addAll(allowedNetworks);
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

  public String getTokenDigest() {
    return tokenDigest;
  }

  public void setTokenDigest(String tokenDigest) {
    this.tokenDigest = tokenDigest;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public UserAccount getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(UserAccount createdBy) {
    this.createdBy = createdBy;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public String getLastUsedIp() {
    return lastUsedIp;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public void revoke(Instant at) {
    this.revokedAt = at;
  }
}
