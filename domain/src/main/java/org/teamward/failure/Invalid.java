package org.teamward.failure;

import java.util.List;
import java.util.function.Supplier;

/** The input breaks a rule; {@link #violations()} names each field and what is wrong (400). */
public class Invalid extends UseCaseFailure {

  /**
   * One wrong field: the rule it broke with the rule's arguments, for a channel that words the
   * refusal itself, and the English text that the API answers.
   */
  public record Violation(String field, Rule rule, List<Object> args, String message) {

    public Violation {
      args = List.copyOf(args);
    }

    /** A violation of a rule that has no key of its own. */
    public Violation(String field, String message) {
      this(field, Rule.INVALID, List.of(), message);
    }

    /** The rule's key, such as "required" or "tooLong". */
    public String key() {
      return rule.key();
    }
  }

  private final List<Violation> violations;

  public Invalid(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  /** One field that broke a named rule; {@code args} are the rule's, e.g. the maximum length. */
  public Invalid(String field, Rule rule, String message, Object... args) {
    this(List.of(new Violation(field, rule, List.of(args), message)));
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
