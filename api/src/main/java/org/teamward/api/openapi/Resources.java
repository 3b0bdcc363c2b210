package org.teamward.api.openapi;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.teamward.api.TeamwardApi;

/**
 * The resource methods of the API by "METHOD /api/path", found on the class path of the API's own
 * package, so that the description of an operation can be completed from its Java signature.
 */
final class Resources {

  private static final String PACKAGE = TeamwardApi.class.getPackageName();

  private Resources() {}

  static Map<String, Method> byOperation() {
    Map<String, Method> methods = new HashMap<>();
    for (Class<?> resource : resourceClasses()) {
      String base = trim(resource.getAnnotation(Path.class).value());
      for (Method method : resource.getMethods()) {
        String verb = verb(method);
        if (verb == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        StringBuilder path = new StringBuilder("/api");
        for (String segment : new String[] {base, sub == null ? "" : trim(sub.value())}) {
          if (!segment.isEmpty()) {
            path.append('/').append(segment);
          }
        }
        methods.put(verb + " " + path, method);
      }
    }
    return methods;
  }

  private static String verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (method.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    if (method.isAnnotationPresent(DELETE.class)) {
      return "DELETE";
    }
    return null;
  }

  private static String trim(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  /** The classes with {@code @Path} in the API's package, from its jar or classes folder. */
  private static List<Class<?>> resourceClasses() {
    List<Class<?>> found = new ArrayList<>();
    ClassLoader loader = Resources.class.getClassLoader();
    try {
      Enumeration<URL> roots = loader.getResources(PACKAGE.replace('.', '/'));
      while (roots.hasMoreElements()) {
        for (String name : classNames(roots.nextElement())) {
          Class<?> type = Class.forName(name, false, loader);
          if (type.isAnnotationPresent(Path.class)) {
            found.add(type);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("The API's classes cannot be listed", e);
    }
    return found;
  }

  private static List<String> classNames(URL root) throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    if ("jar".equals(root.getProtocol())) {
      JarURLConnection connection = (JarURLConnection) root.openConnection();
      // an uncached copy: closing the shared one would close it under the class loader
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        jar.stream()
            .map(e -> e.getName())
            .filter(n -> n.endsWith(".class") && n.startsWith(PACKAGE.replace('.', '/')))
            .forEach(n -> names.add(n.substring(0, n.length() - 6).replace('/', '.')));
      }
    } else if ("file".equals(root.getProtocol())) {
      java.nio.file.Path dir = Paths.get(root.toURI());
      java.nio.file.Path base = dir;
      for (int i = 0; i < PACKAGE.split("\\.").length; i++) {
        base = base.getParent();
      }
      java.nio.file.Path classes = base;
      try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
        files
            .filter(f -> f.toString().endsWith(".class"))
            .map(f -> classes.relativize(f).toString())
            .forEach(n -> names.add(n.substring(0, n.length() - 6).replace('/', '.')));
      }
    }
    return names;
  }
}
