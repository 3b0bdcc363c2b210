package org.teamward.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map, enforced when the WAR is built: only the domain touches persistence, and the two
 * channels (REST API and web UI) never lean on each other, so neither can bypass the domain.
 */
class ModuleBoundariesTest {

  private static JavaClasses teamward;

  @BeforeAll
  static void importAll() {
    teamward =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.teamward");
  }

  private static final String[] DOMAIN_PACKAGES = {
    "org.teamward.access..",
    "org.teamward.absence..",
    "org.teamward.attendance..",
    "org.teamward.employee..",
    "org.teamward.failure..",
    "org.teamward.paging..",
    "org.teamward.persistence..",
    "org.teamward.project..",
    "org.teamward.setup..",
    "org.teamward.time.."
  };

  @Test
  void onlyTheDomainTouchesTheEntityManager() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages(DOMAIN_PACKAGES)
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(
                jakarta.persistence.EntityManager.class,
                jakarta.persistence.EntityManagerFactory.class)
            .because("resources, beans and mechanisms go through domain use cases");
    rule.check(teamward);
  }

  @Test
  void theApiDoesNotDependOnTheWebUi() {
    noClasses()
        .that()
        .resideInAPackage("org.teamward.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.teamward.web..")
        .check(teamward);
  }

  @Test
  void theWebUiDoesNotDependOnTheApi() {
    noClasses()
        .that()
        .resideInAPackage("org.teamward.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.teamward.api..")
        .check(teamward);
  }

  @Test
  void theDomainDependsOnNoChannelAndNoSecurityMechanism() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN_PACKAGES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.teamward.api..", "org.teamward.web..", "org.teamward.security..")
        .check(teamward);
  }
}
