package org.teamward.access;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * Answers whether a grant may call a use case at all, from the same {@link Requires} declaration
 * that {@link PermissionGuard} enforces. The web UI builds its menu and shows or hides controls
 * with this, so a control is visible exactly when the server would accept the action (record rules
 * aside, which the aggregate's policy answers).
 */
public final class UseCaseRights {

  private UseCaseRights() {}

  public static boolean allows(Grant grant, Class<?> useCases, String methodName) {
    Method method = find(useCases, methodName);
    if (method.isAnnotationPresent(Public.class)) {
      return true;
    }
    if (!grant.authenticated()) {
      return false;
    }
    if (method.isAnnotationPresent(Authenticated.class)) {
      return true;
    }
    Requires requires = method.getAnnotation(Requires.class);
    return requires != null && grant.hasAny(requires.value());
  }

  /**
   * The permissions declared for a use case, any one of which admits the caller; empty for a use
   * case that needs none. The web UI names them when it refuses a page.
   */
  public static List<Permission> required(Class<?> useCases, String methodName) {
    Requires requires = find(useCases, methodName).getAnnotation(Requires.class);
    return requires == null ? List.of() : List.of(requires.value());
  }

  private static Method find(Class<?> type, String name) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && Modifier.isPublic(m.getModifiers())) {
        return m;
      }
    }
    throw new IllegalArgumentException("No use case " + type.getSimpleName() + "." + name);
  }
}
