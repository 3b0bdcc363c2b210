package org.teamward.project;

import java.math.BigDecimal;

/**
 * A project as the project list shows it, read as one row instead of as an entity (see {@link
 * Projects#list}). It carries the policy's decisions on the actions the list offers, taken once for
 * the caller when the rows are read, so that no channel asks the policy per row.
 *
 * @param mayEdit whether the caller may change the project
 * @param mayArchive whether the caller may archive it; the list offers that for active ones only
 * @param mayDelete whether the caller may delete it (one with bookings is refused as a conflict)
 */
public record ProjectRow(
    long id,
    long version,
    String code,
    String name,
    ProjectStatus status,
    BigDecimal budgetHours,
    boolean mayEdit,
    boolean mayArchive,
    boolean mayDelete) {

  /** The columns {@link #ofColumns} reads, in its order. */
  static final String COLUMNS = "p.id, p.version, p.code, p.name, p.status, p.budget_hours";

  /** The project as its entity holds it, with the decisions the caller's policy made. */
  public static ProjectRow of(Project p, boolean mayEdit, boolean mayArchive, boolean mayDelete) {
    return new ProjectRow(
        p.getId(),
        p.getVersion(),
        p.getCode(),
        p.getName(),
        p.getStatus(),
        p.getBudgetHours(),
        mayEdit,
        mayArchive,
        mayDelete);
  }

  static ProjectRow ofColumns(Object[] c, boolean mayEdit, boolean mayArchive, boolean mayDelete) {
    return new ProjectRow(
        ((Number) c[0]).longValue(),
        ((Number) c[1]).longValue(),
        (String) c[2],
        (String) c[3],
        ProjectStatus.valueOf((String) c[4]),
        (BigDecimal) c[5],
        mayEdit,
        mayArchive,
        mayDelete);
  }
}
