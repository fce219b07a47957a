package org.monetization.balance;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The id of a balance group. Immutable.
 *
 * @param value a positive number
 */
public record BalanceGroupId(long value) {

  /**
   * Checks the number is positive.
   *
   * @throws IllegalArgumentException if not positive
   */
  public BalanceGroupId {
    checkArgument(value > 0, "balance group id must be positive: %s", value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
