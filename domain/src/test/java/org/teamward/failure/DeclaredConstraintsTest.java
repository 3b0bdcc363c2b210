package org.teamward.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The constraints that drafts and commands declare become the same violations, with field and rule,
 * as the checks written out in code, so that both channels word them alike.
 */
class DeclaredConstraintsTest {

  record Sample(
      @NotBlank @Size(max = 3) String code,
      @NotNull @InDateWindow LocalDate date,
      @Email String email,
      @TimeZoneId String zone,
      @ClockTime Instant at,
      Set<@Size(max = 2) String> tags) {}

  @Test
  void eachDeclaredConstraintIsAViolationOfItsRuleInTheOrderOfTheComponents() {
    Sample sample =
        new Sample(
            "abcd",
            LocalDate.of(2226, 1, 1),
            "not an address",
            "Mars/Olympus",
            Instant.now().plusSeconds(3600),
            Set.of("abc"));

    assertThat(violations(Violations.of(sample)))
        .extracting(Invalid.Violation::field, Invalid.Violation::rule, Invalid.Violation::args)
        .containsExactly(
            tuple("code", Rule.TOO_LONG, List.of(3)),
            tuple(
                "date",
                Rule.DATE_WINDOW,
                List.of(Violations.EARLIEST_DATE, Violations.LATEST_DATE)),
            tuple("email", Rule.EMAIL, List.of()),
            tuple("zone", Rule.TIME_ZONE, List.of()),
            tuple("at", Rule.CLOCK_TIME, List.of()),
            tuple("tags", Rule.TOO_LONG, List.of(2)));
  }

  @Test
  void theEnglishTextIsTheOneTheCodedChecksWrite() {
    Sample blank = new Sample(" ", null, null, null, null, Set.of());

    assertThat(violations(Violations.of(blank)))
        .containsExactlyElementsOf(
            violations(new Violations().required("code", " ").required("date", null)));
    assertThat(
            violations(
                Violations.of(
                    new Sample("abcd", LocalDate.of(1969, 12, 31), null, null, null, Set.of()))))
        .containsExactlyElementsOf(
            violations(
                new Violations()
                    .text("code", "abcd", 3)
                    .inDateWindow("date", LocalDate.of(1969, 12, 31))));
  }

  @Test
  void aPrefixNamesTheElementOfAList() {
    assertThat(
            violations(
                new Violations()
                    .declaredBy(
                        "events[2].", new Sample("", LocalDate.now(), null, null, null, Set.of()))))
        .extracting(Invalid.Violation::field)
        .containsExactly("events[2].code");
  }

  @Test
  void aValidRecordHasNoViolation() {
    Sample valid =
        new Sample(
            "abc", LocalDate.of(2026, 2, 28), "a@example.org", "Europe/Berlin", null, Set.of("ab"));
    Violations.of(valid).throwIfAny();
  }

  /**
   * Every constraint that a record of the application declares stands for a named rule, which the
   * web words from its bundle; an unmapped one would reach people as a bare "not valid".
   */
  @Test
  void everyConstraintTheDomainDeclaresHasARule() {
    var validator = Validation.buildDefaultValidatorFactory().getValidator();
    List<Class<?>> records =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.teamward")
                .stream()
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .collect(Collectors.toList());
    Set<Class<? extends Annotation>> declared =
        records.stream()
            .flatMap(
                type ->
                    validator.getConstraintsForClass(type).getConstrainedProperties().stream()
                        .flatMap(
                            p ->
                                Stream.concat(
                                    p.getConstraintDescriptors().stream(),
                                    p.getConstrainedContainerElementTypes().stream()
                                        .flatMap(e -> e.getConstraintDescriptors().stream()))))
            .map(ConstraintDescriptor::getAnnotation)
            .map(Annotation::annotationType)
            .collect(Collectors.toSet());

    assertThat(declared).as("constraints in use").contains(NotBlank.class, InDateWindow.class);
    assertThat(Violations.RULES.keySet()).containsAll(declared);
  }

  private static List<Invalid.Violation> violations(Violations violations) {
    try {
      violations.throwIfAny();
      return List.of();
    } catch (Invalid e) {
      return e.violations();
    }
  }
}
