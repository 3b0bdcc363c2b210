package org.teamward.access.accounts;

import java.util.Set;
import org.teamward.access.rights.Permission;

/** Whom an administrator requires to use two-factor authentication. */
public enum TwoFactorRule {
  /** Each person decides. */
  NOBODY,
  /** Everyone who may use the API: the brief's recommendation for accounts with API access. */
  SYNCHRONISATION_HOLDERS,
  EVERYONE;

  /** Whether an account with these group rights must use two-factor authentication. */
  public boolean appliesTo(Set<Permission> rights) {
    return switch (this) {
      case NOBODY -> false;
      case SYNCHRONISATION_HOLDERS -> rights.contains(Permission.SYNCHRONISATION);
      case EVERYONE -> true;
    };
  }
}
