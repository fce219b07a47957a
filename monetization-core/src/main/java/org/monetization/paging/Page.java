package org.monetization.paging;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing in a stable order, with the total number of items that match. Immutable.
 *
 * @param items the items of this page, at most {@code request.size()}
 * @param request the request that produced this page
 * @param totalCount how many items match in all pages
 * @param <T> the item type
 */
public record Page<T>(List<T> items, PageRequest request, long totalCount) {

  /** Copies the items and checks the counts. */
  public Page {
    items = List.copyOf(items);
    requireNonNull(request, "request");
    if (totalCount < 0) {
      throw new IllegalArgumentException("totalCount must not be negative: " + totalCount);
    }
  }

  /** Returns the number of pages, at least 1 (an empty listing has one empty page). */
  public long totalPages() {
    return Math.max(1, (totalCount + request.size() - 1) / request.size());
  }

  /** Returns whether a page follows this one. */
  public boolean hasNext() {
    return request.offset() + items.size() < totalCount;
  }

  /**
   * Returns a page with each item transformed, keeping the request and total.
   *
   * @param mapper the transformation
   * @param <R> the new item type
   * @return the transformed page
   */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), request, totalCount);
  }
}
