package org.teamward.access;

import java.util.Set;

/** A caller whose grant a test sets directly, in place of the one authentication would yield. */
public class TestCaller extends Caller {

  private Grant current = Grant.ANONYMOUS;

  public TestCaller actAs(Grant grant) {
    this.current = grant;
    return this;
  }

  @Override
  public Grant grant() {
    return current;
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

  /** An API access authorisation limited to {@code scope}. */
  public static Grant terminal(Set<Long> scope, Permission... permissions) {
    return new Grant(
        Grant.Kind.INTERFACE,
        99,
        "terminal",
        Set.of(permissions),
        null,
        EmployeeScope.of(scope),
        Grant.Credential.ACCESS_AUTHORISATION,
        99L);
  }
}
