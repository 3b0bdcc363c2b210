package org.teamward.api;

import java.util.List;
import java.util.function.Function;
import org.teamward.paging.Page;

/** The list shape of every collection: {@code {total, offset, limit, items}}. */
public record PageJson<T>(long total, int offset, int limit, List<T> items) {

  public static <E, T> PageJson<T> of(Page<E> page, Function<? super E, T> mapper) {
    return new PageJson<>(
        page.total(), page.offset(), page.limit(), page.items().stream().<T>map(mapper).toList());
  }

  public static <T> PageJson<T> all(List<T> items) {
    return new PageJson<>(items.size(), 0, items.size(), items);
  }
}
