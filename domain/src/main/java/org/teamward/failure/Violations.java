package org.teamward.failure;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with an input so that a caller learns about every bad field at once, not
 * one per round trip. Field names are those the API uses; lengths follow the SQL columns.
 */
public final class Violations {

  private final List<Invalid.Violation> found = new ArrayList<>();

  public Violations required(String field, Object value) {
    if (value == null || value instanceof String s && s.isBlank()) {
      add(field, field + " is required");
    }
    return this;
  }

  /** A required text of at most {@code max} characters. */
  public Violations text(String field, String value, int max) {
    required(field, value);
    return optionalText(field, value, max);
  }

  public Violations optionalText(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, field + " must have at most " + max + " characters");
    }
    return this;
  }

  public Violations check(boolean ok, String field, String message) {
    if (!ok) {
      add(field, message);
    }
    return this;
  }

  public Violations add(String field, String message) {
    found.add(new Invalid.Violation(field, message));
    return this;
  }

  /** Throws {@link Invalid} listing every violation, if there is any. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new Invalid(found);
    }
  }
}
