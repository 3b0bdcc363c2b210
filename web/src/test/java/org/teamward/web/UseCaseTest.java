package org.teamward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.teamward.access.rights.Authenticated;
import org.teamward.access.rights.Public;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.project.Projects;

/**
 * Every use case the UI asks about is one the domain declares, so that a renamed or removed use
 * case fails here and not on a page at render time.
 */
class UseCaseTest {

  @ParameterizedTest
  @EnumSource(UseCase.class)
  void resolvesToADeclaredUseCase(UseCase useCase) {
    assertDeclaredUseCase(useCase.method());
  }

  @Test
  void aMethodThatDoesNotExistIsRefused() {
    assertThatThrownBy(() -> UseCase.resolve(Projects.class, "lst"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Projects.lst");
  }

  @Test
  void anOverloadedNameIsRefusedAsAmbiguous() {
    assertThatThrownBy(() -> UseCase.resolve(Object.class, "wait"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Object.wait");
  }

  @Test
  void aMethodThatIsNoDeclaredUseCaseFailsTheCheck() {
    assertThatThrownBy(() -> assertDeclaredUseCase(UseCase.resolve(Projects.class, "toString")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("declared by a use-case service");
  }

  private static void assertDeclaredUseCase(Method method) {
    assertThat(Modifier.isPublic(method.getModifiers())).as("public").isTrue();
    assertThat(method.getDeclaringClass().isAnnotationPresent(UseCases.class))
        .as("declared by a use-case service")
        .isTrue();
    assertThat(
            method.isAnnotationPresent(Requires.class)
                || method.isAnnotationPresent(Authenticated.class)
                || method.isAnnotationPresent(Public.class))
        .as("declares who may call it")
        .isTrue();
  }
}
