package org.teamward.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One slice of a list, with the total so that clients can page.
 *
 * @param totalExact false when the list has more matches than were counted: then {@code total} is a
 *     lower bound (see {@link QueryFilter#TOTAL_LOOKAHEAD})
 * @param next for a page read after a cursor: the cursor of the following page, null at the end;
 *     always null for a page read by position
 */
public record Page<T>(
    long total, int offset, int limit, List<T> items, boolean totalExact, Long next) {

  public Page {
    items = List.copyOf(items);
  }

  /** A page whose total is exact. */
  public Page(long total, int offset, int limit, List<T> items) {
    this(total, offset, limit, items, true, null);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(
        total, offset, limit, items.stream().<R>map(mapper).toList(), totalExact, next);
  }
}
