package org.monetization.billing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One billing period {@code [start, end)}. Immutable.
 *
 * @param start the first instant of the cycle
 * @param end the first instant after the cycle
 */
public record BillingCycle(Instant start, Instant end) {

  /**
   * Checks the cycle is not empty.
   *
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public BillingCycle {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(end.isAfter(start), "a cycle must end after it starts: [%s, %s)", start, end);
  }

  /**
   * Returns whether the instant lies in the cycle.
   *
   * @param instant the instant
   * @return true if {@code start <= instant < end}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}
