package org.teamward.it.parity;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.teamward.it.support.Operation;
import org.teamward.it.support.Operation.Channel;
import org.teamward.it.support.Operation.Relation;

/**
 * Coverage of the catalogue per use case and record relation. A use case that acts on employees'
 * records must be tried on one's own record, on another's in scope and on another's out of scope
 * (OWN, OTHER and OUT_OF_SCOPE), because the policies and the scope filter decide those
 * differently; any other use case on records that belong to nobody (NONE). A missing relation is a
 * gap, and every gap must be explained here.
 */
final class Coverage {

  /** Gaps left on purpose, as "UseCase RELATION", each with the reason. */
  static final Map<String, String> KNOWN_GAPS =
      Map.of(
          "Absences.approve OWN",
          "never allowed, whatever one holds: nobody decides on their own absence"
              + " (AbsencePolicy.canDecide, AbsencePolicyTest)",
          "Absences.reject OWN",
          "never allowed, whatever one holds: nobody decides on their own absence"
              + " (AbsencePolicy.canDecide, AbsencePolicyTest)");

  private Coverage() {}

  /** The relations each catalogued use case must be tried with. */
  static Map<String, Set<Relation>> required(List<Operation> operations) {
    Map<String, Set<Relation>> required = new TreeMap<>();
    for (Operation o : operations) {
      Set<Relation> relations =
          required.computeIfAbsent(o.useCase(), u -> EnumSet.of(Relation.NONE));
      if (o.relation() != Relation.NONE) {
        relations.clear();
        relations.addAll(EnumSet.of(Relation.OWN, Relation.OTHER, Relation.OUT_OF_SCOPE));
      }
    }
    return required;
  }

  /** How many entries try each use case with each relation. */
  static Map<String, Map<Relation, Integer>> entries(List<Operation> operations) {
    Map<String, Map<Relation, Integer>> entries = new TreeMap<>();
    for (Operation o : operations) {
      entries
          .computeIfAbsent(o.useCase(), u -> new EnumMap<>(Relation.class))
          .merge(o.relation(), 1, Integer::sum);
    }
    return entries;
  }

  /** Required but untried, as "UseCase RELATION". */
  static SortedSet<String> gaps(List<Operation> operations) {
    Map<String, Map<Relation, Integer>> entries = entries(operations);
    SortedSet<String> gaps = new TreeSet<>();
    required(operations)
        .forEach(
            (useCase, relations) ->
                relations.forEach(
                    r -> {
                      if (!entries.get(useCase).containsKey(r)) {
                        gaps.add(useCase + " " + r);
                      }
                    }));
    return gaps;
  }

  /**
   * The report's coverage section: per use case, relation and channel, how many attempts matched of
   * how many were made in this run (with and without the permission), then the gaps with their
   * reasons. A channel that did not run here (the browser, on the second database) shows as such.
   *
   * @param results use case, then relation, then channel, then {matched, attempted}
   */
  static String report(
      List<Operation> operations, Map<String, Map<Relation, Map<Channel, int[]>>> results) {
    StringBuilder s = new StringBuilder();
    s.append("\n## Coverage per use case, relation and channel\n\n")
        .append("Attempts that matched the rule, of those made (with and without the permission).")
        .append("\n\n| use case |");
    for (Relation r : Relation.values()) {
      for (Channel c : Channel.values()) {
        s.append(' ').append(r).append(' ').append(c).append(" |");
      }
    }
    s.append("\n|---|").append("---|".repeat(Relation.values().length * Channel.values().length));
    s.append('\n');
    Map<String, Set<Relation>> required = required(operations);
    required.forEach(
        (useCase, relations) -> {
          s.append("| `").append(useCase).append('`');
          for (Relation r : Relation.values()) {
            for (Channel c : Channel.values()) {
              int[] counts =
                  results.getOrDefault(useCase, Map.of()).getOrDefault(r, Map.of()).get(c);
              s.append(" | ");
              if (counts != null) {
                s.append(counts[0]).append('/').append(counts[1]);
              } else if (relations.contains(r)) {
                s.append(entries(operations).get(useCase).containsKey(r) ? "not run" : "**gap**");
              } else {
                s.append('–');
              }
            }
          }
          s.append(" |\n");
        });
    SortedSet<String> gaps = gaps(operations);
    s.append("\n### Gaps\n\n");
    if (gaps.isEmpty()) {
      s.append("None.\n");
    }
    gaps.forEach(
        gap ->
            s.append("- `")
                .append(gap)
                .append("`: ")
                .append(KNOWN_GAPS.getOrDefault(gap, "**not explained**"))
                .append('\n'));
    return s.toString();
  }
}
