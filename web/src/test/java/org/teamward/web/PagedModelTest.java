package org.teamward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.teamward.paging.Page;

/** A table load asks its use case once, although PrimeFaces asks the model twice. */
class PagedModelTest {

  private final List<String> asked = new ArrayList<>();

  private final PagedModel<Integer> model =
      new PagedModel<>(
          (first, limit) -> {
            asked.add(first + "+" + limit);
            return new Page<>(
                45,
                first,
                limit,
                IntStream.range(first, Math.min(first + limit, 45)).boxed().toList());
          },
          row -> row);

  /** What PrimeFaces' data table does on each lazy load: count, then load. */
  private List<Integer> show(int first, int rows) {
    model.setRowCount(model.count(Map.of()));
    List<Integer> page = model.load(first, rows, Map.of(), Map.of());
    model.setPageSize(rows);
    return page;
  }

  /** A row action names its row by key; only a row the table shows now is found. */
  @Test
  void aRowActionFindsOnlyARowTheTableShows() {
    model.setWrappedData(show(0, 20));

    assertThat(model.shown("7")).isEqualTo(7);
    assertThat(model.shown("30")).as("a row of another page").isNull();
    assertThat(model.shown("7'); alert(1)//")).as("a forged key").isNull();
    assertThat(model.shown(null)).as("no key").isNull();
  }

  @Test
  void theFirstPageIsReadOnce() {
    assertThat(show(0, 20)).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
    assertThat(model.getRowCount()).isEqualTo(45);
    assertThat(asked).containsExactly("0+20");
  }

  @Test
  void anotherPageIsReadAsAskedWithTheCountFromTheFirst() {
    show(0, 20);
    asked.clear();

    assertThat(show(40, 20)).containsExactly(40, 41, 42, 43, 44);
    assertThat(model.getRowCount()).isEqualTo(45);
    assertThat(asked).containsExactly("0+20", "40+20");
  }

  @Test
  void aLoadWithoutACountBeforeItReadsAnew() {
    show(0, 20);
    asked.clear();

    assertThat(model.load(0, 20, Map.of(), Map.of())).hasSize(20);
    assertThat(asked).as("the page counted before is not kept for later").containsExactly("0+20");
  }
}
