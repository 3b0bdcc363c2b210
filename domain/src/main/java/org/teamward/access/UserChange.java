package org.teamward.access;

import java.util.Set;

/** A change to an account; every null field stays as it is. */
public record UserChange(String displayName, Set<Long> groupIds, Boolean active, SsoMode sso) {

  /** A change that leaves the sign-in mode as it is. */
  public UserChange(String displayName, Set<Long> groupIds, Boolean active) {
    this(displayName, groupIds, active, null);
  }
}
