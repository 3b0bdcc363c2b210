package org.teamward.paging;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The values of a list read in SQL ({@link QueryFilter#rows}), as the drivers answer and bind them:
 * H2 and PostgreSQL differ in the Java types of a row's columns, and neither binds an Instant.
 */
public final class Columns {

  private Columns() {}

  /** A number column (an id, a version, a count) of either driver, or null. */
  public static Long id(Object column) {
    return column == null ? null : ((Number) column).longValue();
  }

  /** A TIMESTAMP WITH TIME ZONE column, answered as OffsetDateTime or as Timestamp. */
  public static Instant instant(Object column) {
    return switch (column) {
      case null -> null;
      case OffsetDateTime offset -> offset.toInstant();
      case Timestamp timestamp -> timestamp.toInstant();
      default -> (Instant) column;
    };
  }

  /**
   * An instant as a native query binds it: in UTC, as the entities store it ({@link
   * org.teamward.persistence.InstantConverter}).
   */
  public static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
