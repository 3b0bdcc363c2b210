package org.teamward.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.junit.jupiter.api.Test;

/**
 * The API description names and secures each operation by annotations, so a new resource method
 * must carry them: Payara would otherwise name the operation after the Java method (which repeats
 * across resources and breaks client generators) and state no security for it.
 */
class OperationsTest {

  private static final List<Method> OPERATIONS =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.teamward.api")
              .stream()
              .filter(c -> c.isAnnotatedWith(Path.class))
              .map(JavaClass::reflect)
              .flatMap(c -> Stream.of(c.getDeclaredMethods()))
              .filter(OperationsTest::isOperation)
              .toList();

  private static boolean isOperation(Method method) {
    return method.isAnnotationPresent(GET.class)
        || method.isAnnotationPresent(POST.class)
        || method.isAnnotationPresent(PUT.class)
        || method.isAnnotationPresent(DELETE.class);
  }

  @Test
  void everyOperationHasItsOwnOperationId() {
    assertThat(OPERATIONS).isNotEmpty();
    Set<String> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Method method : OPERATIONS) {
      Operation operation = method.getAnnotation(Operation.class);
      String id = operation == null ? "" : operation.operationId();
      if (id.isEmpty() || !ids.add(id)) {
        problems.add(method + ": operationId '" + id + "' missing or repeated");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyOperationStatesItsSecurity() {
    assertThat(OPERATIONS)
        .allMatch(
            m ->
                m.isAnnotationPresent(SecurityRequirementsSet.class)
                    || m.getDeclaringClass().isAnnotationPresent(SecurityRequirements.class)
                    || m.getDeclaringClass().isAnnotationPresent(SecurityRequirement.class),
            "credentials stated by its class, or none by @SecurityRequirementsSet");
  }
}
