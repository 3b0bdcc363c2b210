package org.teamward.access.accounts;

import jakarta.persistence.EntityManager;
import org.teamward.access.rights.Caller;

/** The account beans as the container wires them, on a test database. */
public final class AccountParts {

  private AccountParts() {}

  public static SecuritySettings settings(EntityManager em) {
    SecuritySettings settings = new SecuritySettings();
    settings.em = em;
    return settings;
  }

  public static UserGroups userGroups(EntityManager em, Caller caller) {
    UserGroups groups = new UserGroups();
    groups.em = em;
    groups.caller = caller;
    groups.policy = new UserGroupPolicy();
    return groups;
  }
}
