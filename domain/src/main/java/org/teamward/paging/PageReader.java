package org.teamward.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one page of a {@link QueryFilter}'s list and its total, as entities in JPQL or as rows in
 * SQL. The filter says which records; this says how a page of them is read cheaply, which is a job
 * of its own with its own measurements (docs/performance.md).
 */
final class PageReader {

  private PageReader() {}

  static <T> Page<T> entities(
      QueryFilter filter,
      EntityManager em,
      Class<T> type,
      String alias,
      String from,
      String orderBy,
      PageRequest request) {
    boolean cursor = request.after() != null;
    if (cursor) {
      filter.and(alias + ".id > :pageAfter", "pageAfter", request.after());
    }
    int counted = request.offset() + request.limit() + QueryFilter.TOTAL_LOOKAHEAD;
    // the ids of up to one match more than counted: the database stops reading there; after a
    // cursor in id order, so that they also name the next cursor
    List<Long> ids =
        listing(
                filter,
                em.createQuery(
                    "select "
                        + alias
                        + ".id from "
                        + from
                        + filter.where()
                        + (cursor ? " order by " + alias + ".id" : ""),
                    Long.class))
            .setMaxResults(counted + 1)
            .getResultList();
    int matches = ids.size();
    boolean exact = matches <= counted;
    List<T> items =
        matches == 0
            ? List.of()
            : filter
                .fetch(
                    listing(
                        filter,
                        em.createQuery(
                            "select "
                                + alias
                                + " from "
                                + from
                                + filter.where()
                                + " order by "
                                + (cursor ? alias + ".id" : orderBy),
                            type)))
                .setFirstResult(request.offset())
                .setMaxResults(request.limit())
                .getResultList();
    Long next = cursor && matches > request.limit() ? ids.get(request.limit() - 1) : null;
    return new Page<>(
        exact ? matches : counted, request.offset(), request.limit(), items, exact, next);
  }

  static <T> Page<T> rows(
      QueryFilter filter,
      EntityManager em,
      String select,
      String table,
      String joins,
      String id,
      String orderBy,
      PageRequest request,
      Function<Object[], T> row) {
    boolean cursor = request.after() != null;
    if (cursor) {
      filter.and(id + " > :pageAfter", "pageAfter", request.after());
    }
    int counted = request.offset() + request.limit() + QueryFilter.TOTAL_LOOKAHEAD;
    // one more than counted at most, in one row: the database stops reading there
    long matches =
        ((Number)
                nativeQuery(
                        filter,
                        em,
                        "select count(*) from (select 1 from "
                            + table
                            + filter.where()
                            + " limit "
                            + (counted + 1)
                            + ") matches")
                    .getSingleResult())
            .longValue();
    boolean exact = matches <= counted;
    List<T> items = new ArrayList<>();
    Long next = null;
    if (matches > request.offset()) {
      List<?> found =
          nativeQuery(
                  filter,
                  em,
                  "select "
                      + select
                      + " from "
                      + table
                      + " "
                      + joins
                      + filter.where()
                      + " order by "
                      + (cursor ? id : orderBy)
                      + " limit "
                      + request.limit()
                      + " offset "
                      + request.offset())
              .getResultList();
      found.forEach(columns -> items.add(row.apply((Object[]) columns)));
      if (cursor && matches > request.limit()) {
        next = ((Number) ((Object[]) found.get(found.size() - 1))[0]).longValue();
      }
    }
    return new Page<>(
        exact ? matches : counted, request.offset(), request.limit(), items, exact, next);
  }

  /** Every row of a query without paging, such as the details of a page's records by their ids. */
  static List<Object[]> all(QueryFilter filter, EntityManager em, String sql) {
    List<Object[]> rows = new ArrayList<>();
    nativeQuery(filter, em, sql).getResultList().forEach(row -> rows.add((Object[]) row));
    return rows;
  }

  /**
   * A list's query, bound. Lists are read use cases with nothing to write, so their queries skip
   * the flush that EclipseLink otherwise runs before each query of a transaction, comparing every
   * entity the transaction holds (a tenth of the count's time in a profile).
   */
  private static <T> TypedQuery<T> listing(QueryFilter filter, TypedQuery<T> query) {
    return filter.bind(query).setFlushMode(FlushModeType.COMMIT);
  }

  /**
   * A native query of the filter's clauses, their named parameters bound by position: a native
   * query has no named parameters, and a collection becomes one parameter per element. Every {@code
   * :name} is a parameter, so the SQL holds no PostgreSQL {@code ::} casts.
   */
  private static Query nativeQuery(QueryFilter filter, EntityManager em, String sql) {
    StringBuilder positional = new StringBuilder();
    List<Object> values = new ArrayList<>();
    Matcher named = NAMED.matcher(sql);
    while (named.find()) {
      Object value = filter.parameter(named.group(1));
      if (value == null || value instanceof Collection<?> many && many.isEmpty()) {
        // a clause written wrongly, never a caller's input: and() skips null values
        throw new IllegalStateException("no value for the parameter :" + named.group(1));
      }
      List<String> marks = new ArrayList<>();
      for (Object element : value instanceof Collection<?> many ? many : List.of(value)) {
        values.add(element);
        marks.add("?" + values.size());
      }
      named.appendReplacement(
          positional,
          value instanceof Collection<?> ? "(" + String.join(", ", marks) + ")" : marks.get(0));
    }
    named.appendTail(positional);
    Query query = em.createNativeQuery(positional.toString()).setFlushMode(FlushModeType.COMMIT);
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    return query;
  }

  private static final Pattern NAMED = Pattern.compile(":([A-Za-z][A-Za-z0-9]*)");
}
