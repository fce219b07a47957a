package org.monetization.customer;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The unique, auto-incremented number of a customer account (CUS-4). Immutable.
 *
 * @param value a positive number
 */
public record CustomerId(long value) implements Comparable<CustomerId> {

  /**
   * Checks the number is positive.
   *
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public CustomerId {
    checkArgument(value > 0, "customer id must be positive: %s", value);
  }

  /**
   * Returns the id with the given number.
   *
   * @param value a positive number
   * @return the id
   */
  public static CustomerId of(long value) {
    return new CustomerId(value);
  }

  @Override
  public int compareTo(CustomerId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
