package org.teamward.api;

import java.util.List;
import java.util.function.Function;
import org.teamward.paging.Page;
import org.teamward.paging.QueryFilter;

/**
 * The list shape of every collection: {@code {total, offset, limit, items, totalExact}}.
 *
 * @param totalExact false when the list has more than {@link QueryFilter#TOTAL_LOOKAHEAD} matches
 *     past this page, which are not counted: {@code total} is then a lower bound
 * @param next only on a page read with {@code after}: the {@code after} of the following page;
 *     absent on the last one
 */
public record PageJson<T>(
    long total, int offset, int limit, List<T> items, boolean totalExact, Long next) {

  public static <E, T> PageJson<T> of(Page<E> page, Function<? super E, T> mapper) {
    return new PageJson<>(
        page.total(),
        page.offset(),
        page.limit(),
        page.items().stream().<T>map(mapper).toList(),
        page.totalExact(),
        page.next());
  }

  public static <T> PageJson<T> all(List<T> items) {
    return new PageJson<>(items.size(), 0, items.size(), items, true, null);
  }
}
