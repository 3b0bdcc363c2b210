package org.teamward.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.teamward.access.rights.EmployeeScope;
import org.teamward.access.rights.Grant;

/**
 * The WHERE clause of a list, built from optional filters and the caller's grant, so that every
 * list filters by employee scope in the database, and no service repeats the paging and counting.
 * Clauses are fixed JPQL written by the services; values are always bound as parameters. How a page
 * of the matches is read, as entities or as rows, is {@link PageReader}'s.
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
    return restrict(null, scope(grant, others, inJpql(employee), ""));
  }

  /**
   * {@link #visibleTo} for a list read in SQL ({@link #rows}), decided by the same code. It needs
   * no join: the departments and the chosen employees are subqueries on the employee id, so that
   * the count reads the list's own table only.
   *
   * @param employeeId the column of the record's employee id, e.g. {@code b.employee_id}
   */
  public QueryFilter visibleToRows(Grant grant, EmployeeScope others, String employeeId) {
    return restrict(null, scope(grant, others, inSql(employeeId), ""));
  }

  /**
   * Records that match {@code condition}, and beyond those only records of the caller's own
   * employee and of employees in {@code scope}: a narrower scope for some records of a list, such
   * as others' rejected absences, which only their managers see. Read in SQL ({@link #rows}).
   *
   * @param employeeId the column of the record's employee id, e.g. {@code a.employee_id}
   * @param condition an SQL condition on the record, e.g. {@code a.status in :away}
   */
  public QueryFilter visibleUnlessRows(
      Grant grant,
      String employeeId,
      String condition,
      String parameter,
      Object value,
      EmployeeScope scope) {
    return unless(grant, inSql(employeeId), condition, parameter, value, scope);
  }

  private QueryFilter unless(
      Grant grant,
      Paths paths,
      String condition,
      String parameter,
      Object value,
      EmployeeScope scope) {
    String narrower = scope(grant, scope, paths, "Narrower");
    if (narrower != null) {
      parameters.put(parameter, value);
    }
    return restrict(condition, narrower);
  }

  /**
   * How a record's employee is named in a query.
   *
   * @param employeeId the record's employee id
   * @param inDepartments the clause "the record's employee is in :departments", given the name
   * @param chosen the subquery of the employee ids chosen in :authorisation, given the name
   */
  private record Paths(
      String employeeId,
      java.util.function.UnaryOperator<String> inDepartments,
      java.util.function.UnaryOperator<String> chosen) {}

  private static Paths inSql(String employeeId) {
    return new Paths(
        employeeId,
        names ->
            employeeId
                + " in (select scoped.id from employee scoped"
                + " where scoped.department in :"
                + names
                + ")",
        names ->
            "select chosen.employee_id from access_authorisation_employee chosen"
                + " where chosen.authorisation_id = :"
                + names);
  }

  private static Paths inJpql(String employee) {
    return new Paths(
        employee + ".id",
        names -> employee + ".department in :" + names,
        names ->
            "select chosen.id from AccessAuthorisation scoped join scoped.employees chosen"
                + " where scoped.id = :"
                + names);
  }

  private QueryFilter restrict(String condition, String scope) {
    if (scope != null) {
      clauses.add(condition == null ? scope : "(" + condition + " or " + scope + ")");
    }
    return this;
  }

  /**
   * The clause "the record's employee is the caller's own or in {@code others}", or null when
   * {@code others} is everyone.
   *
   * @param suffix of the parameters' names, so that two scopes can restrict one query
   */
  private String scope(Grant grant, EmployeeScope others, Paths paths, String suffix) {
    if (others.all()) {
      return null;
    }
    String own = "ownEmployeeId" + suffix;
    String departments = "scopeDepartments" + suffix;
    String authorisation = "scopeAuthorisation" + suffix;
    List<String> any = new ArrayList<>();
    if (grant.ownEmployeeId() != null) {
      any.add(paths.employeeId() + " = :" + own);
      parameters.put(own, grant.ownEmployeeId());
    }
    if (!others.departments().isEmpty()) {
      any.add(paths.inDepartments().apply(departments));
      parameters.put(departments, others.departments());
    }
    if (others.authorisationId() != null) {
      any.add(paths.employeeId() + " in (" + paths.chosen().apply(authorisation) + ")");
      parameters.put(authorisation, others.authorisationId());
    }
    if (any.isEmpty()) {
      // Nobody: no employee has the id -1. A literal "1 = 0" would make EclipseLink inline every
      // parameter, booleans as 1, which H2 refuses to compare with a BOOLEAN column.
      any.add(paths.employeeId() + " = :" + own);
      parameters.put(own, -1L);
    }
    return "(" + String.join(" or ", any) + ")";
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
  <T> TypedQuery<T> fetch(TypedQuery<T> query) {
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

  /** The value bound to {@code :name}, for a query that binds by position. */
  Object parameter(String name) {
    return parameters.get(name);
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
    return PageReader.entities(this, em, type, alias, from, orderBy, request);
  }

  /**
   * Every match of {@code select columns from table}, in SQL and without paging: for what a page of
   * rows holds besides, read for the whole page at once by the page's ids (the breaks of a page of
   * attendance records). The clauses must bound it, as an id list does.
   */
  public List<Object[]> all(EntityManager em, String columns, String table, String orderBy) {
    return PageReader.all(
        this, em, "select " + columns + " from " + table + where() + " order by " + orderBy);
  }

  /**
   * One page of a list read in SQL as rows, not entities: for the lists that run on every click and
   * sync, where EclipseLink's building of entities, their relations and their change tracking cost
   * several times what the database does (docs/performance.md). The clauses, the FROM part and the
   * order are SQL here; the total and the cursor mean what {@link #page} gives.
   *
   * @param select the columns, the record's id first
   * @param table the list's table, for example "time_booking b": the clauses use its columns only,
   *     so that the count reads nothing else
   * @param joins what the columns need besides, for example "join employee e on ..."
   * @param id the id column, for example "b.id"
   * @param row builds one item from the selected columns
   */
  public <T> Page<T> rows(
      EntityManager em,
      String select,
      String table,
      String joins,
      String id,
      String orderBy,
      PageRequest request,
      Function<Object[], T> row) {
    return PageReader.rows(this, em, select, table, joins, id, orderBy, request, row);
  }
}
