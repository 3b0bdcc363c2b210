package org.teamward.access;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

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

  private static Method find(Class<?> type, String name) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && Modifier.isPublic(m.getModifiers())) {
        return m;
      }
    }
    throw new IllegalArgumentException("No use case " + type.getSimpleName() + "." + name);
  }
}
