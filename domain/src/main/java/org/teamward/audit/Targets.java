package org.teamward.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.teamward.paging.Page;
import org.teamward.persistence.Identified;

/**
 * Finds what a use case acted on, generically: the record it returned (an entity, a view that names
 * its entity, or the first of these in a returned record such as a created credential), or else its
 * id argument. It reads ids and class names only; arguments and results are never serialised, since
 * they can carry secrets (a created device password carries its token).
 */
final class Targets {

  /** The record an event is about; both null when none can be named. */
  record Target(String type, Long id) {
    static final Target NONE = new Target(null, null);
  }

  private Targets() {}

  static Target of(Method method, Object[] arguments, Object result) {
    Target returned = named(result, true);
    if (returned != null) {
      return returned;
    }
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      Class<?> type = parameters[i].getType();
      if ((type == long.class || type == Long.class) && arguments[i] != null) {
        String name = parameters[i].getName();
        if (name.equals("id")) {
          return new Target(
              singular(AuditTrail.feature(method.getDeclaringClass())), (Long) arguments[i]);
        }
        if (name.endsWith("Id") && name.length() > 2) {
          return new Target(
              Character.toUpperCase(name.charAt(0)) + name.substring(1, name.length() - 2),
              (Long) arguments[i]);
        }
      }
    }
    return Target.NONE;
  }

  /** The record a value names: itself, or (one level down) a component of a returned record. */
  private static Target named(Object value, boolean lookInside) {
    if (value instanceof AuditTarget target) {
      return new Target(target.auditType(), target.auditId());
    }
    if (value instanceof Identified entity && entity.getId() != null) {
      return new Target(entity.getClass().getSimpleName(), entity.getId());
    }
    if (lookInside && value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (Identified.class.isAssignableFrom(component.getType())
            || AuditTarget.class.isAssignableFrom(component.getType())) {
          Target inside = named(read(component, record), false);
          if (inside != null) {
            return inside;
          }
        }
      }
    }
    return null;
  }

  /** "Projects" acts on a "Project"; "Attendance" on attendance. */
  static String singular(String useCases) {
    return useCases.endsWith("s") ? useCases.substring(0, useCases.length() - 1) : useCases;
  }

  /**
   * The employees whose personal records a result holds, by area: the record itself, the items of a
   * page or list, or the records inside returned records (a clocking, a batch's outcomes).
   */
  static Map<Area, Set<Long>> personal(Object result) {
    Map<Area, Set<Long>> found = new LinkedHashMap<>();
    collect(result, found, 0);
    return found;
  }

  private static void collect(Object value, Map<Area, Set<Long>> found, int depth) {
    if (value == null || depth > 3) {
      return;
    }
    if (value instanceof PersonalRecord record) {
      found
          .computeIfAbsent(record.personalArea(), a -> new java.util.TreeSet<>())
          .add(record.personalEmployeeId());
    } else if (value instanceof Page<?> page) {
      page.items().forEach(item -> collect(item, found, depth + 1));
    } else if (value instanceof Collection<?> items) {
      items.forEach(item -> collect(item, found, depth + 1));
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(item -> collect(item, found, depth + 1));
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Class<?> type = component.getType();
        if (PersonalRecord.class.isAssignableFrom(type)
            || Collection.class.isAssignableFrom(type)) {
          collect(read(component, record), found, depth + 1);
        }
      }
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      Method accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
