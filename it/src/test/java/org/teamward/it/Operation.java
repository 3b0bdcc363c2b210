package org.teamward.it;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One domain use case, described once for both channels: the permission that grants it, the record
 * relation it is exercised with, the rights of a person with and without that permission (both
 * include whatever reaching the page needs), how to attempt it through the API and through the web
 * UI, and how the administrator reads the state that the attempt may change.
 */
record Operation(
    String useCase,
    String permission,
    Relation relation,
    Set<String> with,
    Set<String> without,
    Arrange arrange,
    ApiAttempt api,
    WebAttempt web,
    StateRead state) {

  /** Whose record the attempt touches; NONE for records that belong to nobody. */
  enum Relation {
    OWN,
    OTHER,
    NONE
  }

  enum Channel {
    API,
    WEB
  }

  enum Outcome {
    ALLOWED,
    DENIED
  }

  /** The records one attempt needs, made by the administrator for the acting person. */
  static final class Fixture {
    final Api.Actor actor;
    final Map<String, Object> values = new HashMap<>();

    Fixture(Api.Actor actor) {
      this.actor = actor;
    }

    Fixture with(String key, Object value) {
      values.put(key, value);
      return this;
    }

    long id(String key) {
      return ((Number) values.get(key)).longValue();
    }

    String text(String key) {
      return String.valueOf(values.get(key));
    }
  }

  @FunctionalInterface
  interface Arrange {
    Fixture arrange(Api.Actor actor);
  }

  /** Attempts the operation with the person's device password and answers the HTTP status. */
  @FunctionalInterface
  interface ApiAttempt {
    int attempt(Fixture fixture, Api.Device device);
  }

  /**
   * Attempts the operation in the browser, already signed in as the person. Answers false when the
   * page offers no way to do it (refused page, or the control is not rendered).
   */
  @FunctionalInterface
  interface WebAttempt {
    boolean attempt(Fixture fixture, Browser browser);
  }

  /** What the administrator reads through the API: changes exactly when the operation happened. */
  @FunctionalInterface
  interface StateRead {
    String read(Fixture fixture);
  }

  @Override
  public String toString() {
    return useCase + " (" + relation + ")";
  }
}
