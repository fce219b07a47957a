package org.monetization.inmemory;

import java.util.Arrays;
import java.util.Optional;

/**
 * The customer rows ordered by id in one array: lookups by binary search, and scans that read the rows in
 * order from contiguous memory. Ids are handed out in increasing order, so an insert is usually an append;
 * an insert of a smaller id or a delete shifts the tail. Not thread-safe: the store's lock guards it.
 */
final class CustomerRows {
  /** Rows in increasing id order at positions 0 to size - 1; the slots after them are null. */
  private CustomerRow[] rows = new CustomerRow[1024];
  private int size;

  /** Returns the number of rows. */
  int size() {
    return size;
  }

  /** Returns the row at a position, 0 to {@link #size()} - 1, in id order. */
  CustomerRow get(int position) {
    return rows[position];
  }

  /** Returns the row of the customer with the given id. */
  Optional<CustomerRow> find(long id) {
    int position = search(id);
    return position >= 0 ? Optional.of(rows[position]) : Optional.empty();
  }

  /** Returns the position of the first row with an id greater than the given one. */
  int positionAfter(long id) {
    int position = search(id);
    return position >= 0 ? position + 1 : -position - 1;
  }

  /** Stores the row, replacing the row of the same id if there is one. */
  void put(CustomerRow row) {
    int position = search(row.id());
    if (position >= 0) {
      rows[position] = row;
      return;
    }
    int insertAt = -position - 1;
    if (size == rows.length) {
      rows = Arrays.copyOf(rows, size + (size >> 1));
    }
    System.arraycopy(rows, insertAt, rows, insertAt + 1, size - insertAt);
    rows[insertAt] = row;
    size++;
  }

  /** Removes the row with the given id; returns whether there was one. */
  boolean remove(long id) {
    int position = search(id);
    if (position < 0) {
      return false;
    }
    System.arraycopy(rows, position + 1, rows, position, size - position - 1);
    rows[--size] = null;
    return true;
  }

  /** Returns the row's position, or {@code -(insertion point) - 1} as {@link Arrays#binarySearch}. */
  private int search(long id) {
    if (size > 0 && rows[size - 1].id() < id) {
      return -size - 1; // the common case: a new, highest id
    }
    int low = 0;
    int high = size - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      long middleId = rows[middle].id();
      if (middleId < id) {
        low = middle + 1;
      } else if (middleId > id) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -low - 1;
  }
}
