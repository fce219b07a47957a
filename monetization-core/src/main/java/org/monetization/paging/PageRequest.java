package org.monetization.paging;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Which page of a listing to return: a zero-based page number and a page size. Immutable.
 *
 * @param page zero-based page number, at least 0
 * @param size number of items per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

  /** The largest page size a listing serves; larger exports stream instead. */
  public static final int MAX_SIZE = 1000;

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if the page is negative or the size outside 1..{@value #MAX_SIZE}
   */
  public PageRequest {
    checkArgument(page >= 0, "page must not be negative: %s", page);
    checkArgument(size >= 1 && size <= MAX_SIZE, "size must be between 1 and %s: %s", MAX_SIZE, size);
  }

  /**
   * Returns the page at the given number and size.
   *
   * @param page zero-based page number
   * @param size items per page
   * @return the request
   */
  public static PageRequest of(int page, int size) {
    return new PageRequest(page, size);
  }

  /**
   * Returns the first page of the given size.
   *
   * @param size items per page
   * @return the request for page 0
   */
  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  /** Returns the request for the page after this one. */
  public PageRequest next() {
    return new PageRequest(page + 1, size);
  }

  /** Returns how many items precede this page. */
  public long offset() {
    return (long) page * size;
  }
}
