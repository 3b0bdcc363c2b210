package org.teamward.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.Authenticated;
import org.teamward.access.rights.Public;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;

/**
 * The build-time half of "deny by default": every use case declares who may call it, and the domain
 * stays free of the channels' technology.
 */
class ArchitectureTest {

  private static final JavaClasses DOMAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.teamward");

  static final ArchRule EVERY_USE_CASE_DECLARES_ITS_PERMISSION =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(UseCases.class)
          .and()
          .arePublic()
          .should(declareExactlyOneAccessRule())
          .because("a use case without a declared permission is refused at run time anyway");

  static final ArchRule NO_CHANNEL_TECHNOLOGY_IN_THE_DOMAIN =
      noClasses()
          .that()
          .resideInAPackage("org.teamward..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..")
          .because("the REST API and the web UI are thin channels over the same use cases");

  static final ArchRule NO_SERVLET_API_IN_THE_DOMAIN =
      noClasses()
          .that()
          .resideInAPackage("org.teamward..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.servlet..")
          .because(
              "the security module reads the HTTP request and tells the domain's Caller the grant"
                  + " and the client's address, so that a request reaches its grant one way only");

  static final ArchRule POLICIES_ARE_PURE =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("Policy")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "jakarta.inject..", "jakarta.transaction..")
          .because(
              "policies decide from the grant and the record's facts only, so that the web UI can"
                  + " ask them freely and their matrices run without a database");

  static final ArchRule NO_CYCLES_BETWEEN_PACKAGES =
      slices()
          .matching("org.teamward.(**)")
          .should()
          .beFreeOfCycles()
          .because("a change in one package must not reach back into the packages it uses");

  static final ArchRule THE_RIGHTS_DEPEND_ON_NO_FEATURE =
      classes()
          .that()
          .resideInAPackage("org.teamward.access.rights..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.teamward.access.rights..", "org.teamward.failure..", "java..", "jakarta..")
          .because(
              "a Grant answers from values such as an employee's id and department, so the rights"
                  + " hold whatever the features around them change");

  /** The most top-level classes one package may hold before it is several features in one. */
  static final int MOST_CLASSES_IN_A_PACKAGE = 25;

  @Test
  void noPackageHoldsMoreThanOneFeature() {
    Map<String, Long> sizes =
        DOMAIN.stream()
            .filter(c -> c.isTopLevelClass() && !c.getSimpleName().equals("package-info"))
            .collect(Collectors.groupingBy(JavaClass::getPackageName, Collectors.counting()));
    assertThat(sizes).isNotEmpty();
    assertThat(sizes)
        .as("packages of more than %d classes", MOST_CLASSES_IN_A_PACKAGE)
        .allSatisfy(
            (name, size) ->
                assertThat(size).as(name).isLessThanOrEqualTo((long) MOST_CLASSES_IN_A_PACKAGE));
  }

  @Test
  void thePackagesFormNoCycle() {
    NO_CYCLES_BETWEEN_PACKAGES.check(DOMAIN);
  }

  @Test
  void theRightsDependOnNoFeature() {
    THE_RIGHTS_DEPEND_ON_NO_FEATURE.check(DOMAIN);
  }

  @Test
  void policiesArePure() {
    POLICIES_ARE_PURE.check(DOMAIN);
  }

  @Test
  void everyUseCaseDeclaresItsPermission() {
    EVERY_USE_CASE_DECLARES_ITS_PERMISSION.check(DOMAIN);
  }

  @Test
  void theDomainImportsNoChannelTechnology() {
    NO_CHANNEL_TECHNOLOGY_IN_THE_DOMAIN.check(DOMAIN);
  }

  @Test
  void theDomainImportsNoServletApi() {
    NO_SERVLET_API_IN_THE_DOMAIN.check(DOMAIN);
  }

  /** Exactly one, so that a method cannot look guarded by @Requires while @Public opens it. */
  private static ArchCondition<JavaMethod> declareExactlyOneAccessRule() {
    return new ArchCondition<>(
        "be annotated with exactly one of @Requires, @Authenticated, @Public") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        int declared =
            (method.isAnnotatedWith(Requires.class) ? 1 : 0)
                + (method.isAnnotatedWith(Authenticated.class) ? 1 : 0)
                + (method.isAnnotatedWith(Public.class) ? 1 : 0);
        boolean ok = declared == 1;
        events.add(
            new SimpleConditionEvent(
                method,
                ok,
                method.getFullName()
                    + (ok ? " declares" : " declares " + declared + " of")
                    + " @Requires/@Authenticated/@Public"));
      }
    };
  }
}
