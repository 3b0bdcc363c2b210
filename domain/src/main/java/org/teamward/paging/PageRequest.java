package org.teamward.paging;

import org.teamward.failure.Invalid;

/** Which slice of a list to return. The limit is capped so no caller can page the whole table. */
public record PageRequest(int offset, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public PageRequest {
    if (offset < 0) {
      throw new Invalid("offset", "offset must be 0 or more");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new Invalid("limit", "limit must be between 1 and " + MAX_LIMIT);
    }
  }

  public static PageRequest of(Integer offset, Integer limit) {
    return new PageRequest(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
  }

  public static PageRequest first(int limit) {
    return new PageRequest(0, limit);
  }
}
