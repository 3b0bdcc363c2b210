package org.teamward.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
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

  /**
   * @param loader offset and limit to one page
   * @param id the row key, usually the record's id
   */
  public PagedModel(BiFunction<Integer, Integer, Page<T>> loader, Function<T, Object> id) {
    this.loader = loader;
    this.id = id;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    Page<T> page = loader.apply(0, 1);
    return page == null ? 0 : (int) Math.min(page.total(), Integer.MAX_VALUE);
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int limit = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
    Page<T> page = loader.apply(Math.max(0, first), limit);
    if (page == null) {
      setRowCount(0);
      return List.of();
    }
    setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
    return page.items();
  }

  @Override
  public String getRowKey(T item) {
    return String.valueOf(id.apply(item));
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
