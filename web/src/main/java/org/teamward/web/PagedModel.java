package org.teamward.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;

/**
 * A lazy table model over a list use case: each table page is one {@link Page} from the database,
 * so no page ever loads a whole list. The loader answers null when the use case refused (the
 * refusal is already a message); the table then shows nothing.
 *
 * <p>Pages keep it in a transient field: it holds entities, which are not serializable, and is
 * rebuilt after a session moved to another node.
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private final transient BiFunction<Integer, Integer, Page<T>> loader;
  private final transient Function<T, Object> id;

  /** The rows a table shows at first, until PrimeFaces has told the model its page size. */
  static final int DEFAULT_ROWS = 20;

  /**
   * The first page, as the count read it, for the one load that follows: PrimeFaces calls load only
   * right after count, so a page is never kept from one request for another.
   */
  private record Counted<T>(int limit, Page<T> page) {}

  private transient Counted<T> counted;

  /**
   * @param loader offset and limit to one page
   * @param id the row key, usually the record's id
   */
  public PagedModel(BiFunction<Integer, Integer, Page<T>> loader, Function<T, Object> id) {
    this.loader = loader;
    this.id = id;
  }

  /**
   * PrimeFaces asks for the count before each load. Both are answered by one page of the use case:
   * the count reads the page most loads then ask for, the first one (a table opened, filtered or
   * sorted), and the load that follows in the same request takes it instead of asking again.
   */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    int limit = limit(getPageSize() > 0 ? getPageSize() : DEFAULT_ROWS);
    Page<T> page = loader.apply(0, limit);
    counted = new Counted<>(limit, page);
    return page == null ? 0 : (int) Math.min(page.total(), Integer.MAX_VALUE);
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int limit = limit(pageSize);
    Counted<T> before = counted;
    counted = null;
    Page<T> page =
        before != null && first <= 0 && before.limit() == limit
            ? before.page()
            : loader.apply(Math.max(0, first), limit);
    if (page == null) {
      setRowCount(0);
      return List.of();
    }
    setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
    return page.items();
  }

  private static int limit(int pageSize) {
    return Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
  }

  @Override
  public String getRowKey(T item) {
    return String.valueOf(id.apply(item));
  }

  /**
   * The row a row action was sent for: its key in the request (the rowAction tag's {@code row}),
   * among the rows the table shows now. A key it does not show (the table moved on, or a forged
   * key) finds nothing and tells the person so; the use case judges the row found as any other
   * request.
   */
  public Optional<T> requested(Messages messages) {
    T row = shown(Faces.getRequestParameter("row"));
    if (row == null) {
      messages.error("common.rowGone");
      // so that the command's oncomplete opens no dialog for it (args.validationFailed)
      Faces.validationFailed();
    }
    return Optional.ofNullable(row);
  }

  /** The shown row with this key, or null. */
  T shown(String rowKey) {
    return rowKey == null ? null : getRowData(rowKey);
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    if (rows == null) {
      return null;
    }
    return rows.stream()
        .filter(row -> Objects.equals(getRowKey(row), rowKey))
        .findFirst()
        .orElse(null);
  }
}
