package org.teamward.it.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;
import org.teamward.audit.AuditTrail;
import org.teamward.it.support.Api;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Operation;
import org.teamward.it.support.Operation.Channel;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;
import org.teamward.it.support.Operation.Relation;
import org.teamward.it.support.UseCaseScan;
import org.teamward.it.support.WebSteps;

/**
 * The parity proof: an API user has exactly the rights they have in the web app. Every entry of the
 * {@link Catalogue} is attempted by a person with its permission and by one without, through their
 * device password, and then in the browser signed in as the same person; an entry on another's
 * record once more by a person whose permission reaches only their own department, for a record out
 * of it. Both channels must give exactly the outcome the rule expects (allowed; refused, 403; or
 * not found, 404, where the record is hidden from the person), and a denied attempt must leave the
 * record unchanged. The API half decides the matrix on both databases; the browser half, person by
 * person so that each signs in once, proves that the pages offer exactly those controls and that
 * their forms reach the same use cases. The matrix, with its coverage per use case, relation and
 * channel, is written to {@code target/parity-report.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class ParityTests {

  private final Map<String, Api.Actor> actors = new HashMap<>();
  private final List<String> rows = new ArrayList<>();
  private final Map<String, Map<Operation.Relation, Map<Channel, int[]>>> results = new TreeMap<>();
  private final Map<String, Outcome> apiOutcomes = new HashMap<>();
  private Browser browser;
  private String signedIn;
  private long started;

  @BeforeAll
  void start() {
    started = System.nanoTime();
  }

  @AfterAll
  void writeReport() throws IOException {
    if (browser != null) {
      browser.close();
    }
    StringBuilder report = new StringBuilder();
    report
        .append("# Parity: API and web UI\n\n")
        .append("Each operation attempted by a person with and without its permission, through ")
        .append("their device password (API) and in the browser (web). REFUSED is 403 over the ")
        .append("API; NOT_FOUND is 404, where the record is hidden from the person.\n\n")
        .append("| operation | permission | rights of the person | relation | channel | expected")
        .append(" | outcome | matched |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    rows.forEach(row -> report.append(row).append('\n'));
    report.append(Coverage.report(Catalogue.matrix(), results));
    report
        .append("\nRun time: ")
        .append((System.nanoTime() - started) / 1_000_000_000)
        .append(" s\n\nWrites not in the catalogue:\n\n");
    new TreeSet<>(Catalogue.NOT_IN_CATALOGUE.keySet())
        .forEach(
            name ->
                report
                    .append("- `")
                    .append(name)
                    .append("`: ")
                    .append(Catalogue.NOT_IN_CATALOGUE.get(name))
                    .append('\n'));
    Path target = Path.of(System.getProperty("teamward.it.target", "target"));
    Files.createDirectories(target);
    Files.writeString(target.resolve("parity-report.md"), report.toString());
  }

  /** Every entry with and without its permission over the API: the rule, on both databases. */
  @TestFactory
  @Order(1)
  Stream<DynamicNode> everyOperationFollowsItsRuleOverTheApi() {
    return Catalogue.matrix().stream()
        .map(
            operation ->
                dynamicContainer(
                    operation.toString(),
                    attempts(operation)
                        .map(
                            granted ->
                                dynamicTest(
                                    name(operation, granted) + ", API",
                                    () ->
                                        apiOutcomes.put(
                                            attemptKey(operation, granted),
                                            attempt(operation, granted, Channel.API))))));
  }

  /**
   * Every entry again in the browser, grouped by the person attempting it so that each signs in
   * once; the outcome must be the rule's, and the one the API gave.
   */
  @TestFactory
  @Order(2)
  @Tag(Browser.ONLY)
  Stream<DynamicNode> everyOperationHasTheSameOutcomeInTheBrowser() {
    Map<String, List<Map.Entry<Operation, Boolean>>> byPerson = new LinkedHashMap<>();
    for (Operation operation : Catalogue.matrix()) {
      attempts(operation)
          .forEach(
              granted ->
                  byPerson
                      .computeIfAbsent(person(operation, granted), p -> new ArrayList<>())
                      .add(Map.entry(operation, granted)));
    }
    return byPerson.entrySet().stream()
        .map(
            person ->
                dynamicContainer(
                    "signed in " + person.getKey(),
                    person.getValue().stream()
                        .map(
                            a ->
                                dynamicTest(
                                    a.getKey() + ", " + name(a.getKey(), a.getValue()) + ", web",
                                    () -> {
                                      Outcome web = attempt(a.getKey(), a.getValue(), Channel.WEB);
                                      Outcome api =
                                          apiOutcomes.get(attemptKey(a.getKey(), a.getValue()));
                                      if (api != null) {
                                        assertThat(web).as("the API's outcome").isEqualTo(api);
                                      }
                                    }))));
  }

  /**
   * With and without the permission; out of the person's scope only with it, since without it the
   * entry on another's record in scope already decides.
   */
  private static Stream<Boolean> attempts(Operation operation) {
    return operation.relation() == Relation.OUT_OF_SCOPE ? Stream.of(true) : Stream.of(true, false);
  }

  /** Who attempts: the rights, and whether they reach only the person's own department. */
  private static String person(Operation operation, boolean granted) {
    return "with "
        + new TreeSet<>(granted ? operation.with() : operation.without())
        + (operation.relation() == Relation.OUT_OF_SCOPE ? ", own department only" : "");
  }

  private static String name(Operation operation, boolean granted) {
    return (granted ? "with " : "without ") + operation.permission();
  }

  private static String attemptKey(Operation operation, boolean granted) {
    return operation + " " + operation.with() + " " + granted;
  }

  private Outcome attempt(Operation operation, boolean granted, Channel channel) {
    Set<String> rights = granted ? operation.with() : operation.without();
    boolean outOfScope = operation.relation() == Relation.OUT_OF_SCOPE;
    Outcome expected = granted && !outOfScope ? Outcome.ALLOWED : operation.denied();
    Api.Actor actor =
        actors.computeIfAbsent(
            person(operation, granted),
            p -> outOfScope ? Api.createScopedActor(rights) : Api.createActor(rights));
    Fixture fixture = operation.arrange().arrange(actor);
    String before = operation.state().read(fixture);

    Outcome outcome;
    String after;
    if (channel == Channel.API) {
      int status = operation.api().attempt(fixture, actor.device());
      // An employee out of scope named in the body is refused as an id that does not exist is:
      // 400 naming the field. The person learns nothing more than from a 404.
      outcome = outOfScope && status == 400 ? Outcome.NOT_FOUND : Outcome.ofStatus(status);
      after = operation.state().read(fixture);
    } else {
      signIn(actor);
      Outcome shown = operation.web().attempt(fixture, browser);
      if (shown == Outcome.ALLOWED) {
        after = awaitChangeOrFailure(operation, fixture, before);
        outcome = after.equals(before) ? failureShown(operation) : Outcome.ALLOWED;
      } else {
        outcome = shown;
        after = operation.state().read(fixture);
      }
      if (outcome != expected) {
        browser.screenshot("parity-" + operation.useCase() + "-" + granted);
      }
    }
    rows.add(
        String.join(
            " | ",
            "| `" + operation.useCase() + "`",
            operation.permission(),
            String.join(", ", new TreeSet<>(rights)),
            operation.relation().name(),
            channel.name(),
            expected.name(),
            outcome.name(),
            (outcome == expected ? "yes" : "**no**") + " |"));
    int[] counts =
        results
            .computeIfAbsent(operation.useCase(), u -> new EnumMap<>(Operation.Relation.class))
            .computeIfAbsent(operation.relation(), r -> new EnumMap<>(Channel.class))
            .computeIfAbsent(channel, c -> new int[2]);
    counts[1]++;
    if (outcome == expected) {
      counts[0]++;
    }

    assertThat(outcome).as("%s %s, %s", operation, rights, channel).isEqualTo(expected);
    if (outcome == Outcome.ALLOWED) {
      assertThat(after)
          .as("an allowed attempt is visible to the administrator")
          .isNotEqualTo(before);
    } else {
      assertThat(after).as("a denied attempt changes nothing").isEqualTo(before);
    }
    return outcome;
  }

  /**
   * The web answers asynchronously: waits until the change shows, or the page says why it did not
   * happen; answers the state then (unchanged when the page refused).
   */
  private String awaitChangeOrFailure(Operation operation, Fixture fixture, String before) {
    try {
      return new FluentWait<>(fixture)
          .withTimeout(Duration.ofSeconds(15))
          .pollingEvery(Duration.ofMillis(50))
          .until(
              f -> {
                String now = operation.state().read(f);
                return !now.equals(before) || WebSteps.shownFailure(browser) != null ? now : null;
              });
    } catch (TimeoutException e) {
      return operation.state().read(fixture);
    }
  }

  /** The web submitted the action and nothing changed: the page must say why, precisely. */
  private Outcome failureShown(Operation operation) {
    Outcome said = WebSteps.shownFailure(browser);
    if (said == null) {
      browser.screenshot("parity-unexplained-" + operation.useCase());
      throw new AssertionError(
          operation
              + ": the web submitted the action, nothing changed, and the page said neither"
              + " \"Not allowed\" nor \"Not found\": "
              + browser.text());
    }
    return said;
  }

  private void signIn(Api.Actor actor) {
    if (browser == null) {
      browser = new Browser();
    }
    if (!actor.person().email().equals(signedIn)) {
      browser.signIn(actor.person().email(), actor.person().password());
      signedIn = actor.person().email();
    }
  }

  /**
   * No silent gaps: every use case that writes is in the catalogue or deliberately left out, with a
   * reason; reads are recognised as such in one place, {@link Catalogue#isRead}.
   */
  @Test
  void everyUseCaseIsInTheCatalogueOrExplicitlyLeftOut() throws Exception {
    Set<String> catalogued = new TreeSet<>();
    Catalogue.operations().forEach(o -> catalogued.add(o.useCase()));
    Set<String> useCases = new TreeSet<>();
    Set<String> reads = new TreeSet<>();
    for (Method method : UseCaseScan.useCaseMethods()) {
      // the catalogue names a use case as the audit log does, which its entries are checked against
      String name = AuditTrail.action(method);
      useCases.add(name);
      if (Catalogue.isRead(method)) {
        reads.add(name);
      }
    }
    assertThat(useCases).contains("Projects.create", "Users.create", "Attendance.checkIn");
    assertThat(reads).contains("Projects.list", "Attendance.clockableEmployees");
    Set<String> missing = new TreeSet<>(useCases);
    missing.removeAll(catalogued);
    missing.removeAll(reads);
    missing.removeAll(Catalogue.NOT_IN_CATALOGUE.keySet());
    assertThat(missing).as("use cases neither in the catalogue nor left out").isEmpty();

    Set<String> stale = new TreeSet<>(catalogued);
    stale.addAll(Catalogue.NOT_IN_CATALOGUE.keySet());
    stale.removeAll(useCases);
    assertThat(stale).as("entries naming no use case").isEmpty();
    assertThat(catalogued).doesNotContainAnyElementsOf(Catalogue.NOT_IN_CATALOGUE.keySet());
    assertThat(catalogued).as("reads change nothing to compare").doesNotContainAnyElementsOf(reads);
    assertThat(reads)
        .as("reads left out as writes")
        .doesNotContainAnyElementsOf(Catalogue.NOT_IN_CATALOGUE.keySet());
  }

  /**
   * Every use case on employees' records is tried on one's own record and on another's, and every
   * gap is explained; an explained gap that no longer is one must go.
   */
  @Test
  void everyUseCaseIsTriedWithEachRelationOrTheGapIsExplained() {
    Set<String> gaps = Coverage.gaps(Catalogue.matrix());
    assertThat(gaps).as("unexplained gaps").isSubsetOf(Coverage.KNOWN_GAPS.keySet());
    assertThat(Coverage.KNOWN_GAPS.keySet()).as("explained gaps that are none").isSubsetOf(gaps);
  }
}
