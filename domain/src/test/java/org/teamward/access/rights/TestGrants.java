package org.teamward.access.rights;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.teamward.employee.Employee;
import org.teamward.persistence.Identified;

/**
 * Grants for policy matrices. Every grant's scope holds the departments of employees {@link #OWN}
 * and {@link #OTHER} only, so that {@link #OUT_OF_SCOPE} is reachable for people and interfaces
 * alike.
 */
public final class TestGrants {

  public static final long OWN = 1L;
  public static final long OTHER = 2L;
  public static final long OUT_OF_SCOPE = 3L;

  private static final EmployeeScope SCOPE = EmployeeScope.departments(Set.of("Own", "Other"));

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

  public static Employee employee(Relation relation) {
    return switch (relation) {
      case OWN -> employee(OWN, "Own");
      case OTHER -> employee(OTHER, "Other");
      case OUT_OF_SCOPE -> employee(OUT_OF_SCOPE, "Elsewhere");
    };
  }

  /** An employee as loaded from the database, with its id. */
  public static Employee employee(long id, String department) {
    Employee employee = new Employee();
    employee.setDepartment(department);
    return withId(employee, id);
  }

  /** Gives an entity the id the database would have given it. */
  public static <T extends Identified> T withId(T entity, long id) {
    try {
      Field field = Identified.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return entity;
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
