package org.teamward.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A list read by position and by cursor, for the tests that prove a list's rows: each reading must
 * agree with the whole list read at once.
 */
public final class PagedReads {

  private PagedReads() {}

  /** Each of {@code pages}, read by position, is the slice of {@code all} at that position. */
  public static <T> void assertSlices(
      Function<PageRequest, Page<T>> read, List<T> all, String what, PageRequest... pages) {
    for (PageRequest page : pages) {
      assertThat(read.apply(page).items())
          .as(what + ", " + page)
          .isEqualTo(
              all.subList(
                  Math.min(page.offset(), all.size()),
                  Math.min(page.offset() + page.limit(), all.size())));
    }
  }

  /** The ids of the list walked with the cursor, {@code limit} rows a page, from the start. */
  public static <T> List<Long> walk(
      Function<PageRequest, Page<T>> read, int limit, ToLongFunction<T> id) {
    List<Long> walked = new ArrayList<>();
    Long after = 0L;
    while (after != null) {
      Page<T> page = read.apply(new PageRequest(0, limit, after));
      page.items().forEach(r -> walked.add(id.applyAsLong(r)));
      after = page.next();
    }
    return walked;
  }
}
