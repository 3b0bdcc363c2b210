package org.teamward.it.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One domain use case, described once for both channels: the permission that grants it, the record
 * relation it is exercised with, the rights of a person with and without that permission (both
 * include whatever reaching the page needs), how to attempt it through the API and through the web
 * UI, how the administrator reads the state that the attempt may change, and how the attempt
 * without the permission must fail: refused (403), or not found (404) where the record is hidden.
 */
public record Operation(
    String useCase,
    String permission,
    Relation relation,
    Set<String> with,
    Set<String> without,
    Arrange arrange,
    ApiAttempt api,
    WebAttempt web,
    StateRead state,
    Outcome denied) {

  /** An operation whose attempt without the permission is refused (403). */
  public Operation(
      String useCase,
      String permission,
      Relation relation,
      Set<String> with,
      Set<String> without,
      Arrange arrange,
      ApiAttempt api,
      WebAttempt web,
      StateRead state) {
    this(useCase, permission, relation, with, without, arrange, api, web, state, Outcome.REFUSED);
  }

  /** The same operation, whose attempt without the permission must find nothing (404). */
  public Operation hidden() {
    return new Operation(
        useCase, permission, relation, with, without, arrange, api, web, state, Outcome.NOT_FOUND);
  }

  /**
   * The same operation on another's record out of the person's scope: the person holds the
   * permission through a group that reaches only their own department ({@link
   * Api#createScopedActor}), and the record is of an employee outside it, so it must not be found.
   */
  public Operation outOfScope() {
    return new Operation(
        useCase,
        permission,
        Relation.OUT_OF_SCOPE,
        with,
        without,
        arrange,
        api,
        web,
        state,
        Outcome.NOT_FOUND);
  }

  /**
   * Whose record the attempt touches: one's own, another's in the person's scope, another's out of
   * it; NONE for records that belong to nobody.
   */
  public enum Relation {
    OWN,
    OTHER,
    OUT_OF_SCOPE,
    NONE
  }

  public enum Channel {
    API,
    WEB
  }

  /**
   * What a channel answered. Over the API: 2xx, 403 and 404. In the web: the change happened; the
   * page refused, offered no control for a record it shows, or said "Not allowed"; the record is
   * not shown, or the page said "Not found".
   */
  public enum Outcome {
    ALLOWED,
    REFUSED,
    NOT_FOUND;

    public static Outcome ofStatus(int status) {
      if (status >= 200 && status < 300) {
        return ALLOWED;
      }
      return switch (status) {
        case 403 -> REFUSED;
        case 404 -> NOT_FOUND;
        default -> throw new AssertionError("expected 2xx, 403 or 404, got " + status);
      };
    }
  }

  /** The records one attempt needs, made by the administrator for the acting person. */
  public static final class Fixture {
    public final Api.Actor actor;
    public final Map<String, Object> values = new HashMap<>();

    public Fixture(Api.Actor actor) {
      this.actor = actor;
    }

    public Fixture with(String key, Object value) {
      values.put(key, value);
      return this;
    }

    public long id(String key) {
      return ((Number) values.get(key)).longValue();
    }

    public String text(String key) {
      return String.valueOf(values.get(key));
    }
  }

  @FunctionalInterface
  public interface Arrange {
    Fixture arrange(Api.Actor actor);
  }

  /** Attempts the operation with the person's device password and answers the HTTP status. */
  @FunctionalInterface
  public interface ApiAttempt {
    int attempt(Fixture fixture, Api.Device device);
  }

  /**
   * Attempts the operation in the browser, already signed in as the person. Answers ALLOWED when it
   * submitted the action (the state read then tells whether it happened), REFUSED when the page is
   * refused or offers no control for a record it shows, NOT_FOUND when the page does not show the
   * record (or does not offer it among its choices).
   */
  @FunctionalInterface
  public interface WebAttempt {
    Outcome attempt(Fixture fixture, Browser browser);
  }

  /** What the administrator reads through the API: changes exactly when the operation happened. */
  @FunctionalInterface
  public interface StateRead {
    String read(Fixture fixture);
  }

  @Override
  public String toString() {
    return useCase
        + " ("
        + relation
        + (denied == Outcome.NOT_FOUND && relation != Relation.OUT_OF_SCOPE ? ", hidden" : "")
        + ")";
  }
}
