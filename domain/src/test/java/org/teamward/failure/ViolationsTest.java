package org.teamward.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A violation names its rule and the rule's arguments, so that a channel can word it without
 * reading the English text; the English text stays what the API has always answered.
 */
class ViolationsTest {

  @Test
  void aMissingValueBreaksTheRequiredRule() {
    assertThat(violations(new Violations().required("projectId", null).required("name", " ")))
        .containsExactly(
            new Invalid.Violation("projectId", Rule.REQUIRED, List.of(), "projectId is required"),
            new Invalid.Violation("name", Rule.REQUIRED, List.of(), "name is required"));
  }

  @Test
  void aLongTextNamesItsMaximum() {
    assertThat(violations(new Violations().text("code", "x".repeat(33), 32)))
        .containsExactly(
            new Invalid.Violation(
                "code", Rule.TOO_LONG, List.of(32), "code must have at most 32 characters"));
    assertThat(violations(new Violations().optionalText("note", "x".repeat(1001), 1000)))
        .extracting(Invalid.Violation::key, Invalid.Violation::args)
        .containsExactly(tuple("tooLong", List.of(1000)));
  }

  @Test
  void aDateOutsideTheWindowNamesBothEnds() {
    assertThat(violations(new Violations().inDateWindow("date", LocalDate.of(2226, 1, 1))))
        .containsExactly(
            new Invalid.Violation(
                "date",
                Rule.DATE_WINDOW,
                List.of(LocalDate.of(1970, 1, 1), LocalDate.of(2200, 12, 31)),
                "date must be between 1970-01-01 and 2200-12-31"));
  }

  @Test
  void validInputBreaksNoRule() {
    new Violations()
        .required("date", LocalDate.of(2026, 1, 1))
        .text("code", "P-1", 32)
        .optionalText("note", null, 1000)
        .inDateWindow("date", Violations.EARLIEST_DATE)
        .inDateWindow("date", Violations.LATEST_DATE)
        .inDateWindow("date", null)
        .check(true, "x", Rule.EMAIL, "never")
        .throwIfAny();
  }

  @Test
  void aCheckWithoutRuleFallsBackToInvalid() {
    assertThat(violations(new Violations().check(false, "rule", "rule must be given")))
        .containsExactly(new Invalid.Violation("rule", "rule must be given"))
        .extracting(Invalid.Violation::key)
        .containsExactly("invalid");
    assertThat(new Invalid("groups", "Some of the user groups do not exist.").violations())
        .extracting(Invalid.Violation::rule)
        .containsExactly(Rule.INVALID);
  }

  @Test
  void aNamedRuleKeepsItsArgumentsAndText() {
    Invalid invalid = new Invalid("to", Rule.NOT_BEFORE_START, "to must not be before from");
    assertThat(invalid.getMessage()).isEqualTo("to must not be before from");
    assertThat(invalid.violations())
        .containsExactly(
            new Invalid.Violation(
                "to", Rule.NOT_BEFORE_START, List.of(), "to must not be before from"));
  }

  @Test
  void everyViolationIsCollectedBeforeTheRefusal() {
    assertThat(
            violations(
                new Violations()
                    .required("projectId", null)
                    .check(false, "durationMinutes", Rule.DURATION_RANGE, "…", 1, 1440)))
        .extracting(Invalid.Violation::key)
        .containsExactly("required", "durationRange");
  }

  @Test
  void ruleKeysAreDistinctAndCamelCase() {
    List<String> keys = Arrays.stream(Rule.values()).map(Rule::key).toList();
    assertThat(keys).doesNotHaveDuplicates().allMatch(k -> k.matches("[a-z][A-Za-z]*"));
  }

  private static List<Invalid.Violation> violations(Violations violations) {
    try {
      violations.throwIfAny();
    } catch (Invalid invalid) {
      return invalid.violations();
    }
    throw new AssertionError("no violation");
  }
}
