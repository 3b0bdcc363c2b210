package org.teamward.it.support;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.teamward.access.rights.UseCases;

/**
 * Finds the domain's use cases by reflection, from the domain module's jar or classes folder, so
 * that none escapes the catalogue.
 */
public final class UseCaseScan {

  private UseCaseScan() {}

  public static List<Method> useCaseMethods() throws IOException, URISyntaxException {
    List<Method> methods = new ArrayList<>();
    for (Class<?> type : domainClasses()) {
      if (type.isAnnotationPresent(UseCases.class)) {
        for (Method method : type.getDeclaredMethods()) {
          if (Modifier.isPublic(method.getModifiers())
              && !Modifier.isStatic(method.getModifiers())
              && !method.isSynthetic()) {
            methods.add(method);
          }
        }
      }
    }
    return methods;
  }

  /** Whether the class file mentions the {@link UseCases} stereotype at all. */
  private static boolean namesUseCases(File location, String name) throws IOException {
    byte[] bytes;
    if (location.isDirectory()) {
      bytes = Files.readAllBytes(location.toPath().resolve(name));
    } else {
      try (JarFile jar = new JarFile(location)) {
        bytes = jar.getInputStream(jar.getEntry(name)).readAllBytes();
      }
    }
    return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
        .contains("L" + UseCases.class.getName().replace('.', '/') + ";");
  }

  /** The classes of the domain module, from its jar or its classes folder. */
  private static List<Class<?>> domainClasses() throws IOException, URISyntaxException {
    File location =
        new File(UseCases.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (location.isDirectory()) {
      try (Stream<Path> files = Files.walk(location.toPath())) {
        files
            .map(p -> location.toPath().relativize(p).toString().replace(File.separatorChar, '/'))
            .forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(location)) {
        jar.stream().forEach(entry -> names.add(entry.getName()));
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    ClassLoader loader = UseCases.class.getClassLoader();
    for (String name : names) {
      if (name.endsWith(".class") && !name.contains("$") && !name.endsWith("-info.class")) {
        try {
          classes.add(
              Class.forName(
                  name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                  false,
                  loader));
        } catch (ClassNotFoundException | LinkageError e) {
          // Health checks and the like need server libraries; a use-case class must not fail.
          if (namesUseCases(location, name)) {
            throw new AssertionError("cannot inspect the use cases of " + name, e);
          }
        }
      }
    }
    return classes;
  }
}
