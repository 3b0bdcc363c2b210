package org.teamward.failure;

import java.util.List;

/** The input breaks a rule; {@link #violations()} names each field and what is wrong (400). */
public class Invalid extends UseCaseFailure {

  public record Violation(String field, String message) {}

  private final List<Violation> violations;

  public Invalid(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  public Invalid(List<Violation> violations) {
    super(violations.isEmpty() ? "Invalid input." : violations.get(0).message());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
