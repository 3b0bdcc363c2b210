package org.teamward.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.EmployeeAwareRight;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.architecture.cycle.first.Chicken;
import org.teamward.architecture.cycle.second.Egg;

/** The rules must fail on a bad example, or a passing build proves nothing. */
class ArchitectureRulesCatchViolationsTest {

  @UseCases
  static class Careless {
    @Requires(
        value = org.teamward.access.rights.Permission.PROJECT_VIEW,
        effect = org.teamward.access.rights.Effect.READ)
    public void guarded() {}

    public void forgotten() {}
  }

  /** Reads the request itself instead of being told by the mechanism. */
  static class RequestReader {
    String clientIp(HttpServletRequest request) {
      return request.getRemoteAddr();
    }
  }

  @Test
  void anUndeclaredUseCaseFailsTheRule() {
    JavaClasses careless = new ClassFileImporter().importClasses(Careless.class);
    assertThatThrownBy(
            () -> ArchitectureTest.EVERY_USE_CASE_DECLARES_ITS_PERMISSION.check(careless))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("forgotten")
        .hasMessageNotContaining("guarded()");
  }

  @Test
  void aDomainClassReadingTheServletRequestFailsTheRule() {
    JavaClasses reader = new ClassFileImporter().importClasses(RequestReader.class);
    assertThatThrownBy(() -> ArchitectureTest.NO_SERVLET_API_IN_THE_DOMAIN.check(reader))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("HttpServletRequest");
  }

  @Test
  void anImportCycleBetweenPackagesFailsTheRule() {
    JavaClasses cycle = new ClassFileImporter().importClasses(Chicken.class, Egg.class);
    assertThatThrownBy(() -> ArchitectureTest.NO_CYCLES_BETWEEN_PACKAGES.check(cycle))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected");
  }

  @Test
  void rightsThatKnowAFeatureFailTheRule() {
    JavaClasses rights = new ClassFileImporter().importClasses(EmployeeAwareRight.class);
    assertThatThrownBy(() -> ArchitectureTest.THE_RIGHTS_DEPEND_ON_NO_FEATURE.check(rights))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.teamward.employee.Employee");
  }
}
