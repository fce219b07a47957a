package org.monetization.inmemory;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each recently seen value, so that a store retaining millions of rated events keeps a
 * value that repeats (rated quantities are multiples of a rounding step, charges follow from them) once
 * rather than once per event. Values must be immutable and their {@code equals} must mean
 * indistinguishable (a {@code BigDecimal}'s does: it compares the scale too); the instance returned is then
 * as good as the one given. Bounded: forgets everything when full. Not thread-safe: guarded by the store's
 * lock.
 *
 * @param <T> the type of the values
 */
final class SharedValues<T> {
  private final int capacity;
  private final Map<T, T> values = new HashMap<>();

  /**
   * Creates an empty set of values.
   *
   * @param capacity how many values are remembered before they are all forgotten
   */
  SharedValues(int capacity) {
    this.capacity = capacity;
  }

  /** Returns the instance kept of a value equal to this one, keeping this one if there is none. */
  T share(T value) {
    T known = values.putIfAbsent(value, value);
    if (known != null) {
      return known;
    }
    if (values.size() > capacity) {
      values.clear(); // a crude bound: values that keep repeating come back at once
    }
    return value;
  }
}
