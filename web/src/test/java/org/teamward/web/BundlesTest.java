package org.teamward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.teamward.failure.Rule;

/** Every text a person reads exists in English and in German, so no page falls back to a key. */
class BundlesTest {

  @Test
  void englishAndGermanHaveTheSameKeys() throws IOException {
    Properties en = load("messages.properties");
    Properties de = load("messages_de.properties");
    assertThat(de.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(en.stringPropertyNames())
        .contains("validation.required", "validation.tooLong", "forbidden.title", "menu.toggle");
  }

  /** A violation is worded by its rule's key, so every rule the domain knows needs both texts. */
  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleOfTheDomainHasATextInBothLanguages(Rule rule) throws IOException {
    String key = "validation." + rule.key();
    for (String bundle : List.of("messages.properties", "messages_de.properties")) {
      assertThat(load(bundle).getProperty(key)).as(bundle + ": " + key).isNotBlank();
    }
  }

  /**
   * The audit log says what happened in sentences: every action it can record (each use case with a
   * declared right, and the sign-in steps the authentication and the identity provider's sign-in
   * write themselves) has one.
   */
  @Test
  void everyAuditedActionHasASentence() throws IOException {
    Properties en = load("messages.properties");
    List<String> actions =
        new com.tngtech.archunit.core.importer.ClassFileImporter()
            .importPackages("org.teamward").stream()
                .filter(c -> c.isAnnotatedWith(org.teamward.access.rights.UseCases.class))
                .flatMap(
                    c ->
                        c.getMethods().stream()
                            .filter(
                                m ->
                                    m.getModifiers()
                                            .contains(
                                                com.tngtech.archunit.core.domain.JavaModifier
                                                    .PUBLIC)
                                        && (m.isAnnotatedWith(
                                                org.teamward.access.rights.Requires.class)
                                            || m.isAnnotatedWith(
                                                org.teamward.access.rights.Authenticated.class)))
                            .map(m -> org.teamward.audit.AuditTrail.action(m.reflect())))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    assertThat(actions).as("use cases found").contains("Projects.create", "Absences.approve");
    actions.addAll(
        List.of(
            "Authentication.personalPassword",
            "Authentication.secondFactor",
            "Authentication.apiSecret",
            org.teamward.access.signin.ProviderSignIns.SIGN_IN,
            org.teamward.access.signin.ProviderSignIns.LINK,
            org.teamward.access.signin.ProviderSignIns.LOGOUT,
            "AccessAuthorisations.expired"));
    assertThat(actions)
        .allSatisfy(
            action -> assertThat(en.getProperty("audit.action." + action)).as(action).isNotBlank());
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
