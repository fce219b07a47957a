package org.monetization.balance;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The id of a balance, unique across all balance groups. Immutable.
 *
 * @param value a positive number
 */
public record BalanceId(long value) {

  /**
   * Checks the number is positive.
   *
   * @throws IllegalArgumentException if not positive
   */
  public BalanceId {
    checkArgument(value > 0, "balance id must be positive: %s", value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
