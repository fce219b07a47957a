package org.monetization.subscription;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The id of a subscription. Immutable.
 *
 * @param value a positive number
 */
public record SubscriptionId(long value) {

  /**
   * Checks the number is positive.
   *
   * @throws IllegalArgumentException if not positive
   */
  public SubscriptionId {
    checkArgument(value > 0, "subscription id must be positive: %s", value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
