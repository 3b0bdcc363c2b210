package org.teamward.api;

import java.util.List;
import java.util.function.Function;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
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

  /** The texts of the API description of pages and of the paging parameters. */
  public static final String DESCRIPTION = "One page of a list, in the list's order.";

  public static final String TOTAL =
      "All matches, counted up to " + QueryFilter.TOTAL_LOOKAHEAD + " past this page.";
  public static final String TOTAL_EXACT =
      "False when more than "
          + QueryFilter.TOTAL_LOOKAHEAD
          + " matches lie past this page: they are not counted, and total is a lower bound.";
  public static final String NEXT =
      "Only on a page read with after: the after of the following page; absent on the last one.";
  public static final String OFFSET =
      "Items to skip; 0 by default. Walk further than " + PageRequest.MAX_OFFSET + " with after.";
  public static final String LIMIT =
      "Items per page; " + PageRequest.DEFAULT_LIMIT + " by default.";
  public static final String MAX_LIMIT = "" + PageRequest.MAX_LIMIT;
  public static final String AFTER =
      "Instead of offset, for walking a whole list: 0 for the first page, then the page's next."
          + " Pages are then in id order, and as fast at any depth.";

  public static <E, T> PageJson<T> of(Page<E> page, Function<? super E, T> mapper) {
    return new PageJson<>(
        page.total(),
        page.offset(),
        page.limit(),
        page.items().stream().<T>map(mapper).toList(),
        page.totalExact(),
        page.next());
  }

  /** One page of a list that is read whole anyway: a person's own devices, a summary. */
  public static <T> PageJson<T> slice(List<T> items, PageRequest request) {
    int from = Math.min(request.offset(), items.size());
    int to = Math.min(from + request.limit(), items.size());
    return new PageJson<>(
        items.size(), request.offset(), request.limit(), items.subList(from, to), true, null);
  }
}
