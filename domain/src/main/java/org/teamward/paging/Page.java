package org.teamward.paging;

import java.util.List;
import java.util.function.Function;

/** One slice of a list, with the total so that clients can page. */
public record Page<T>(long total, int offset, int limit, List<T> items) {

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(total, offset, limit, items.stream().<R>map(mapper).toList());
  }
}
