package org.teamward.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One slice of a list, with the total so that clients can page.
 *
 * @param totalExact false when the list has more matches than were counted: then {@code total} is a
 *     lower bound (see {@link QueryFilter#TOTAL_LOOKAHEAD})
 */
public record Page<T>(long total, int offset, int limit, List<T> items, boolean totalExact) {

  public Page {
    items = List.copyOf(items);
  }

  /** A page whose total is exact. */
  public Page(long total, int offset, int limit, List<T> items) {
    this(total, offset, limit, items, true);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(total, offset, limit, items.stream().<R>map(mapper).toList(), totalExact);
  }
}
