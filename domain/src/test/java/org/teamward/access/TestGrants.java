package org.teamward.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Grants for policy matrices. Every grant's scope holds employees {@link #OWN} and {@link #OTHER}
 * only, so that {@link #OUT_OF_SCOPE} is reachable for people and interfaces alike.
 */
public final class TestGrants {

  public static final long OWN = 1L;
  public static final long OTHER = 2L;
  public static final long OUT_OF_SCOPE = 3L;

  private static final EmployeeScope SCOPE = EmployeeScope.of(Set.of(OWN, OTHER));

  private TestGrants() {}

  /**
   * A person who is employee {@link #OWN}; {@code permissions} like "TIME_BOOK_OWN|TIME_VIEW_ALL"
   * or "-".
   */
  public static Grant user(String permissions) {
    return new Grant(
        Grant.Kind.USER,
        10,
        "user",
        parse(permissions),
        OWN,
        SCOPE,
        Grant.Credential.WEB_SESSION,
        null);
  }

  /** An API access authorisation: nobody itself. */
  public static Grant terminal(String permissions) {
    return new Grant(
        Grant.Kind.INTERFACE,
        20,
        "terminal",
        parse(permissions),
        null,
        SCOPE,
        Grant.Credential.ACCESS_AUTHORISATION,
        20L);
  }

  public static Grant grant(String kind, String permissions) {
    return switch (kind) {
      case "user" -> user(permissions);
      case "interface" -> terminal(permissions);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  public static long employee(Relation relation) {
    return switch (relation) {
      case OWN -> OWN;
      case OTHER -> OTHER;
      case OUT_OF_SCOPE -> OUT_OF_SCOPE;
    };
  }

  public static Set<Permission> parse(String permissions) {
    if (permissions == null || permissions.isBlank() || permissions.equals("-")) {
      return EnumSet.noneOf(Permission.class);
    }
    return Arrays.stream(permissions.split("\\|"))
        .map(String::trim)
        .map(Permission::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
  }
}
