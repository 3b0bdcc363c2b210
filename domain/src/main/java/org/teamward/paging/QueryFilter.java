package org.teamward.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.teamward.access.EmployeeScope;
import org.teamward.access.Grant;

/**
 * The WHERE clause of a list, built from optional filters and the caller's grant, so that every
 * list filters by employee scope in the database, and no service repeats the paging and counting.
 * Clauses are fixed JPQL written by the services; values are always bound as parameters.
 */
public final class QueryFilter {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final List<String> joined = new ArrayList<>();
  private final List<String> batched = new ArrayList<>();

  /**
   * Reads the records {@code paths} name (to-one relations such as {@code b.employee}) in the
   * page's own query, joined: otherwise each row's employee and project are one more query each.
   */
  public QueryFilter fetching(String... paths) {
    joined.addAll(List.of(paths));
    return this;
  }

  /**
   * Reads the collections {@code paths} name (such as {@code r.breaks}) for the whole page in one
   * more query, instead of one per row.
   */
  public QueryFilter batching(String... paths) {
    batched.addAll(List.of(paths));
    return this;
  }

  /** Adds {@code clause} with its one parameter, or nothing when {@code value} is null. */
  public QueryFilter and(String clause, String parameter, Object value) {
    if (value != null) {
      clauses.add(clause);
      parameters.put(parameter, value);
    }
    return this;
  }

  /** Adds a clause without parameters. */
  public QueryFilter and(String clause) {
    clauses.add(clause);
    return this;
  }

  /** A case-insensitive substring match on any of {@code paths}; nothing for a blank text. */
  public QueryFilter matching(String text, String... paths) {
    if (text == null || text.isBlank()) {
      return this;
    }
    List<String> any = new ArrayList<>();
    for (String path : paths) {
      any.add("lower(" + path + ") like :text");
    }
    clauses.add("(" + String.join(" or ", any) + ")");
    // Backslash is the default LIKE escape on H2 and PostgreSQL alike. An explicit ESCAPE clause
    // would make EclipseLink inline all parameters on H2, and it inlines booleans as 1, which H2
    // 2.x refuses to compare with a BOOLEAN column.
    String escaped = text.trim().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1");
    parameters.put("text", "%" + escaped + "%");
    return this;
  }

  /**
   * Restricts to records the caller may reach: their own, and others' within {@code others}, the
   * scope of the rights that show others' records. Scopes become SQL: a department list (short by
   * nature) or a subquery on an access authorisation's chosen employees, never a bound list of
   * employee ids, so that a scope of thousands of employees costs what a scope of five does.
   *
   * @param employee the JPQL path of the record's employee, e.g. {@code b.employee}
   */
  public QueryFilter visibleTo(Grant grant, String employee, EmployeeScope others) {
    if (others.all()) {
      return this;
    }
    List<String> any = new ArrayList<>();
    if (grant.ownEmployeeId() != null) {
      any.add(employee + ".id = :ownEmployeeId");
      parameters.put("ownEmployeeId", grant.ownEmployeeId());
    }
    if (!others.departments().isEmpty()) {
      any.add(employee + ".department in :scopeDepartments");
      parameters.put("scopeDepartments", others.departments());
    }
    if (others.authorisationId() != null) {
      any.add(
          employee
              + ".id in (select chosen.id from AccessAuthorisation scoped"
              + " join scoped.employees chosen where scoped.id = :scopeAuthorisation)");
      parameters.put("scopeAuthorisation", others.authorisationId());
    }
    if (any.isEmpty()) {
      // Nobody: no employee has the id -1. A literal "1 = 0" would make EclipseLink inline every
      // parameter, booleans as 1, which H2 refuses to compare with a BOOLEAN column.
      any.add(employee + ".id = :ownEmployeeId");
      parameters.put("ownEmployeeId", -1L);
    }
    clauses.add("(" + String.join(" or ", any) + ")");
    return this;
  }

  public String where() {
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  /** How many rows of {@code select alias from from} match. */
  public long count(EntityManager em, String alias, String from) {
    return bind(em.createQuery("select count(" + alias + ") from " + from + where(), Long.class))
        .getSingleResult();
  }

  /** EclipseLink's query hints by name, so that the domain compiles against JPA alone. */
  private <T> TypedQuery<T> fetch(TypedQuery<T> query) {
    joined.forEach(path -> query.setHint("eclipselink.join-fetch", path));
    if (!batched.isEmpty()) {
      query.setHint("eclipselink.batch.type", "IN");
      batched.forEach(path -> query.setHint("eclipselink.batch", path));
    }
    return query;
  }

  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  /**
   * A list's query, bound. Lists are read use cases with nothing to write, so their queries skip
   * the flush that EclipseLink otherwise runs before each query of a transaction, comparing every
   * entity the transaction holds (a tenth of the count's time in a profile).
   */
  private <T> TypedQuery<T> listing(TypedQuery<T> query) {
    return bind(query).setFlushMode(FlushModeType.COMMIT);
  }

  /**
   * How many matches past the requested page a list counts. Counting every match of a million
   * bookings costs more than reading the page itself, and the count reads the ids of the matches:
   * at 10,000 that was most of a page's cost. Twenty pages of 50 ahead is what a paginator shows;
   * beyond this the total is a lower bound and says so.
   */
  public static final int TOTAL_LOOKAHEAD = 1_000;

  /**
   * One page of {@code select alias from from}, plus the total: exact up to {@link
   * #TOTAL_LOOKAHEAD} matches past the page, a lower bound beyond. A page after a cursor is read in
   * id order instead, starting after that id, and its total counts the matches from there; the
   * primary key serves it at any depth, where a deep offset would read and discard every row before
   * it.
   *
   * @param from the FROM part, for example "TimeBooking b"
   * @param orderBy the ORDER BY part; end it with the id so that pages are stable
   */
  public <T> Page<T> page(
      EntityManager em,
      Class<T> type,
      String alias,
      String from,
      String orderBy,
      PageRequest request) {
    boolean cursor = request.after() != null;
    if (cursor) {
      and(alias + ".id > :pageAfter", "pageAfter", request.after());
    }
    int counted = request.offset() + request.limit() + TOTAL_LOOKAHEAD;
    // the ids of up to one match more than counted: the database stops reading there; after a
    // cursor in id order, so that they also name the next cursor
    List<Long> ids =
        listing(
                em.createQuery(
                    "select "
                        + alias
                        + ".id from "
                        + from
                        + where()
                        + (cursor ? " order by " + alias + ".id" : ""),
                    Long.class))
            .setMaxResults(counted + 1)
            .getResultList();
    int matches = ids.size();
    boolean exact = matches <= counted;
    List<T> items =
        matches == 0
            ? List.of()
            : fetch(
                    listing(
                        em.createQuery(
                            "select "
                                + alias
                                + " from "
                                + from
                                + where()
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
}
