package org.teamward.access.rights;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Answers whether a grant may call a use case at all, from the same {@link Requires} declaration
 * that {@link PermissionGuard} enforces. The web UI builds its menu and shows or hides controls
 * with this, so a control is visible exactly when the server would accept the action (record rules
 * aside, which the aggregate's policy answers).
 *
 * <p>It takes the use case as the {@link Method} the guard sees, not as a name: a caller resolves
 * its references once, where one test can check them all, instead of by name at every question.
 */
public final class UseCaseRights {

  private UseCaseRights() {}

  public static boolean allows(Grant grant, Method useCase) {
    if (useCase.isAnnotationPresent(Public.class)) {
      return true;
    }
    if (!grant.authenticated()) {
      return false;
    }
    if (useCase.isAnnotationPresent(Authenticated.class)) {
      return true;
    }
    Requires requires = useCase.getAnnotation(Requires.class);
    return requires != null && grant.hasAny(requires.value());
  }

  /**
   * The permissions declared for a use case, any one of which admits the caller; empty for a use
   * case that needs none. The web UI names them when it refuses a page.
   */
  public static List<Permission> required(Method useCase) {
    Requires requires = useCase.getAnnotation(Requires.class);
    return requires == null ? List.of() : List.of(requires.value());
  }
}
