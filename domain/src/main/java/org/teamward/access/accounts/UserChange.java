package org.teamward.access.accounts;

import jakarta.validation.constraints.Size;
import java.util.Set;

/** A change to an account; every null field stays as it is. */
public record UserChange(
    @Size(max = 200) String name, Set<Long> groups, Boolean active, SsoMode sso) {

  /** A change that leaves the sign-in mode as it is. */
  public UserChange(String name, Set<Long> groups, Boolean active) {
    this(name, groups, active, null);
  }
}
