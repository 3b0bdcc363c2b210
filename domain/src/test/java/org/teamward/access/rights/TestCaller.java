package org.teamward.access.rights;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.signin.SignInParts;
import org.teamward.employee.Employee;
import org.teamward.persistence.TestDatabase;

/** A caller whose grant a test sets directly, in place of the one authentication would yield. */
public class TestCaller extends Caller {

  private boolean inRequest = true;

  public TestCaller actAs(Grant grant) {
    identify(grant);
    return this;
  }

  /** The address the security module would have resolved for this request. */
  public TestCaller from(String clientIp) {
    arrivedFrom(clientIp);
    return this;
  }

  /** Acts like a scheduled task, outside any request. */
  public TestCaller outsideRequests() {
    this.inRequest = false;
    return this;
  }

  /** The permission guard as the container binds it, judging by this caller. */
  public PermissionGuard guard() {
    PermissionGuard guard = new PermissionGuard();
    guard.caller = this;
    return guard;
  }

  /** In a request unless told otherwise, whether or not an address was given. */
  @Override
  public boolean inRequest() {
    return inRequest;
  }

  /** A person with the given rights, who is employee {@code ownEmployeeId}, reaching everyone. */
  public static Grant person(Long ownEmployeeId, Permission... permissions) {
    return new Grant(
        Grant.Kind.USER,
        ownEmployeeId == null ? 1 : ownEmployeeId,
        "person",
        Set.of(permissions),
        ownEmployeeId,
        EmployeeScope.ALL,
        Grant.Credential.WEB_SESSION,
        null);
  }

  /** A person whose rights reach their own record and others in {@code departments} only. */
  public static Grant inDepartments(
      Long ownEmployeeId, Set<String> departments, Permission... permissions) {
    return new Grant(
        Grant.Kind.USER,
        9,
        "team lead",
        Set.of(permissions),
        ownEmployeeId,
        EmployeeScope.departments(departments),
        Grant.Credential.WEB_SESSION,
        null);
  }

  /**
   * A person whose rights reach everyone, but {@code narrowed}, one of them, only others in {@code
   * departments}: a manager of one department who sees all.
   */
  public static Grant narrowedTo(
      Long ownEmployeeId, Set<String> departments, Permission narrowed, Permission... permissions) {
    Set<Permission> all = new HashSet<>(Set.of(permissions));
    all.add(narrowed);
    return new Grant(
        Grant.Kind.USER,
        9,
        "department manager",
        all,
        ownEmployeeId,
        EmployeeScope.ALL,
        Grant.Credential.WEB_SESSION,
        null,
        Map.of(narrowed, EmployeeScope.departments(departments)));
  }

  /**
   * A stored API access authorisation limited to the chosen employees {@code scope}, so that lists
   * run the real scope subquery.
   */
  public static Grant terminal(TestDatabase db, Set<Long> scope, Permission... permissions) {
    AccessAuthorisation stored =
        db.inTransaction(
            () -> {
              AccessAuthorisation a = new AccessAuthorisation();
              a.setName("terminal");
              a.setPermissions(Set.of(permissions));
              a.setScopeKind(AccessAuthorisation.ScopeKind.EMPLOYEES);
              Set<Employee> chosen = new HashSet<>();
              scope.forEach(id -> chosen.add(db.em().find(Employee.class, id)));
              a.setEmployees(chosen);
              a.setTokenDigest(UUID.randomUUID().toString());
              db.em().persist(a);
              return a;
            });
    return SignInParts.interfaceGrant(db.em(), stored.getTokenDigest(), LocalDate.now());
  }
}
