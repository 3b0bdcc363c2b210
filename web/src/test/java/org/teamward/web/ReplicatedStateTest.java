package org.teamward.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a cluster a web session moves to another node when its own dies, and with it the pages' state:
 * session- and view-scoped beans are written with the session after each request. A field that
 * cannot be serialised makes the server drop that state ("Cannot serialize session attribute"), and
 * the person's half-filled form is lost on failover. So every field of such a bean is transient,
 * injected (a serialisable proxy), or of a serialisable type, down to the elements of its lists.
 */
class ReplicatedStateTest {

  @Test
  void everyFieldOfASessionOrViewScopedBeanCanMoveWithTheSession() throws Exception {
    List<String> offending = new ArrayList<>();
    List<JavaClass> beans =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.teamward.web")
                .stream()
                .filter(
                    c ->
                        c.isAnnotatedWith(jakarta.faces.view.ViewScoped.class)
                            || c.isAnnotatedWith(jakarta.enterprise.context.SessionScoped.class))
                .toList();
    assertThat(beans).as("beans found").isNotEmpty();
    for (JavaClass bean : beans) {
      for (Class<?> type = bean.reflect(); type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          if (Modifier.isStatic(modifiers)
              || Modifier.isTransient(modifiers)
              || field.isAnnotationPresent(jakarta.inject.Inject.class)) {
            continue;
          }
          if (!serialisable(field.getGenericType())) {
            offending.add(type.getSimpleName() + "." + field.getName() + ": " + field.getType());
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  private static boolean serialisable(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      if (!serialisable(parameterized.getRawType())) {
        return false;
      }
      for (Type argument : parameterized.getActualTypeArguments()) {
        if (!serialisable(argument)) {
          return false;
        }
      }
      return true;
    }
    if (type instanceof Class<?> c) {
      // List, Set and Map are interfaces; the implementations the beans use are serialisable
      return c.isPrimitive()
          || c.isInterface() && java.util.Collection.class.isAssignableFrom(c)
          || c == java.util.Map.class
          || Serializable.class.isAssignableFrom(c)
          || c.isArray() && serialisable(c.getComponentType());
    }
    return true; // a type variable or wildcard: judged where it is bound
  }
}
