package org.teamward.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.junit.jupiter.api.Test;

/**
 * Resources are application-scoped CDI beans. Without a scope, Jersey builds and injects each
 * resource anew for every request, which the profile showed as a quarter of the CPU of a cheap
 * request; a singleton must then hold no per-request state of its own.
 */
class ResourcesTest {

  private static final JavaClasses API =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.teamward.api");

  @Test
  void everyResourceIsApplicationScoped() {
    classes()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .beAnnotatedWith(ApplicationScoped.class)
        .because("a resource without a scope is built and injected again for every request")
        .check(API);
  }

  @Test
  void noResourceKeepsRequestDataInAField() {
    noFields()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Path.class)
        .should()
        .beAnnotatedWith(Context.class)
        .orShould()
        .beAnnotatedWith(QueryParam.class)
        .orShould()
        .beAnnotatedWith(PathParam.class)
        .orShould()
        .beAnnotatedWith(HeaderParam.class)
        .orShould()
        .beAnnotatedWith(CookieParam.class)
        .orShould()
        .beAnnotatedWith(BeanParam.class)
        .because(
            "one resource instance serves all requests: request data comes as method parameters,"
                + " or through a CDI proxy such as @Inject HttpServletRequest")
        .check(API);
  }
}
