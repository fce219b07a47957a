package org.monetization.balance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How long a manually created balance lasts (BAL-5): the current billing cycle of the group's billing
 * profile, until an instant, or forever. Immutable.
 *
 * @param kind which of the three
 * @param until the end for {@link Kind#UNTIL}; null otherwise
 */
public record BalanceValidity(Kind kind, @Nullable Instant until) {

  /** The three ways a balance's validity can be chosen. */
  public enum Kind {
    /** From the start to the end of the billing cycle in progress. */
    CURRENT_CYCLE,
    /** From creation until a given instant (exclusive). */
    UNTIL,
    /** From creation on, with no end. */
    INFINITE
  }

  /**
   * Checks that exactly {@link Kind#UNTIL} carries an end.
   *
   * @throws IllegalArgumentException if it does not
   */
  public BalanceValidity {
    requireNonNull(kind, "kind");
    checkArgument((kind == Kind.UNTIL) == (until != null), "exactly an UNTIL validity has an end");
  }

  /** Returns the validity of the billing cycle in progress. */
  public static BalanceValidity currentCycle() {
    return new BalanceValidity(Kind.CURRENT_CYCLE, null);
  }

  /**
   * Returns a validity from creation until the instant.
   *
   * @param end the first instant the balance is no longer valid
   * @return the validity
   */
  public static BalanceValidity until(Instant end) {
    return new BalanceValidity(Kind.UNTIL, end);
  }

  /** Returns a validity from creation on, with no end. */
  public static BalanceValidity infinite() {
    return new BalanceValidity(Kind.INFINITE, null);
  }
}
