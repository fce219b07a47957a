package org.monetization.billing;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The id of a billing profile. Immutable.
 *
 * @param value a positive number
 */
public record BillingProfileId(long value) {

  /**
   * Checks the number is positive.
   *
   * @throws IllegalArgumentException if not positive
   */
  public BillingProfileId {
    checkArgument(value > 0, "billing profile id must be positive: %s", value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
