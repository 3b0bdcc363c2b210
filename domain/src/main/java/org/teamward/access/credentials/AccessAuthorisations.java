package org.teamward.access.credentials;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.ABSENCE_VIEW_DETAILS;
import static org.teamward.access.rights.Permission.API_ACCESS_MANAGE;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.teamward.access.accounts.UserAccount;
import org.teamward.access.accounts.UserGroupPolicy;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Permission;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.access.secrets.Networks;
import org.teamward.access.secrets.SecretTokens;
import org.teamward.employee.DepartmentNames;
import org.teamward.employee.Employee;
import org.teamward.failure.Invalid;
import org.teamward.failure.NotFound;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;

/**
 * API access authorisations: neutral credentials for terminals and services. Managing them needs
 * API_ACCESS_MANAGE, and an administrator may give an authorisation only rights they hold
 * themselves, for no more employees than they hold them for; taking an option away follows the same
 * rule, as for user groups. Revoked authorisations stay in the database for the record but are gone
 * for every use case (404).
 */
@UseCases
public class AccessAuthorisations {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject SecretTokens tokens;

  Clock clock = Clock.systemUTC();

  /**
   * What a draft would allow, for the form to show before saving.
   *
   * @param employees how many active employees the scope reaches now
   * @param departments the departments of a department scope, sorted
   * @param warnings why the authorisation is broader than it might need to be
   */
  public record Preview(long employees, List<String> departments, List<Warning> warnings) {}

  /** Signs of an authorisation broader than least privilege. */
  public enum Warning {
    /** Absence details (sickness) for every employee. */
    DETAILED_FOR_ALL,
    /** Usable from any address. */
    NO_IP_RESTRICTION
  }

  @Requires(value = API_ACCESS_MANAGE, effect = READ)
  public Page<AccessAuthorisation> list(PageRequest page) {
    return new QueryFilter()
        .and("a.revokedAt is null")
        .page(
            em,
            AccessAuthorisation.class,
            "a",
            "AccessAuthorisation a",
            "lower(a.name), a.id",
            page);
  }

  @Requires(value = API_ACCESS_MANAGE, effect = READ)
  public AccessAuthorisation get(long id) {
    return find(id);
  }

  @Requires(value = API_ACCESS_MANAGE, effect = READ)
  public Preview preview(AccessAuthorisationDraft draft) {
    EmployeeScope scope = scopeOf(draft, null, 0L);
    List<Warning> warnings = new ArrayList<>();
    if (draft.permissions().contains(ABSENCE_VIEW_DETAILS) && scope.all()) {
      warnings.add(Warning.DETAILED_FOR_ALL);
    }
    if (draft.allowedNetworks().isEmpty()) {
      warnings.add(Warning.NO_IP_RESTRICTION);
    }
    long employees =
        draft.scopeKind() == AccessAuthorisation.ScopeKind.EMPLOYEES
            ? employees(draft.employeeIds()).stream().filter(Employee::isActive).count()
            : new QueryFilter()
                .and("e.active = true")
                .visibleTo(Grant.ANONYMOUS, "e", scope)
                .count(em, "e", "Employee e");
    return new Preview(
        employees, draft.departments().stream().sorted().toList(), List.copyOf(warnings));
  }

  /** Creates one; the password is in the answer only. */
  @Requires(value = API_ACCESS_MANAGE, effect = WRITE)
  public CreatedAccessAuthorisation create(AccessAuthorisationDraft draft) {
    draft.validate();
    requireMeaningful(draft, Set.of(), null);
    Set<String> networks = Networks.canonical("allowedNetworks", draft.allowedNetworks());
    Set<Employee> chosen = employees(draft.employeeIds());
    requireHeld(draft.permissions(), scopeOf(draft, chosen, 0L), chosen);
    AccessAuthorisation authorisation = new AccessAuthorisation();
    apply(authorisation, draft, networks, chosen);
    authorisation.setCreatedBy(em.find(UserAccount.class, caller.grant().id()));
    String password = tokens.newToken(SecretTokens.Type.ACCESS_AUTHORISATION);
    authorisation.setTokenDigest(tokens.digest(password));
    em.persist(authorisation);
    return new CreatedAccessAuthorisation(authorisation, password);
  }

  @Requires(value = API_ACCESS_MANAGE, effect = WRITE)
  public AccessAuthorisation update(long id, Long expectedVersion, AccessAuthorisationDraft draft) {
    AccessAuthorisation authorisation = find(id);
    authorisation.checkVersion(expectedVersion);
    draft.validate();
    requireMeaningful(draft, authorisation.getDepartments(), authorisation.getExpiresOn());
    Set<String> networks = Networks.canonical("allowedNetworks", draft.allowedNetworks());
    Set<Employee> chosen = employees(draft.employeeIds());
    EmployeeScope before = authorisation.scope();
    EmployeeScope after = scopeOf(draft, chosen, id);
    boolean rescoped = !before.equals(after);
    // Symmetric: options added or removed must be the caller's own, over both the old and the new
    // scope; a new scope changes what every option means.
    Set<Permission> changed = EnumSet.noneOf(Permission.class);
    if (rescoped) {
      changed.addAll(authorisation.getPermissions());
      changed.addAll(draft.permissions());
    } else {
      changed.addAll(UserGroupPolicy.changed(authorisation.getPermissions(), draft.permissions()));
    }
    requireHeld(changed, after, chosen);
    requireHeld(changed, before, authorisation.getEmployees());
    apply(authorisation, draft, networks, chosen);
    return authorisation;
  }

  /** "Change password": a new one, shown once; the old one is dead at once. */
  @Requires(value = API_ACCESS_MANAGE, effect = WRITE)
  public CreatedAccessAuthorisation regeneratePassword(long id) {
    AccessAuthorisation authorisation = find(id);
    String password = tokens.newToken(SecretTokens.Type.ACCESS_AUTHORISATION);
    authorisation.setTokenDigest(tokens.digest(password));
    return new CreatedAccessAuthorisation(authorisation, password);
  }

  /**
   * Revokes it for good; the next request with its password is refused.
   *
   * @param expectedVersion the version the caller read, refused when stale; null revokes whatever
   *     changed since, as a kill switch should
   */
  @Requires(value = API_ACCESS_MANAGE, effect = WRITE)
  public void revoke(long id, Long expectedVersion) {
    AccessAuthorisation authorisation = find(id);
    authorisation.checkVersion(expectedVersion);
    authorisation.revoke(clock.instant());
  }

  /**
   * Refuses giving or taking {@code options} over {@code scope} unless the caller holds each of
   * them for everyone the scope reaches.
   */
  private void requireHeld(Set<Permission> options, EmployeeScope scope, Set<Employee> chosen) {
    Grant grant = caller.grant();
    Set<String> chosenDepartments = new HashSet<>();
    chosen.forEach(e -> chosenDepartments.add(e.getDepartment()));
    for (Permission option : options) {
      if (!grant.has(option) || !grant.scopeOf(option).covers(scope, chosenDepartments)) {
        throw new org.teamward.failure.Forbidden(
            "You cannot give or take rights you do not hold yourself, for as many employees: "
                + option.name()
                + ".");
      }
    }
  }

  /**
   * Refuses what could never work: departments no employee is in, and a last day already past
   * (unless it is the one already stored, so that an expired authorisation can still be renamed).
   */
  private void requireMeaningful(
      AccessAuthorisationDraft draft, Set<String> departmentsBefore, LocalDate expiresBefore) {
    if (draft.scopeKind() == AccessAuthorisation.ScopeKind.DEPARTMENTS) {
      DepartmentNames.requireKnown(em, "employeeScope", draft.departments(), departmentsBefore);
    }
    if (draft.expiresOn() != null
        && !draft.expiresOn().equals(expiresBefore)
        && draft.expiresOn().isBefore(LocalDate.now(clock))) {
      throw new Invalid("expiresOn", "expiresOn must be today or later");
    }
  }

  private EmployeeScope scopeOf(
      AccessAuthorisationDraft draft, Set<Employee> chosen, long authorisationId) {
    Set<Long> chosenIds =
        draft.scopeKind() != AccessAuthorisation.ScopeKind.EMPLOYEES
            ? Set.of()
            : (chosen == null ? employees(draft.employeeIds()) : chosen)
                .stream().map(Employee::getId).collect(Collectors.toSet());
    return draft.scopeKind().scope(authorisationId, draft.departments(), chosenIds);
  }

  private Set<Employee> employees(Set<Long> ids) {
    Set<Employee> found = new HashSet<>();
    for (Long id : ids) {
      Employee employee = id == null ? null : em.find(Employee.class, id);
      if (employee == null) {
        throw new Invalid("employeeScope", "there is no employee with the id " + id);
      }
      found.add(employee);
    }
    return found;
  }

  private static void apply(
      AccessAuthorisation authorisation,
      AccessAuthorisationDraft draft,
      Set<String> networks,
      Set<Employee> chosen) {
    authorisation.setName(draft.name().strip());
    authorisation.setDescription(
        draft.description() == null || draft.description().isBlank()
            ? null
            : draft.description().strip());
    authorisation.setPermissions(draft.permissions());
    authorisation.setDefaultCategory(draft.defaultCategory());
    authorisation.setScopeKind(draft.scopeKind());
    authorisation.setDepartments(
        draft.scopeKind() == AccessAuthorisation.ScopeKind.DEPARTMENTS
            ? draft.departments()
            : Set.of());
    authorisation.setEmployees(
        draft.scopeKind() == AccessAuthorisation.ScopeKind.EMPLOYEES ? chosen : Set.of());
    authorisation.setAllowedNetworks(networks);
    authorisation.setActive(draft.active() == null || draft.active());
    authorisation.setExpiresOn(draft.expiresOn());
  }

  private AccessAuthorisation find(long id) {
    AccessAuthorisation authorisation = em.find(AccessAuthorisation.class, id);
    if (authorisation == null || authorisation.isRevoked()) {
      throw NotFound.of("access authorisation");
    }
    return authorisation;
  }
}
