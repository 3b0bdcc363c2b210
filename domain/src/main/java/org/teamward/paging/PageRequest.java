package org.teamward.paging;

import org.teamward.failure.Invalid;

/**
 * Which slice of a list to return: by position ({@code offset}, in the list's own order), or after
 * a cursor ({@code after}, in id order), which stays fast at any depth for clients that walk a
 * whole list. The limit is capped so no caller can page the whole table.
 *
 * @param after null for a page by position; else the id the page starts after (0 for the first)
 */
public record PageRequest(int offset, int limit, Long after) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  /**
   * The deepest position a page may start at. A page by position reads and discards every row
   * before it, so beyond this a client walks the list with {@code after}; it also keeps the sums of
   * offset, limit and look-ahead far from overflowing.
   */
  public static final int MAX_OFFSET = 1_000_000;

  public PageRequest {
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new Invalid(
          "offset",
          "offset must be between 0 and "
              + MAX_OFFSET
              + "; walk a longer list with after, from a page's next");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new Invalid("limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    if (after != null && after < 0) {
      throw new Invalid("after", "after must be 0 or a cursor from a page's next");
    }
    if (after != null && offset > 0) {
      throw new Invalid("offset", "offset and after cannot be combined; use one of them");
    }
  }

  public PageRequest(int offset, int limit) {
    this(offset, limit, null);
  }

  public static PageRequest of(Integer offset, Integer limit) {
    return of(offset, limit, null);
  }

  public static PageRequest of(Integer offset, Integer limit, Long after) {
    return new PageRequest(
        offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit, after);
  }

  public static PageRequest first(int limit) {
    return new PageRequest(0, limit);
  }
}
