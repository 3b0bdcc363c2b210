package org.teamward.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.teamward.access.Requires;
import org.teamward.access.UseCases;

/** The rules must fail on a bad example, or a passing build proves nothing. */
class ArchitectureRulesCatchViolationsTest {

  @UseCases
  static class Careless {
    @Requires(
        value = org.teamward.access.Permission.PROJECT_VIEW,
        effect = org.teamward.access.Effect.READ)
    public void guarded() {}

    public void forgotten() {}
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
}
