package org.teamward.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.teamward.access.accounts.UserGroup;
import org.teamward.attendance.Punch;
import org.teamward.audit.AccessTrace;
import org.teamward.failure.ClockTime;
import org.teamward.failure.Violations;

/**
 * The schemas of the API description are annotations, and Payara types a Java {@code long} as a
 * plain {@code number}: every id must say it is an {@code int64}, and the texts and enumerations
 * written out for the description must match the Java they describe.
 */
class SchemasTest {

  private static final List<Class<?>> API =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.teamward.api")
              .stream()
              .map(JavaClass::reflect)
              .toList();

  private static boolean isLong(Class<?> type) {
    return type == long.class || type == Long.class;
  }

  @Test
  void everyLongOfARecordIsAnInt64() throws NoSuchMethodException {
    List<String> untyped = new ArrayList<>();
    for (Class<?> type : API) {
      if (!type.isRecord() || !type.isAnnotationPresent(Schema.class)) {
        continue;
      }
      for (RecordComponent component : type.getRecordComponents()) {
        Schema schema = component.getAccessor().getAnnotation(Schema.class);
        boolean longs =
            isLong(component.getType())
                || component.getGenericType().getTypeName().matches(".*<java.lang.Long>");
        if (longs && (schema == null || !schema.format().equals("int64"))) {
          untyped.add(type.getSimpleName() + "." + component.getName());
        }
      }
    }
    assertThat(untyped).isEmpty();
  }

  @Test
  void everyLongParameterIsAnInt64() {
    List<String> untyped = new ArrayList<>();
    API.stream()
        .flatMap(c -> Stream.of(c.getDeclaredMethods()))
        .flatMap(m -> Stream.of(m.getParameters()))
        .filter(
            p -> p.isAnnotationPresent(QueryParam.class) || p.isAnnotationPresent(PathParam.class))
        .filter(p -> isLong(p.getType()))
        // the paging parameters are described by the filter (ApiDescription.paging)
        .filter(
            p ->
                !"after"
                    .equals(
                        p.getAnnotation(QueryParam.class) == null
                            ? null
                            : p.getAnnotation(QueryParam.class).value()))
        .filter(
            p ->
                !p.isAnnotationPresent(Parameter.class)
                    || !p.getAnnotation(Parameter.class).schema().format().equals("int64"))
        .forEach(p -> untyped.add(p.getDeclaringExecutable() + " " + p.getName()));
    assertThat(untyped).isEmpty();
  }

  @Test
  void theDeclaredEnumerationsAreTheJavaOnes() {
    Map<String, Class<? extends Enum<?>>> enums =
        Map.of(
            "PunchKind", Punch.Kind.class,
            "AccessTraceAccess", AccessTrace.Access.class,
            "UserGroupScope", UserGroup.Scope.class);
    Schema[] declared =
        TeamwardApi.class.getAnnotation(OpenAPIDefinition.class).components().schemas();
    enums.forEach(
        (name, type) -> {
          Schema schema =
              Stream.of(declared).filter(s -> s.name().equals(name)).findFirst().orElseThrow();
          assertThat(schema.enumeration())
              .as(name)
              .containsExactly(
                  Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new));
        });
  }

  @Test
  void theRulesInWordsAreTheRules() {
    assertThat(ClockTime.DESCRIPTION)
        .isEqualTo(
            "After %d and at most %d minutes in the future.",
            ClockTime.EARLIEST.atZone(java.time.ZoneOffset.UTC).getYear(),
            ClockTime.MAX_AHEAD.toMinutes());
    assertThat(Violations.DATE_WINDOW)
        .isEqualTo(
            "From %s to %s, both included.", Violations.EARLIEST_DATE, Violations.LATEST_DATE);
  }

  @Test
  void everyRecordOfTheDescriptionIsAComponentUnderItsOwnName() {
    List<String> unnamed = new ArrayList<>();
    for (Class<?> type : API) {
      boolean inResource =
          type.getEnclosingClass() != null
              && type.getEnclosingClass().isAnnotationPresent(jakarta.ws.rs.Path.class);
      if (type.isRecord() && inResource && type.getSimpleName().endsWith("Json")
          || type.isRecord() && inResource && type.getSimpleName().endsWith("Body")) {
        if (!type.isAnnotationPresent(Schema.class)) {
          unnamed.add(type.getName());
        }
      }
    }
    assertThat(unnamed).isEmpty();
  }
}
