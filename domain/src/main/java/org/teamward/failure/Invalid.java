package org.teamward.failure;

import java.util.List;
import java.util.function.Supplier;

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

  /**
   * Loads a record that a request's body names, with its policy check. A missing or hidden one is a
   * wrong field of the body (400 naming it), not a wrong URL (404); both still answer the same
   * words, so that ids cannot be probed this way either.
   */
  public static <T> T ifNotFound(String field, Supplier<T> load) {
    try {
      return load.get();
    } catch (NotFound e) {
      throw new Invalid(field, e.getMessage());
    }
  }

  public List<Violation> violations() {
    return violations;
  }
}
